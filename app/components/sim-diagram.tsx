import { useId, useMemo, useState } from 'react'
import { type SimTrace, type TraceEvent, type TraceMessage } from '~/sim/types'

/** Messages drawn at once: the current one and those just before it. */
const WINDOW = 30
const LANE_WIDTH = 64
const HEADER = 34
const PLOT_HEIGHT = 460
const FOOTER = 16

export interface DiagramJump {
  label: string
  /** Trace message id to show as the current message. */
  message: number
}

/**
 * The message diagram of a run: one lane per node, client, service (and `sim`, the simulator itself),
 * virtual time running down, every message an arrow from its send to its delivery. A step slider reveals
 * the trace message by message; the window shows the current message and the ones just before it, with
 * the faults (crashes, pauses, partitions) of that stretch of time, and the current message's body below.
 */
export function SimDiagram({
  trace,
  jumps = [],
  initialMessage,
}: {
  trace: SimTrace
  /** Buttons that move the slider to a message (the checker's anomalies). */
  jumps?: DiagramJump[]
  /** The message to show first (default: the last one). */
  initialMessage?: number
}) {
  const messages = trace.messages
  const total = messages.length
  const indexOf = (id: number) => {
    const index = messages.findIndex((message) => message.id === id)
    return index < 0 ? total : index + 1
  }
  const [step, setStep] = useState(() =>
    initialMessage === undefined ? total : indexOf(initialMessage),
  )
  const [spacing, setSpacing] = useState<'order' | 'time'>('order')
  const sliderId = useId()
  const spacingId = useId()
  const clamped = Math.max(0, Math.min(total, step))

  const lanes = useMemo(() => laneOrder(trace), [trace])
  const x = (lane: string) => (lanes.indexOf(lane) + 0.5) * LANE_WIDTH
  const width = Math.max(lanes.length * LANE_WIDTH, 320)
  const height = HEADER + PLOT_HEIGHT + FOOTER

  const shown = messages.slice(Math.max(0, clamped - WINDOW), clamped)
  const current = clamped > 0 ? messages[clamped - 1] : undefined
  const now = current?.sent ?? 0
  const t0 = shown[0]?.sent ?? 0
  const t1 = Math.max(t0 + 1, ...shown.map((message) => message.recv ?? message.sent), now)
  const events = trace.events.filter(
    (event) => event.t >= t0 && event.t <= Math.max(now, t0) && drawnEvent(event),
  )
  // "order" spaces the distinct instants evenly (a Lamport view: many messages in the same millisecond
  // stay apart); "time" draws virtual time to scale.
  const instants = [
    ...new Set([
      ...shown.flatMap((message) =>
        message.recv === null ? [message.sent] : [message.sent, message.recv],
      ),
      ...events.map((event) => event.t),
    ]),
  ].sort((a, b) => a - b)
  const y = (t: number) => {
    const at = Math.min(Math.max(t, t0), t1)
    if (spacing === 'time') return HEADER + ((at - t0) / (t1 - t0)) * PLOT_HEIGHT
    let index = 0
    while (index + 1 < instants.length && instants[index + 1]! <= at) index++
    return HEADER + ((index + 0.5) / Math.max(1, instants.length)) * PLOT_HEIGHT
  }
  const down = downPeriods(trace.events, now)

  return (
    <div className="space-y-2" data-testid="sim-diagram">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label htmlFor={sliderId} className="font-medium">
          Step
        </label>
        <button
          type="button"
          className="btn-secondary px-2 py-0.5"
          onClick={() => setStep(Math.max(0, clamped - 1))}
          disabled={clamped === 0}
          aria-label="Previous message"
        >
          ◀
        </button>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={total}
          value={clamped}
          onChange={(event) => setStep(Number(event.target.value))}
          className="w-64 grow"
          aria-valuetext={
            current
              ? `message ${clamped} of ${total}: ${current.body.type} from ${current.src} to ${current.dest} at ${formatMs(current.sent)}`
              : 'no message yet'
          }
          data-testid="sim-step"
        />
        <button
          type="button"
          className="btn-secondary px-2 py-0.5"
          onClick={() => setStep(Math.min(total, clamped + 1))}
          disabled={clamped === total}
          aria-label="Next message"
        >
          ▶
        </button>
        <span className="tabular-nums" data-testid="sim-step-label">
          {clamped} / {total} messages{current ? ` · ${formatMs(now)}` : ''}
        </span>
        <label htmlFor={spacingId} className="ml-auto text-xs">
          Spacing
        </label>
        <select
          id={spacingId}
          value={spacing}
          onChange={(event) => setSpacing(event.target.value as 'order' | 'time')}
          className="input w-44 py-0.5 text-xs"
        >
          <option value="order">Event order (Lamport)</option>
          <option value="time">Virtual time to scale</option>
        </select>
      </div>
      {jumps.length ? (
        <div className="flex flex-wrap gap-2 text-xs">
          <span className="self-center">Jump to:</span>
          {jumps.map((jump, i) => (
            <button
              key={i}
              type="button"
              className="btn-secondary px-2 py-0.5 text-xs"
              onClick={() => setStep(indexOf(jump.message))}
            >
              {jump.label}
            </button>
          ))}
        </div>
      ) : null}
      {/* Focusable, so that keyboard users can scroll across many lanes. */}
      <div
        className="overflow-x-auto rounded-md border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
        tabIndex={0}
        role="region"
        aria-label="Message diagram, scrolls sideways"
      >
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`Message diagram: ${lanes.length} lanes, messages ${Math.max(1, clamped - shown.length + 1)} to ${clamped} of ${total}, from ${formatMs(t0)} to ${formatMs(t1)} of virtual time`}
          className="font-sans text-slate-700 dark:text-slate-300"
        >
          <defs>
            <marker
              id="sim-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
            </marker>
            <marker
              id="sim-arrow-current"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#2563eb" />
            </marker>
          </defs>
          {lanes.map((lane) => (
            <g key={lane}>
              <text
                x={x(lane)}
                y={16}
                textAnchor="middle"
                fontSize={12}
                fontWeight={600}
                fill="currentColor"
              >
                {lane}
              </text>
              <line
                x1={x(lane)}
                x2={x(lane)}
                y1={HEADER - 8}
                y2={HEADER + PLOT_HEIGHT}
                stroke="currentColor"
                strokeOpacity={0.25}
              />
            </g>
          ))}
          {down
            .filter((period) => lanes.includes(period.node) && period.until >= t0)
            .map((period, i) => (
              <rect
                key={`down-${i}`}
                x={x(period.node) - 6}
                width={12}
                y={y(period.from)}
                height={Math.max(2, y(period.until) - y(period.from))}
                fill={period.kind === 'crash' ? '#dc2626' : '#d97706'}
                fillOpacity={0.25}
              >
                <title>{`${period.node} ${period.kind === 'crash' ? 'down' : 'paused'} from ${formatMs(period.from)}`}</title>
              </rect>
            ))}
          {events.map((event, i) => (
            <EventMark
              key={`e-${i}`}
              event={event}
              y={y(event.t)}
              x={x}
              width={width}
              lanes={lanes}
            />
          ))}
          {shown.map((message) => (
            <MessageArrow
              key={message.id}
              message={message}
              current={message === current}
              x={x}
              y={y}
              bottom={HEADER + PLOT_HEIGHT}
            />
          ))}
          <text
            x={4}
            y={HEADER + PLOT_HEIGHT + 12}
            fontSize={10}
            fill="currentColor"
            fillOpacity={0.7}
          >
            {`${formatMs(t0)} – ${formatMs(t1)} virtual time`}
          </text>
        </svg>
      </div>
      {current ? (
        <MessageDetails message={current} />
      ) : (
        <p className="text-sm">Move the slider to reveal the run message by message.</p>
      )}
    </div>
  )
}

function MessageArrow({
  message,
  current,
  x,
  y,
  bottom,
}: {
  message: TraceMessage
  current: boolean
  x: (lane: string) => number
  y: (t: number) => number
  bottom: number
}) {
  const x1 = x(message.src)
  const y1 = y(message.sent)
  const x2dest = x(message.dest)
  const dropped = message.drop !== undefined
  const inFlight = message.recv === null && !dropped
  // A dropped message stops two thirds of the way, where a cross marks the loss.
  const x2 = dropped ? x1 + (x2dest - x1) * 0.66 : x2dest
  const y2 = dropped ? y1 + 14 : inFlight ? bottom : y(message.recv!)
  const colour = current ? '#2563eb' : dropped ? '#dc2626' : 'currentColor'
  const label = message.body.type
  return (
    <g data-testid={current ? 'sim-current-arrow' : undefined}>
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        stroke={colour}
        strokeWidth={current ? 2.5 : 1.2}
        strokeOpacity={current ? 1 : 0.75}
        strokeDasharray={dropped || inFlight ? '4 3' : undefined}
        markerEnd={dropped ? undefined : current ? 'url(#sim-arrow-current)' : 'url(#sim-arrow)'}
      />
      {dropped ? (
        <text x={x2} y={y2 + 4} textAnchor="middle" fontSize={13} fontWeight={700} fill="#dc2626">
          ×
        </text>
      ) : null}
      <text
        x={(x1 + x2) / 2}
        y={(y1 + y2) / 2 - 3}
        textAnchor="middle"
        fontSize={9}
        fill={colour}
        fillOpacity={current ? 1 : 0.8}
      >
        {label.length > 14 ? `${label.slice(0, 13)}…` : label}
      </text>
      <title>{`#${message.id} ${message.body.type}: ${message.src} → ${message.dest}, sent ${formatMs(message.sent)}, ${message.drop ? `dropped (${message.drop})` : message.recv === null ? 'still in flight at the end' : `received ${formatMs(message.recv)}`}`}</title>
    </g>
  )
}

function EventMark({
  event,
  y,
  x,
  width,
  lanes,
}: {
  event: TraceEvent
  y: number
  x: (lane: string) => number
  width: number
  lanes: string[]
}) {
  if (event.e === 'partition' || event.e === 'heal' || event.e === 'phase') {
    const text =
      event.e === 'partition'
        ? `partition ${event.groups.map((group) => `{${group.join(' ')}}`).join(' | ')}`
        : event.e === 'heal'
          ? 'network healed'
          : `${event.phase} phase`
    const colour = event.e === 'partition' ? '#dc2626' : event.e === 'heal' ? '#059669' : '#64748b'
    return (
      <g>
        <line
          x1={0}
          x2={width}
          y1={y}
          y2={y}
          stroke={colour}
          strokeDasharray="6 4"
          strokeOpacity={0.8}
        />
        <text x={4} y={y - 3} fontSize={10} fill={colour}>
          {text}
        </text>
      </g>
    )
  }
  if (!('node' in event) || !lanes.includes(event.node)) return null
  const colour =
    event.e === 'crash' || event.e === 'error'
      ? '#dc2626'
      : event.e === 'restart' || event.e === 'resume'
        ? '#059669'
        : event.e === 'pause'
          ? '#d97706'
          : event.e === 'rpc-timeout'
            ? '#d97706'
            : '#64748b'
  const label = event.e === 'log' ? 'log' : event.e === 'rpc-timeout' ? 'timeout' : event.e
  const detail =
    event.e === 'log' || event.e === 'error'
      ? `: ${event.text}`
      : event.e === 'rpc-timeout'
        ? `: rpc ${event.msgId} to ${event.dest}`
        : ''
  return (
    <g>
      <circle cx={x(event.node)} cy={y} r={event.e === 'log' ? 2.5 : 4.5} fill={colour} />
      {event.e !== 'log' ? (
        <text x={x(event.node) + 7} y={y + 3} fontSize={9} fill={colour}>
          {label}
        </text>
      ) : null}
      <title>{`${event.node} ${event.e} at ${formatMs(event.t)}${detail}`}</title>
    </g>
  )
}

function MessageDetails({ message }: { message: TraceMessage }) {
  return (
    <div className="space-y-1 text-sm" data-testid="sim-current-message">
      <p>
        <span className="font-semibold">
          #{message.id} {message.body.type}
        </span>{' '}
        {message.src} → {message.dest}, sent at {formatMs(message.sent)},{' '}
        {message.drop ? (
          <span className="text-red-700 dark:text-red-400">
            dropped ({dropReasons[message.drop] ?? message.drop})
          </span>
        ) : message.recv === null ? (
          'still in flight when the run ended'
        ) : (
          `received at ${formatMs(message.recv)}`
        )}
      </p>
      <pre className="max-h-48 overflow-auto rounded-md bg-slate-100 p-2 text-xs dark:bg-slate-900">
        {JSON.stringify(message.body, null, 2)}
      </pre>
    </div>
  )
}

const dropReasons: Record<string, string> = {
  loss: 'lost by the network',
  partition: 'across a partition',
  crashed: 'the destination was down',
  'unknown-destination': 'no such node',
  limit: 'the run hit a limit',
}

/** Lanes in reading order: the nodes, the services, the clients, the simulator; only those that took part. */
function laneOrder(trace: SimTrace): string[] {
  const used = new Set<string>()
  for (const message of trace.messages) {
    used.add(message.src)
    used.add(message.dest)
  }
  const order = [...trace.nodes, ...trace.services, ...trace.clients, 'sim']
  const lanes = order.filter(
    (lane, i) => order.indexOf(lane) === i && (used.has(lane) || trace.nodes.includes(lane)),
  )
  for (const lane of used) if (!lanes.includes(lane)) lanes.push(lane)
  return lanes
}

function drawnEvent(event: TraceEvent) {
  return event.e !== 'timer'
}

/** Stretches in which a node was down or paused, up to `now`. */
function downPeriods(events: TraceEvent[], now: number) {
  const periods: { node: string; kind: 'crash' | 'pause'; from: number; until: number }[] = []
  const open = new Map<string, { kind: 'crash' | 'pause'; from: number }>()
  for (const event of events) {
    if (event.t > now) break
    if (event.e === 'crash' || event.e === 'pause')
      open.set(event.node, { kind: event.e, from: event.t })
    if ((event.e === 'restart' || event.e === 'resume') && open.has(event.node)) {
      const started = open.get(event.node)!
      periods.push({ node: event.node, ...started, until: event.t })
      open.delete(event.node)
    }
  }
  for (const [node, started] of open) periods.push({ node, ...started, until: now })
  return periods
}

/** Virtual ms as the diagram shows it: "1.234 s" or "56.0 ms". */
export function formatMs(ms: number) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(3)} s` : `${ms.toFixed(1)} ms`
}
