/**
 * Units for estimation answers. Every unit belongs to one family and converts to that family's base:
 *
 * - rate: events per second (`/s`, `/min`, `/h`, `/day`, `/week`, `/month`, `/year`, `rps`, `writes/s`)
 * - data: bytes; `B KB MB GB TB PB EB` are powers of 1000, `KiB MiB GiB TiB PiB` powers of 1024;
 *   `Kb Mb Gb` (capital prefix, small b) and `bit`/`bits` are bits (1/8 byte); all-lowercase `kb mb gb tb`
 *   is read as bytes, because that is what people typing storage sizes mean
 * - count: one (`hosts`, `nodes`, any plain word); `k`/`thousand`, `M`/`m`/`million`, `B`/`bn`/`billion`,
 *   `T`/`trillion` scale the number in every family
 * - duration: seconds (`ns us ms s min h day week month year`); a month is 30 days and a year 365 days
 * - bandwidth: bytes per second (`MB/s`, `Gbps`, `Mbit/s`, `TB/day`, `TB/year`)
 * - ratio: a fraction of one (`%`, `percent`)
 *
 * A number without a unit is read in the unit the question asks for, so "12k" answers "writes/s" as
 * 12 000 writes/s. A unit is resolved against the expected family first, which settles the ambiguous
 * letters: `m` is minutes for a duration and million elsewhere, `B` is bytes for a data size and billion
 * elsewhere.
 */

export const unitFamilies = ['rate', 'data', 'count', 'duration', 'bandwidth', 'ratio'] as const
export type UnitFamily = (typeof unitFamilies)[number]

/** A unit: the text it was written as, its family, and how many base units one of it is. */
export interface Unit {
  text: string
  family: UnitFamily
  factor: number
}

export const familyDescriptions: Record<
  UnitFamily,
  { noun: string; base: string; examples: string }
> = {
  rate: { noun: 'a rate', base: 'per second', examples: '/s, /min, /h or /day' },
  data: {
    noun: 'a data size',
    base: 'bytes',
    examples: 'B, KB, MB, GB, TB or PB (powers of 1000)',
  },
  count: { noun: 'a count', base: 'one', examples: 'thousand (k), million (M) or billion (bn)' },
  duration: { noun: 'a duration', base: 'seconds', examples: 'ms, s, min, h, days or years' },
  bandwidth: { noun: 'a data rate', base: 'bytes per second', examples: 'MB/s, Gbps or TB/day' },
  ratio: { noun: 'a percentage', base: 'fraction', examples: '%' },
}

const dataPrefixes: Record<string, number> = {
  '': 1,
  k: 1e3,
  m: 1e6,
  g: 1e9,
  t: 1e12,
  p: 1e15,
  e: 1e18,
}
const binaryPrefixes: Record<string, number> = {
  k: 2 ** 10,
  m: 2 ** 20,
  g: 2 ** 30,
  t: 2 ** 40,
  p: 2 ** 50,
  e: 2 ** 60,
}
const dataPrefixWords: Record<string, number> = {
  '': 1,
  kilo: 1e3,
  mega: 1e6,
  giga: 1e9,
  tera: 1e12,
  peta: 1e15,
  exa: 1e18,
  kibi: 2 ** 10,
  mebi: 2 ** 20,
  gibi: 2 ** 30,
  tebi: 2 ** 40,
  pebi: 2 ** 50,
}

const day = 86_400
const durationNames: [string[], number][] = [
  [['ns', 'nanosecond', 'nanoseconds'], 1e-9],
  [['us', 'µs', 'μs', 'microsecond', 'microseconds'], 1e-6],
  [['ms', 'msec', 'msecs', 'millisecond', 'milliseconds'], 1e-3],
  [['s', 'sec', 'secs', 'second', 'seconds'], 1],
  [['m', 'min', 'mins', 'minute', 'minutes'], 60],
  [['h', 'hr', 'hrs', 'hour', 'hours'], 3600],
  [['d', 'day', 'days'], day],
  [['w', 'wk', 'wks', 'week', 'weeks'], 7 * day],
  [['mo', 'month', 'months'], 30 * day],
  [['y', 'yr', 'yrs', 'year', 'years'], 365 * day],
]
const durationFactors = new Map(
  durationNames.flatMap(([names, factor]) => names.map((name) => [name, factor] as const)),
)

const magnitudeLetters: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  m: 1e6,
  B: 1e9,
  T: 1e12,
}
const magnitudeWords: Record<string, number> = {
  thousand: 1e3,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  millions: 1e6,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  tn: 1e12,
  trillion: 1e12,
}
const perSecondWords = new Set(['rps', 'qps', 'tps', 'wps', 'iops'])

function magnitudeOf(token: string): number | undefined {
  return magnitudeLetters[token] ?? magnitudeWords[token.toLowerCase()]
}

/** "1.6 TB per year" → "1.6 TB/year"; spaces around the slash go. */
function normalizeUnitText(text: string) {
  return text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^per\s+/i, '/')
    .replace(/\s+per\s+/gi, '/')
    .replace(/\s*\/\s*/g, '/')
}

function durationFactor(text: string): number | undefined {
  if (text === 'M') return undefined
  return durationFactors.get(text) ?? durationFactors.get(text.toLowerCase())
}

/** Bytes in one of `text`, or undefined when it is not a data size. */
function dataFactor(text: string): number | undefined {
  const word = /^(kilo|mega|giga|tera|peta|exa|kibi|mebi|gibi|tebi|pebi)?(byte|bit)s?$/i.exec(text)
  if (word) {
    const factor = dataPrefixWords[(word[1] ?? '').toLowerCase()]
    return word[2].toLowerCase() === 'bit' ? factor / 8 : factor
  }
  const symbol = /^([kKmMgGtTpPeE]?)(i?)(B|b|bits?|bytes?)$/.exec(text)
  if (!symbol) return undefined
  const [, prefix, binary, suffix] = symbol
  if (suffix === 'b' && prefix === '') return undefined
  if (binary && prefix === '') return undefined
  const scale = binary ? binaryPrefixes[prefix.toLowerCase()] : dataPrefixes[prefix.toLowerCase()]
  const bits = suffix.startsWith('bit') || (suffix === 'b' && prefix === prefix.toUpperCase())
  return bits ? scale / 8 : scale
}

/** Bytes per second in one of `text` (`Gbps`, `MB/s`, `TB/year`), or undefined. */
function bandwidthFactor(text: string): number | undefined {
  const shorthand = /^([kKmMgGtTpP]?)(bps|Bps)$/.exec(text)
  if (shorthand) {
    const scale = dataPrefixes[shorthand[1].toLowerCase()]
    return shorthand[2] === 'bps' ? scale / 8 : scale
  }
  const slash = text.split('/')
  if (slash.length !== 2) return undefined
  const data = dataFactor(slash[0])
  const time = durationFactor(slash[1])
  return data !== undefined && time !== undefined ? data / time : undefined
}

/**
 * A plain word that can name what is counted ("hosts", "write-requests"), not a magnitude. Three letters
 * at least, so that a mistyped unit like "XB" or "MQ/s" is reported rather than read as a noun.
 */
function isNoun(text: string, minLength: number) {
  return (
    /^[a-z][a-z-]*(?: [a-z][a-z-]*)*$/i.test(text) &&
    text.length >= minLength &&
    magnitudeOf(text.split(' ')[0]) === undefined
  )
}

/** Events per second in one of `text` (`/s`, `writes/min`, `rps`), or undefined. */
function rateFactor(text: string): number | undefined {
  if (perSecondWords.has(text.toLowerCase())) return 1
  const slash = text.split('/')
  if (slash.length !== 2) return undefined
  const [what, per] = slash
  if (what !== '' && (!isNoun(what, 3) || dataFactor(what) !== undefined)) return undefined
  const time = durationFactor(per)
  return time === undefined ? undefined : 1 / time
}

/**
 * Every reading of a unit text without a magnitude, best first (at most one per family). A plain word
 * counts as a count only when no other family knows it.
 */
export function resolveUnits(text: string): Unit[] {
  const normalized = normalizeUnitText(text)
  if (normalized === '') return []
  const found: Unit[] = []
  const add = (family: UnitFamily, factor: number | undefined) => {
    if (factor !== undefined) found.push({ text: normalized, family, factor })
  }
  if (/^(%|percent|pct)$/i.test(normalized)) add('ratio', 0.01)
  add('data', dataFactor(normalized))
  add('bandwidth', bandwidthFactor(normalized))
  add('duration', durationFactor(normalized))
  add('rate', rateFactor(normalized))
  if (found.length === 0 && isNoun(normalized, 3)) add('count', 1)
  return found
}

/** The unit an author wrote (`TB/year`, `writes/s`, `hosts`, `min`, `%`), or undefined when unknown. */
export function parseUnit(text: string): Unit | undefined {
  return resolveUnits(text)[0]
}

/** What a candidate typed, read in the family of the expected unit. */
export type ParsedQuantity =
  | {
      ok: true
      /** The number as the candidate meant it, in `unit` (magnitudes applied: "12k" → 12000). */
      value: number
      unit: Unit
      /** `value` in the family's base unit. */
      base: number
      /** Whether the candidate wrote a unit (otherwise the expected one was assumed). */
      explicitUnit: boolean
    }
  | { ok: false; error: string }

const numberPattern = /^[+-]?(?:(?:\d{1,3}(?:[,_]\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/

function hintFor(expected: Unit) {
  const { noun, examples } = familyDescriptions[expected.family]
  const bare = expected.family === 'count' ? '12k or 3.5 million' : '12k or 1.5'
  return `this answer is ${noun}: write a number of ${expected.text} (like ${bare}) or use ${examples}`
}

function splitMagnitude(rest: string): { factor: number; remainder: string } | undefined {
  const match = /^([A-Za-z]+)(?=$|[\s/])\s*(.*)$/.exec(rest)
  if (!match) return undefined
  const factor = magnitudeOf(match[1])
  return factor === undefined ? undefined : { factor, remainder: match[2] }
}

function parseCompoundDuration(text: string, expected: Unit): ParsedQuantity | undefined {
  if (!/^(?:\d+(?:\.\d+)?\s*[a-zµμ]+\s*,?\s*){2,}$/i.test(text)) return undefined
  let base = 0
  for (const part of text.matchAll(/(\d+(?:\.\d+)?)\s*([a-zµμ]+)/gi)) {
    const factor = durationFactor(part[2])
    if (factor === undefined) return undefined
    base += Number(part[1]) * factor
  }
  return { ok: true, value: base / expected.factor, unit: expected, base, explicitUnit: true }
}

/**
 * Reads a candidate's answer ("12k", "1.5 TB", "3e5", "8h 45m", "~2 million/day") in the family of
 * `expected`; an answer without a unit is in `expected`. Fails with a sentence for anything else.
 */
export function parseQuantity(input: string, expected: Unit): ParsedQuantity {
  const text = input
    .trim()
    .replace(/^(?:~|≈|about\s+|approx\.?\s+|approximately\s+|roughly\s+)/i, '')
    .trim()
  if (text === '') return { ok: false, error: `Enter a number: ${hintFor(expected)}.` }
  if (expected.family === 'duration') {
    const compound = parseCompoundDuration(text, expected)
    if (compound) return compound
  }
  const match = numberPattern.exec(text)
  if (!match)
    return {
      ok: false,
      error: `"${input.trim()}" does not start with a number; ${hintFor(expected)}.`,
    }
  let value = Number(match[0].replace(/[,_]/g, ''))
  let rest = text.slice(match[0].length).trim()
  const power = /^[x×*]\s*10\s*\^\s*([+-]?\d+)/.exec(rest)
  if (power) {
    value *= 10 ** Number(power[1])
    rest = rest.slice(power[0].length).trim()
  }
  if (!Number.isFinite(value))
    return { ok: false, error: `"${input.trim()}" is too large a number to work with.` }
  if (/^,\d/.test(rest))
    return {
      ok: false,
      error: `"${input.trim()}": write decimals with a dot (like 12.5) and use commas only between groups of three digits.`,
    }
  const ok = (amount: number, unit: Unit, explicitUnit: boolean): ParsedQuantity => ({
    ok: true,
    value: amount,
    unit,
    base: amount * unit.factor,
    explicitUnit,
  })
  if (rest === '') return ok(value, expected, false)

  const isDataLike = expected.family === 'data' || expected.family === 'bandwidth'
  if (isDataLike && /^[kmgtpe]$/i.test(rest))
    return {
      ok: false,
      error: `"${match[0]}${rest}" is ambiguous for ${familyDescriptions[expected.family].noun}: write the unit in full, like ${match[0]} ${rest.toUpperCase()}B${expected.family === 'bandwidth' ? '/s' : ''}, or a number of ${expected.text}.`,
    }

  const direct = resolveUnits(rest)
  const same = direct.find((unit) => unit.family === expected.family)
  if (same) return ok(value, same, true)
  const magnitude = splitMagnitude(rest)
  let scaledOther: Unit | undefined
  if (magnitude) {
    if (magnitude.remainder === '') return ok(value * magnitude.factor, expected, false)
    const inner = resolveUnits(magnitude.remainder)
    const match = inner.find((unit) => unit.family === expected.family)
    if (match) return ok(value * magnitude.factor, match, true)
    scaledOther = inner[0]
  }
  const other = direct[0] ?? scaledOther
  if (other)
    return {
      ok: false,
      error: `"${other.text}" is ${familyDescriptions[other.family].noun}, but ${hintFor(expected)}.`,
    }
  return { ok: false, error: `"${rest}" is not a unit I know; ${hintFor(expected)}.` }
}

/** `value` of `unit` in the family's base unit. */
export function toBase(value: number, unit: Unit) {
  return value * unit.factor
}

/** A base-unit amount expressed in `unit`. */
export function fromBase(base: number, unit: Unit) {
  return base / unit.factor
}

const largeNames: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
]

function trimZeros(text: string) {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

function groupThousands(text: string) {
  const [whole, fraction] = text.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/**
 * A number for a sentence, to `significant` digits: `11,600`, `1.6`, `4.2 million`, `3.1e15`, `0.0025`.
 */
export function formatNumber(value: number, significant = 3): string {
  if (value === 0) return '0'
  if (!Number.isFinite(value)) return String(value)
  const sign = value < 0 ? '-' : ''
  const size = Number(Math.abs(value).toPrecision(significant))
  if (size >= 1e15 || size < 1e-4) {
    const [mantissa, exponent] = size.toExponential(significant - 1).split('e')
    return `${sign}${trimZeros(mantissa)}e${exponent.replace('+', '')}`
  }
  for (const [scale, name] of largeNames) {
    if (size >= scale)
      return `${sign}${trimZeros(Number((size / scale).toPrecision(significant)).toString())} ${name}`
  }
  return sign + groupThousands(trimZeros(size.toString()))
}

/** `11,600 writes/s`, `1.6 TB/year`, `12,000/s`, `99.8%`. */
export function formatQuantity(value: number, unit: Unit | string, significant = 3) {
  const text = typeof unit === 'string' ? unit : unit.text
  const number = formatNumber(value, significant)
  return /^[/%]/.test(text) ? `${number}${text}` : `${number} ${text}`
}
