import { Bar, BarChart, CartesianGrid, Cell, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts'

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const shades = ['#e2e8f0', '#a7f3d0', '#34d399', '#059669', '#065f46']

function shade(count: number, max: number) {
  if (count === 0) return shades[0]!
  return shades[Math.min(4, 1 + Math.floor(((count - 1) / Math.max(1, max)) * 4))]!
}

/** Submissions per day as a calendar grid: one column per week, one row per weekday. */
export function ActivityHeatmap({ days }: { days: { date: string; count: number }[] }) {
  const first = new Date(`${days[0]!.date}T00:00:00Z`)
  const offset = (first.getUTCDay() + 6) % 7
  const points = days.map((d, i) => ({ week: Math.floor((i + offset) / 7), weekday: (i + offset) % 7, count: d.count, date: d.date }))
  const max = Math.max(1, ...days.map((d) => d.count))
  const weeks = points.at(-1)!.week + 1
  return (
    <ScatterChart width={Math.max(320, weeks * 14 + 50)} height={150} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
      <XAxis type="number" dataKey="week" hide domain={[0, weeks - 1]} />
      <YAxis type="number" dataKey="weekday" reversed domain={[0, 6]} ticks={[0, 2, 4, 6]} tickFormatter={(v: number) => weekdays[v] ?? ''} width={36} tickLine={false} axisLine={false} />
      <ZAxis type="number" dataKey="count" range={[100, 100]} />
      <Tooltip cursor={false} formatter={(value) => [String(value), 'submissions']} labelFormatter={() => ''} content={({ payload }) => {
        const p = payload?.[0]?.payload as { date: string; count: number } | undefined
        return p ? <div className="rounded bg-white px-2 py-1 text-xs shadow dark:bg-slate-900">{p.date}: {p.count} submission{p.count === 1 ? '' : 's'}</div> : null
      }} />
      <Scatter data={points} isAnimationActive={false} shape={(props: { cx?: number; cy?: number; payload?: { count: number } }) => (
        <rect x={(props.cx ?? 0) - 5.5} y={(props.cy ?? 0) - 5.5} width={11} height={11} rx={2} fill={shade(props.payload?.count ?? 0, max)} />
      )} />
    </ScatterChart>
  )
}

const difficultyColours: Record<string, string> = { easy: '#059669', medium: '#d97706', hard: '#dc2626' }

export function DifficultyChart({ data }: { data: { difficulty: string; count: number }[] }) {
  return (
    <BarChart width={320} height={180} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="difficulty" />
      <YAxis allowDecimals={false} width={32} />
      <Tooltip />
      <Bar dataKey="count" name="solved" isAnimationActive={false}>
        {data.map((d) => (
          <Cell key={d.difficulty} fill={difficultyColours[d.difficulty] ?? '#64748b'} />
        ))}
      </Bar>
    </BarChart>
  )
}

export function TagChart({ data }: { data: { tag: string; count: number }[] }) {
  return (
    <BarChart width={420} height={Math.max(120, data.length * 26 + 30)} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="tag" width={140} />
      <Tooltip />
      <Bar dataKey="count" name="solved" fill="#0284c7" isAnimationActive={false} />
    </BarChart>
  )
}
