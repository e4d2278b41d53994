import { describeOp, plural, show } from '../format'
import { type Anomaly } from '../types'
import { type Workload } from './workload'

/** Echo: every reply must carry back the request's `echo` field unchanged. */
export function echoWorkload(): Workload {
  let next = 0
  return {
    generate() {
      next++
      return { f: 'echo', body: { type: 'echo', echo: `Please echo ${next}` } }
    },
    finalOps: () => [],
    check(history) {
      const anomalies: Anomaly[] = []
      const wrong = history.filter(
        (op) => op.status === 'ok' && op.response?.echo !== op.request.echo,
      )
      if (wrong.length > 0) {
        const first = wrong[0]!
        anomalies.push({
          kind: 'wrong-echo',
          message: `${plural(wrong.length, 'echo reply', 'echo replies')} did not carry the request's text back; ${describeOp(first)} sent ${show(first.request.echo)} and got ${show(first.response?.echo)}.`,
          ops: wrong.slice(0, 20).map((op) => op.index),
        })
      }
      const ok = history.filter((op) => op.status === 'ok').length
      return { anomalies, summary: `All ${plural(ok, 'echo', 'echoes')} came back intact.` }
    },
  }
}
