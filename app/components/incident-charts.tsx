import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'

const colours = ['#0284c7', '#dc2626', '#059669', '#d97706', '#7c3aed', '#475569']

const minuteLabel = (t: number) => `${t >= 0 ? '+' : ''}${Math.round(t / 60)}m`

/** One metric of one service over time, a line per region (and "all"), x in minutes from the page. */
export function MetricChart({ title, unit, times, series }: { title: string; unit: string; times: number[]; series: Record<string, number[]> }) {
  const names = Object.keys(series)
  const data = times.map((t, i) => Object.fromEntries([['t', t], ...names.map((n) => [n, series[n]![i]])]))
  return (
    <figure className="min-w-0">
      <figcaption className="text-xs font-semibold">
        {title} <span className="font-normal text-slate-600 dark:text-slate-400">({unit})</span>
      </figcaption>
      <LineChart width={300} height={140} data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="t" tickFormatter={minuteLabel} fontSize={10} minTickGap={24} />
        <YAxis fontSize={10} width={44} />
        <Tooltip labelFormatter={(t) => minuteLabel(Number(t))} />
        {names.length > 1 ? <Legend wrapperStyle={{ fontSize: 10 }} /> : null}
        {names.map((name, i) => (
          <Line key={name} type="monotone" dataKey={name} stroke={colours[i % colours.length]} dot={false} isAnimationActive={false} strokeWidth={1.5} />
        ))}
      </LineChart>
    </figure>
  )
}
