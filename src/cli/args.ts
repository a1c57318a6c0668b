import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.js'

export interface TagArgs {
  file: string | undefined
  title: string | undefined
  pretty: boolean
  text: boolean
  sentences: boolean
  jsonl: boolean
  /** --jsonl only: worker threads (undefined: one per core). */
  workers: number | undefined
  /** --jsonl only: where failed records go (default standard error). */
  errors: string | undefined
  /** --jsonl only: progress on standard error (undefined: when it is a terminal). */
  progress: boolean | undefined
}

export interface RelatedArgs {
  /** Tagged JSONL or a binary index; or pg. */
  index?: string
  /** A PostgreSQL URL: query the store there (schlagwort/postgres) instead of an index file. */
  pg?: string
  /** The store's table with --pg. */
  table?: string
  target: string
  limit: number
  pretty: boolean
  minScore?: number
  /** false: no time preference; else its half-life. */
  recency?: false | { halfLifeDays: number }
  from?: string
  to?: string
  publishedAt?: string
}

type Options = NonNullable<ParseArgsConfig['options']>

/** node:util parseArgs, strict; its errors as UsageErrors of their first sentence (the rest is advice on `--`). */
function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError((error as Error).message.split(/\.\s/)[0]!.replace(/\.$/, ''))
  }
}

const TAG_OPTIONS = {
  title: { type: 'string' },
  pretty: { type: 'boolean' },
  text: { type: 'boolean' },
  sentences: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  workers: { type: 'string' },
  errors: { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
} as const satisfies Options

function integerArg(raw: string, name: string): number {
  const n = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) throw new UsageError(`${name} must be a non-negative integer, got ${raw}`)
  return n
}

export function parseTagArgs(args: string[]): TagArgs {
  const { values, positionals } = parse(args, TAG_OPTIONS)
  if (positionals.length > 1) throw new UsageError(`one FILE only, got also ${positionals[1]}`)
  const jsonl = values.jsonl === true
  if (jsonl && values.pretty) throw new UsageError('--pretty cannot be used with --jsonl (one record per line)')
  if (jsonl && values.title !== undefined) throw new UsageError('--title cannot be used with --jsonl (each line has its own title)')
  for (const name of ['workers', 'errors', 'progress', 'no-progress'] as const) {
    if (!jsonl && values[name] !== undefined) throw new UsageError(`--${name} needs --jsonl`)
  }
  if (values.progress && values['no-progress']) throw new UsageError('--progress and --no-progress exclude each other')
  return {
    file: positionals[0],
    title: values.title,
    pretty: values.pretty === true,
    text: values.text === true,
    sentences: values.sentences === true,
    jsonl,
    workers: values.workers === undefined ? undefined : integerArg(values.workers, '--workers'),
    errors: values.errors,
    progress: values.progress ? true : values['no-progress'] ? false : undefined,
  }
}

const RELATED_OPTIONS = {
  index: { type: 'string' },
  pg: { type: 'string' },
  table: { type: 'string' },
  for: { type: 'string' },
  limit: { type: 'string' },
  pretty: { type: 'boolean' },
  'min-score': { type: 'string' },
  'half-life': { type: 'string' },
  'no-recency': { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  'published-at': { type: 'string' },
} as const satisfies Options

function numberArg(raw: string, name: string, ok: (n: number) => boolean): number {
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(n) || !ok(n)) throw new UsageError(`${name} got ${raw}`)
  return n
}

function dateArg(raw: string, name: string): string {
  if (!Number.isFinite(Date.parse(raw))) throw new UsageError(`${name} must be an ISO 8601 date, got ${raw}`)
  return raw
}

export function parseRelatedArgs(args: string[]): RelatedArgs {
  const { values, positionals } = parse(args, RELATED_OPTIONS)
  if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`)
  if ((values.index === undefined) === (values.pg === undefined)) throw new UsageError('related needs --index FILE (tagged JSONL from `schlagwort tag --jsonl`) or --pg URL (a store filled by `schlagwort index --pg`), one of them')
  if (values.table !== undefined && values.pg === undefined) throw new UsageError('--table goes with --pg')
  if (values.for === undefined) throw new UsageError('related needs --for ID_OR_FILE')
  if (values['half-life'] !== undefined && values['no-recency']) throw new UsageError('--half-life and --no-recency exclude each other')
  const options: Pick<RelatedArgs, 'minScore' | 'recency' | 'from' | 'to' | 'publishedAt'> = {}
  if (values['min-score'] !== undefined) options.minScore = numberArg(values['min-score'], '--min-score must be a number,', () => true)
  if (values['half-life'] !== undefined) options.recency = { halfLifeDays: numberArg(values['half-life'], '--half-life must be a positive number of days,', (n) => n > 0) }
  if (values['no-recency']) options.recency = false
  if (values.from !== undefined) options.from = dateArg(values.from, '--from')
  if (values.to !== undefined) options.to = dateArg(values.to, '--to')
  if (values['published-at'] !== undefined) options.publishedAt = dateArg(values['published-at'], '--published-at')
  const limit = values.limit === undefined ? 10 : integerArg(values.limit, '--limit')
  const source = values.pg === undefined ? { index: values.index! } : { pg: values.pg, ...(values.table === undefined ? {} : { table: values.table }) }
  return { ...source, target: values.for, limit, pretty: values.pretty === true, ...options }
}

export interface IndexArgs {
  /** Tagged JSONL; undefined or - for standard input. */
  file: string | undefined
  /** The binary index file; undefined for standard output. */
  out: string | undefined
  /** A PostgreSQL URL: add the records to the store there instead of writing an index. */
  pg?: string
  /** The store's table with --pg. */
  table?: string
  /** --pg only: progress on standard error (undefined: when it is a terminal). */
  progress?: boolean
}

const INDEX_OPTIONS = {
  out: { type: 'string' },
  pg: { type: 'string' },
  table: { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
} as const satisfies Options

export function parseIndexArgs(args: string[]): IndexArgs {
  const { values, positionals } = parse(args, INDEX_OPTIONS)
  if (positionals.length > 1) throw new UsageError(`one FILE only, got also ${positionals[1]}`)
  if (values.pg !== undefined && values.out !== undefined) throw new UsageError('--out and --pg exclude each other')
  if (values.pg === undefined && (values.table !== undefined || values.progress !== undefined || values['no-progress'] !== undefined)) throw new UsageError('--table and --progress go with --pg')
  if (values.pg === undefined) return { file: positionals[0], out: values.out }
  const progress = values.progress ? true : values['no-progress'] ? false : undefined
  return { file: positionals[0], out: undefined, pg: values.pg, ...(values.table === undefined ? {} : { table: values.table }), ...(progress === undefined ? {} : { progress }) }
}
