import { describe, expect, it } from 'vitest'
import { parseWorkloadConfig } from '../config'
import { type Body, type HistoryOp, type OpStatus } from '../types'
import { setWorkload } from './broadcast'
import { counterWorkload, subsetSums } from './counter'
import { kafkaWorkload } from './kafka'
import { uniqueIdsWorkload } from './unique-ids'
import { type CheckContext } from './workload'

const context: CheckContext = { nodeIds: ['n1', 'n2', 'n3'], faults: [] }

/** A history from compact rows: [client, node, request, status, response, invoke, complete, final?]. */
type Row = readonly [
  string,
  string,
  Body,
  OpStatus,
  Body | undefined,
  number,
  number | null,
  boolean?,
]

function history(rows: readonly Row[]): HistoryOp[] {
  return rows.map(([client, node, request, status, response, invoke, complete, final], index) => ({
    index,
    client,
    node,
    f: request.type,
    request,
    status,
    ...(response ? { response } : {}),
    invoke,
    complete,
    ...(final ? { final } : {}),
    message: index,
  }))
}

describe('broadcast checker', () => {
  const check = (ops: HistoryOp[]) =>
    setWorkload(parseWorkloadConfig({ workload: 'broadcast' }), 'broadcast').check(ops, context)
  const read = (node: string, messages: number[], at: number, final = false) =>
    ['c9', node, { type: 'read' }, 'ok', { type: 'read_ok', messages }, at, at + 1, final] as const

  it('tolerates stale reads during the run, and measures how long elements took to be everywhere', () => {
    const outcome = check(
      history([
        ['c1', 'n1', { type: 'broadcast', message: 1 }, 'ok', { type: 'broadcast_ok' }, 0, 2],
        read('n2', [], 50),
        read('n3', [1], 100),
        read('n1', [1], 1000, true),
        read('n2', [1], 1000, true),
        read('n3', [1], 1000, true),
      ]),
    )
    expect(outcome.anomalies).toEqual([])
    expect(outcome.stableLatencies).toEqual([50.5])
  })

  it('calls an element missing from every final read lost, and one missing from some not propagated', () => {
    const outcome = check(
      history([
        ['c1', 'n1', { type: 'broadcast', message: 1 }, 'ok', { type: 'broadcast_ok' }, 0, 2],
        ['c1', 'n1', { type: 'broadcast', message: 2 }, 'ok', { type: 'broadcast_ok' }, 3, 4],
        read('n2', [2], 10),
        read('n1', [2], 1000, true),
        read('n2', [], 1000, true),
        read('n3', [2], 1000, true),
      ]),
    )
    expect(outcome.anomalies.map((anomaly) => anomaly.kind)).toEqual(['lost', 'not-propagated'])
    expect(outcome.anomalies[0]!.message).toBe(
      'Element 1 was lost: c1 sent it to n1 at 0.000 s (acknowledged at 0.002 s), and none of the 3 final reads (n1, n2 and n3, from 1.000 s) contained it.',
    )
    expect(outcome.anomalies[1]!.message).toBe(
      'Element 2 did not reach every node: the final read on n2 missed it, while n1 and n3 had it (c1 sent it to n1 at 0.003 s).',
    )
  })
})

describe('counter checker', () => {
  it('accepts a final total with any subset of the indefinite adds, and nothing else', () => {
    expect([...subsetSums([2, -1, 2])].sort((a, b) => a - b)).toEqual([-1, 0, 1, 2, 3, 4])
    const ops = (total: number) =>
      history([
        ['c1', 'n1', { type: 'add', delta: 3 }, 'ok', { type: 'add_ok' }, 0, 1],
        ['c2', 'n2', { type: 'add', delta: 4 }, 'info', undefined, 0, null],
        [
          'c3',
          'n1',
          { type: 'read', final: true },
          'ok',
          { type: 'read_ok', value: total },
          10,
          11,
          true,
        ],
      ])
    const check = (total: number) => counterWorkload('g-counter').check(ops(total), context)
    expect(check(3).anomalies).toEqual([])
    expect(check(7).anomalies).toEqual([])
    expect(check(5).anomalies[0]!.message).toBe(
      'The final read on n1 (0.010 s) returned 5, but 1 acknowledged add sums to 3, so it had to be 3–7 (3 acknowledged, plus the indefinite add or not).',
    )
  })
})

describe('kafka checker', () => {
  const check = (ops: HistoryOp[]) =>
    kafkaWorkload(parseWorkloadConfig({ workload: 'kafka', keys: 1 })).check(ops, context)
  const send = (msg: number, offset: number, at: number) =>
    [
      'c1',
      'n1',
      { type: 'send', key: 'k1', msg },
      'ok',
      { type: 'send_ok', offset },
      at,
      at + 1,
    ] as const
  const poll = (from: number, msgs: Array<[number, number]>, at: number, final = false) =>
    [
      'c2',
      'n2',
      { type: 'poll', offsets: { k1: from } },
      'ok',
      { type: 'poll_ok', msgs: { k1: msgs } },
      at,
      at + 1,
      final,
    ] as const

  const both: Array<[number, number]> = [
    [0, 10],
    [1, 11],
  ]
  const gap: Array<[number, number]> = [
    [0, 10],
    [2, 14],
  ]

  it('passes a consistent log', () => {
    const ops = history([send(10, 0, 0), send(11, 1, 2), poll(0, both, 5), poll(0, both, 9, true)])
    expect(check(ops).anomalies).toEqual([])
  })

  it('finds two messages at one offset, a skipped offset, lost writes and offsets going backwards', () => {
    const ops = history([
      send(10, 0, 0),
      send(11, 1, 2),
      send(12, 1, 4),
      send(13, 0, 6),
      poll(0, gap, 8),
      poll(0, [[0, 10]], 20, true),
    ])
    const kinds = check(ops).anomalies.map((anomaly) => anomaly.kind)
    expect(kinds).toEqual(['inconsistent-offsets', 'skipped', 'nonmonotonic-send', 'lost'])
    const [inconsistent] = check(ops).anomalies
    expect(inconsistent!.message).toMatch(
      /^2 offsets hold two different messages\. Offset 1 of k1 holds 11, acknowledged to c1's send on n1 \(0\.002–0\.003 s\), and 12, acknowledged to c1's send on n1 \(0\.004–0\.005 s\), but nodes must agree/,
    )
  })
})

describe('unique-ids checker', () => {
  it('names a duplicated id and who got it', () => {
    const ops = history([
      ['c1', 'n1', { type: 'generate' }, 'ok', { type: 'generate_ok', id: 'a' }, 0, 1],
      ['c2', 'n2', { type: 'generate' }, 'ok', { type: 'generate_ok', id: 'b' }, 0, 2],
      ['c3', 'n3', { type: 'generate' }, 'ok', { type: 'generate_ok', id: 'a' }, 0, 3],
    ])
    const outcome = uniqueIdsWorkload().check(ops, context)
    expect(outcome.anomalies[0]!.message).toBe(
      '1 id was handed out more than once. The first: "a" went to c1 via n1 at 0.001 s, c3 via n3 at 0.003 s.',
    )
  })
})
