import { UsageError } from './io.js'

export interface TagArgs {
  file: string | undefined
  title: string | undefined
  pretty: boolean
  text: boolean
  sentences: boolean
  jsonl: boolean
}

export interface RelatedArgs {
  index: string
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

function value(args: string[], i: number, name: string): string {
  const next = args[i]
  if (next === undefined) throw new UsageError(`${name} needs a value`)
  return next
}

export function parseTagArgs(args: string[]): TagArgs {
  const parsed: TagArgs = { file: undefined, title: undefined, pretty: false, text: false, sentences: false, jsonl: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--pretty') parsed.pretty = true
    else if (arg === '--text') parsed.text = true
    else if (arg === '--sentences') parsed.sentences = true
    else if (arg === '--jsonl') parsed.jsonl = true
    else if (arg === '--title') parsed.title = value(args, ++i, '--title')
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`)
    else if (parsed.file !== undefined) throw new UsageError(`one FILE only, got also ${arg}`)
    else parsed.file = arg
  }
  if (parsed.jsonl && parsed.pretty) throw new UsageError('--pretty cannot be used with --jsonl (one record per line)')
  if (parsed.jsonl && parsed.title !== undefined) throw new UsageError('--title cannot be used with --jsonl (each line has its own title)')
  return parsed
}

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
  let index: string | undefined
  let target: string | undefined
  let limit = 10
  let pretty = false
  const options: Pick<RelatedArgs, 'minScore' | 'recency' | 'from' | 'to' | 'publishedAt'> = {}
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--index') index = value(args, ++i, '--index')
    else if (arg === '--for') target = value(args, ++i, '--for')
    else if (arg === '--pretty') pretty = true
    else if (arg === '--limit') {
      const raw = value(args, ++i, '--limit')
      limit = Number(raw)
      if (!/^\d+$/.test(raw) || !Number.isSafeInteger(limit)) throw new UsageError(`--limit must be a non-negative integer, got ${raw}`)
    } else if (arg === '--min-score') options.minScore = numberArg(value(args, ++i, arg), '--min-score must be a number,', () => true)
    else if (arg === '--half-life') options.recency = { halfLifeDays: numberArg(value(args, ++i, arg), '--half-life must be a positive number of days,', (n) => n > 0) }
    else if (arg === '--no-recency') options.recency = false
    else if (arg === '--from') options.from = dateArg(value(args, ++i, arg), arg)
    else if (arg === '--to') options.to = dateArg(value(args, ++i, arg), arg)
    else if (arg === '--published-at') options.publishedAt = dateArg(value(args, ++i, arg), arg)
    else throw new UsageError(arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`)
  }
  if (index === undefined) throw new UsageError('related needs --index FILE (tagged JSONL from `schlagwort tag --jsonl`)')
  if (target === undefined) throw new UsageError('related needs --for ID_OR_FILE')
  return { index, target, limit, pretty, ...options }
}

export interface IndexArgs {
  /** Tagged JSONL; undefined or - for standard input. */
  file: string | undefined
  /** The binary index file; undefined for standard output. */
  out: string | undefined
}

export function parseIndexArgs(args: string[]): IndexArgs {
  const parsed: IndexArgs = { file: undefined, out: undefined }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--out') parsed.out = value(args, ++i, '--out')
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`)
    else if (parsed.file !== undefined) throw new UsageError(`one FILE only, got also ${arg}`)
    else parsed.file = arg
  }
  return parsed
}
