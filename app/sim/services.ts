import { type Prng } from './prng'
import { type Body } from './types'

/** A built-in node a candidate's node may call, such as `lin-kv`. Requests are handled on arrival. */
export interface Service {
  readonly name: string
  /** The reply to a request from `src`, without `in_reply_to` (the caller adds it). */
  handle(src: string, body: Body): Body
}

export const SERVICE_NAMES = ['lin-kv', 'seq-kv'] as const

const ERROR = {
  notSupported: 10,
  malformed: 12,
  keyDoesNotExist: 20,
  preconditionFailed: 22,
} as const

function error(code: number, text: string): Body {
  return { type: 'error', code, text }
}

const keyOf = (key: unknown) => JSON.stringify(key ?? null)
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

function malformed(body: Body): Body | undefined {
  if (body.type !== 'read' && body.type !== 'write' && body.type !== 'cas')
    return error(
      ERROR.notSupported,
      `unknown request type ${JSON.stringify(body.type)}; use read, write or cas`,
    )
  if (!('key' in body)) return error(ERROR.malformed, `${body.type} needs a key`)
  if (body.type === 'write' && !('value' in body))
    return error(ERROR.malformed, 'write needs a value')
  if (body.type === 'cas' && (!('from' in body) || !('to' in body)))
    return error(ERROR.malformed, 'cas needs from and to')
  return undefined
}

/** A linearizable key-value store: every request takes effect atomically when it arrives. */
export class LinKv implements Service {
  readonly name = 'lin-kv'
  private readonly values = new Map<string, unknown>()

  handle(_src: string, body: Body): Body {
    const bad = malformed(body)
    if (bad) return bad
    const key = keyOf(body.key)
    const exists = this.values.has(key)
    const current = this.values.get(key)
    if (body.type === 'read') {
      if (!exists) return error(ERROR.keyDoesNotExist, 'key does not exist')
      return { type: 'read_ok', value: current }
    }
    if (body.type === 'write') {
      this.values.set(key, body.value)
      return { type: 'write_ok' }
    }
    if (!exists) {
      if (body.create_if_not_exists === true) {
        this.values.set(key, body.to)
        return { type: 'cas_ok' }
      }
      return error(ERROR.keyDoesNotExist, 'key does not exist')
    }
    if (!same(current, body.from))
      return error(
        ERROR.preconditionFailed,
        `expected ${JSON.stringify(body.from)}, but had ${JSON.stringify(current)}`,
      )
    this.values.set(key, body.to)
    return { type: 'cas_ok' }
  }
}

/**
 * A sequentially consistent store. Every write and cas makes a new version of the whole store; a read
 * is served from any version between the newest one this caller has already seen and the latest, so
 * it may be stale, but no caller ever sees time go backwards. Writes and cas act on the latest version
 * (and bring the caller up to date), which is what makes a cas loop the way to update it safely.
 */
export class SeqKv implements Service {
  readonly name = 'seq-kv'
  private version = 0
  /** Per key, its (version, value) history in version order; `undefined` never appears. */
  private readonly history = new Map<string, Array<[number, unknown]>>()
  private readonly seen = new Map<string, number>()

  constructor(private readonly rng: Prng) {}

  handle(src: string, body: Body): Body {
    const bad = malformed(body)
    if (bad) return bad
    const key = keyOf(body.key)
    const entries = this.history.get(key) ?? []
    if (body.type === 'read') {
      const floor = this.seen.get(src) ?? 0
      const version = this.rng.chance(0.5) ? this.version : this.rng.int(floor, this.version)
      this.seen.set(src, version)
      const entry = valueAt(entries, version)
      if (!entry) return error(ERROR.keyDoesNotExist, 'key does not exist')
      return { type: 'read_ok', value: entry[1] }
    }
    this.seen.set(src, this.version)
    const latest = entries.length > 0 ? entries[entries.length - 1] : undefined
    if (body.type === 'cas') {
      if (!latest) {
        if (body.create_if_not_exists !== true)
          return error(ERROR.keyDoesNotExist, 'key does not exist')
      } else if (!same(latest[1], body.from)) {
        return error(
          ERROR.preconditionFailed,
          `expected ${JSON.stringify(body.from)}, but had ${JSON.stringify(latest[1])}`,
        )
      }
    }
    this.version++
    entries.push([this.version, body.type === 'write' ? body.value : body.to])
    this.history.set(key, entries)
    this.seen.set(src, this.version)
    return { type: body.type === 'write' ? 'write_ok' : 'cas_ok' }
  }
}

function valueAt(
  entries: Array<[number, unknown]>,
  version: number,
): [number, unknown] | undefined {
  let lo = 0
  let hi = entries.length - 1
  let found: [number, unknown] | undefined
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (entries[mid]![0] <= version) {
      found = entries[mid]
      lo = mid + 1
    } else {
      hi = mid - 1
    }
  }
  return found
}
