/** Virtual time is in whole seconds relative to the page (t = 0); negative times are history. */

const durationPattern = /^(-)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?$/

/** `90s`, `5m`, `1h30m`, `-12m` or a number of seconds → seconds; undefined when it is not a duration. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.round(value) : undefined
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^-?\d+$/.test(text)) return Number(text)
  const match = durationPattern.exec(text)
  if (!match || (match[2] === undefined && match[3] === undefined && match[4] === undefined))
    return undefined
  const seconds = Number(match[2] ?? 0) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0)
  return match[1] ? -seconds : seconds
}

/** Seconds → the shortest duration text: `45s`, `5m`, `2m30s`, `1h5m`, `-9m`. */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return '0s'
  const sign = seconds < 0 ? '-' : ''
  let rest = Math.abs(Math.round(seconds))
  const h = Math.floor(rest / 3600)
  rest -= h * 3600
  const m = Math.floor(rest / 60)
  const s = rest - m * 60
  return `${sign}${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`
}

/** `02:14` or `02:14:30` → seconds since midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(text.trim())
  if (!match) return undefined
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0)
}

/** The wall-clock time of virtual time `t`, given the page's time of day: `02:31:10`. */
export function formatClock(
  pagedAtSeconds: number,
  t: number,
  { millis }: { millis?: number } = {},
) {
  const day = 86400
  const total = (((pagedAtSeconds + Math.floor(t)) % day) + day) % day
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const hms = `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`
  return millis === undefined ? hms : `${hms}.${pad(millis, 3)}`
}
