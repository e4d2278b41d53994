import RELEASE_SYNC from '@jitl/quickjs-wasmfile-release-sync'
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core'

const PAGE_BYTES = 65_536
/** The RELEASE_SYNC build declares 16 MB of initial memory; a smaller Memory fails to link. */
const INITIAL_PAGES = 256

export interface QuickJSModuleOptions {
  /** A compiled RELEASE_SYNC module (compile once, share with every worker); else the variant loads its own. */
  wasmModule?: WebAssembly.Module
  /**
   * Hard cap on the module's linear memory. `setMemoryLimit` alone does not bound total bytes in this
   * build (1 MB strings grew it to 2 GB); a Memory with a `maximum` makes out-of-memory clean.
   */
  maxMemoryBytes: number
}

export interface LoadedQuickJS {
  module: QuickJSWASMModule
  memory: WebAssembly.Memory
}

/** Instantiates one QuickJS WASM module (RELEASE_SYNC) with a capped memory; reuse it for many runs. */
export async function loadQuickJS({
  wasmModule,
  maxMemoryBytes,
}: QuickJSModuleOptions): Promise<LoadedQuickJS> {
  const maximum = Math.max(INITIAL_PAGES, Math.floor(maxMemoryBytes / PAGE_BYTES))
  const memory = new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum })
  const variant = newVariant(
    RELEASE_SYNC,
    wasmModule ? { wasmMemory: memory, wasmModule } : { wasmMemory: memory },
  )
  const module = await newQuickJSWASMModuleFromVariant(variant)
  return { module, memory }
}
