/**
 * What the job-posting matcher recognizes. Each concept lists the words that signal it (matched as
 * whole words, case-insensitive, after punctuation is folded to spaces) and what it points at: tracks
 * (the whole track), modules (`track/module`) and tags (every module holding a problem with that tag).
 * Plain data, so a reviewer can see exactly why a posting produced its plan.
 */
export interface Concept {
  name: string
  terms: string[]
  tracks?: string[]
  modules?: string[]
  tags?: string[]
  /** Limits tag matches to these tracks (coding-round concepts should not pull in every module that happens to use a hash map). */
  within?: string[]
}

export const lexicon: Concept[] = [
  // Algorithms and coding rounds
  { name: 'Algorithms & data structures', terms: ['algorithms', 'algorithm', 'data structures', 'data structure', 'coding interview', 'leetcode', 'problem solving', 'computer science fundamentals', 'cs fundamentals', 'big o', 'complexity analysis'], tracks: ['algorithms'] },
  { name: 'Hashing and arrays', terms: ['hash map', 'hash maps', 'hashmap', 'hash table', 'hash tables', 'arrays'], tags: ['hashing', 'arrays'], within: ['algorithms'] },
  { name: 'Graphs', terms: ['graph', 'graphs', 'graph algorithms', 'dependency graph', 'dependency graphs', 'topological', 'shortest path', 'routing'], tags: ['graph', 'bfs', 'topological-sort', 'shortest-path'], within: ['algorithms'] },
  { name: 'Trees', terms: ['tree', 'trees', 'binary tree', 'trie', 'tries'], tags: ['trees', 'trie'], within: ['algorithms'] },
  { name: 'Dynamic programming', terms: ['dynamic programming', 'optimization problems'], tags: ['dynamic-programming'], within: ['algorithms'] },
  { name: 'Heaps and scheduling', terms: ['priority queue', 'priority queues', 'heap', 'heaps', 'top k'], tags: ['heap'], within: ['algorithms'] },
  { name: 'Strings and parsing', terms: ['string processing', 'parsing', 'parsers', 'text processing'], tags: ['strings', 'parsing'], within: ['algorithms'] },
  { name: 'Caching', terms: ['cache', 'caches', 'caching', 'lru', 'cdn'], tags: ['caching'], modules: ['algorithms/design'] },

  // Distributed systems
  { name: 'Distributed systems', terms: ['distributed systems', 'distributed system', 'distributed computing', 'large scale systems', 'large-scale systems', 'scalable systems', 'at scale', 'microservices', 'service oriented architecture'], tracks: ['distributed-systems'] },
  { name: 'Consistency and replication', terms: ['consistency', 'replication', 'replicated', 'eventual consistency', 'strong consistency', 'linearizability', 'quorum', 'quorums', 'cap theorem', 'crdt', 'crdts'], tags: ['replication', 'consistency', 'quorum', 'crdt'] },
  { name: 'Consensus and coordination', terms: ['consensus', 'raft', 'paxos', 'leader election', 'zookeeper', 'etcd', 'coordination'], tags: ['consensus', 'leader-election', 'replication'] },
  { name: 'Clocks and ordering', terms: ['ordering', 'vector clocks', 'lamport', 'causality', 'event ordering', 'clock skew', 'ntp'], tags: ['clocks', 'causality'] },
  { name: 'Rate limiting and resilience', terms: ['rate limiting', 'rate limiter', 'rate limiters', 'throttling', 'circuit breaker', 'circuit breakers', 'backoff', 'retries', 'retry', 'resilience', 'resilient', 'fault tolerance', 'fault tolerant', 'idempotency', 'idempotent'], tags: ['rate-limiting', 'resilience', 'idempotency'] },
  { name: 'Partitioning and load balancing', terms: ['sharding', 'partitioning', 'consistent hashing', 'load balancing', 'load balancer', 'load balancers'], tags: ['hashing', 'partitioning', 'load-balancing'] },
  { name: 'Messaging and streaming', terms: ['kafka', 'message queue', 'message queues', 'pub sub', 'pubsub', 'event streaming', 'streaming', 'event driven'], tags: ['messaging', 'log', 'streams'] },
  { name: 'System design', terms: ['system design', 'systems design', 'architecture', 'architect', 'design reviews', 'design documents', 'technical design', 'capacity planning'], tags: ['system-design'] },
  { name: 'Storage systems', terms: ['databases', 'database', 'storage', 'key value store', 'key-value store', 'sql', 'nosql', 'postgres', 'postgresql', 'mysql', 'cassandra', 'dynamodb', 'redis'], tags: ['storage', 'key-value', 'replication'] },
  { name: 'Failure detection and membership', terms: ['failure detection', 'health checks', 'health checking', 'heartbeats', 'gossip', 'membership'], tags: ['failure-detection', 'gossip'] },

  // Reliability and on-call
  { name: 'On-call and incident response', terms: ['on call', 'on-call', 'oncall', 'dri', 'pager', 'paging', 'incident', 'incidents', 'incident response', 'incident management', 'outage', 'outages', 'war room', 'triage', 'mitigation', 'mitigate', 'postmortem', 'postmortems', 'root cause', 'rca'], tracks: ['dri-oncall'], tags: ['incident-response'] },
  { name: 'Reliability and SLOs', terms: ['reliability', 'availability', 'high availability', 'five nines', 'five 9s', '99.999%', '99.99%', '99.9%', 'nines', 'slo', 'slos', 'sli', 'slis', 'sla', 'slas', 'error budget', 'error budgets', 'uptime'], tags: ['slo', 'availability', 'reliability'] },
  { name: 'Observability', terms: ['observability', 'monitoring', 'metrics', 'alerting', 'alerts', 'dashboards', 'logging', 'logs', 'tracing', 'telemetry', 'prometheus', 'grafana', 'opentelemetry', 'percentiles', 'latency'], tags: ['observability', 'monitoring', 'alerting', 'logs', 'percentiles', 'tracing', 'anomaly-detection', 'time-series'] },
  { name: 'Safe deployment', terms: ['deployment', 'deployments', 'deploy', 'rollout', 'rollouts', 'staged rollout', 'canary', 'canaries', 'rollback', 'rollbacks', 'ci cd', 'release engineering', 'change management', 'configuration management'], tags: ['deployment', 'deploys', 'rollout', 'feature-flags'] },
  { name: 'Capacity and performance', terms: ['capacity', 'performance', 'scalability', 'scaling', 'autoscaling', 'load testing', 'throughput'], tags: ['capacity', 'performance'] },
  { name: 'Infrastructure and fleet', terms: ['cloud', 'cloud infrastructure', 'infrastructure', 'datacenter', 'data center', 'datacenters', 'fleet', 'hardware', 'virtualization', 'hypervisor', 'kubernetes', 'k8s', 'containers', 'linux', 'networking', 'dns', 'tls', 'certificates', 'aws', 'azure', 'gcp'], tags: ['infrastructure', 'fleet', 'hardware'], tracks: ['dri-oncall'] },
]
