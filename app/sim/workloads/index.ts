import { type WorkloadConfig, type WorkloadName } from '../types'
import { setWorkload } from './broadcast'
import { counterWorkload } from './counter'
import { echoWorkload } from './echo'
import { kafkaWorkload } from './kafka'
import { linKvWorkload } from './lin-kv'
import { uniqueIdsWorkload } from './unique-ids'
import { type Workload } from './workload'

const FACTORIES: Record<WorkloadName, (config: WorkloadConfig) => Workload> = {
  echo: () => echoWorkload(),
  'unique-ids': () => uniqueIdsWorkload(),
  broadcast: (config) => setWorkload(config, 'broadcast'),
  'g-set': (config) => setWorkload(config, 'g-set'),
  'g-counter': () => counterWorkload('g-counter'),
  'pn-counter': () => counterWorkload('pn-counter'),
  kafka: (config) => kafkaWorkload(config),
  'lin-kv': (config) => linKvWorkload(config),
}

/** A fresh workload (generator + checker) for one run. */
export function createWorkload(config: WorkloadConfig): Workload {
  return FACTORIES[config.workload](config)
}

export type { Workload } from './workload'
