import client from 'prom-client'

/** One registry per process: default process metrics plus Drill's own. */
export const registry = new client.Registry()
client.collectDefaultMetrics({ register: registry })

export const httpRequestDuration = new client.Histogram({
  name: 'drill_http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
})

export const judgeQueueDepth = new client.Gauge({
  name: 'drill_judge_queue_depth',
  help: 'Submissions waiting for a judge worker',
  registers: [registry],
})

export const judgeWaitSeconds = new client.Histogram({
  name: 'drill_judge_wait_seconds',
  help: 'Time a submission waited in the judge queue',
  buckets: [0.001, 0.005, 0.025, 0.1, 0.5, 1, 5, 30],
  registers: [registry],
})

export const judgeRunSeconds = new client.Histogram({
  name: 'drill_judge_run_seconds',
  help: 'Time to judge one submission (all tests)',
  buckets: [0.001, 0.005, 0.025, 0.1, 0.5, 1, 5, 15],
  registers: [registry],
})

export const judgeVerdicts = new client.Counter({
  name: 'drill_judge_verdicts_total',
  help: 'Judged submissions by verdict',
  labelNames: ['verdict'] as const,
  registers: [registry],
})

export const judgeWorkerRestarts = new client.Counter({
  name: 'drill_judge_worker_restarts_total',
  help: 'Judge workers terminated and replaced, by reason',
  labelNames: ['reason'] as const,
  registers: [registry],
})
