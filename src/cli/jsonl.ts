import { createInterface } from 'node:readline'
import { toEpochMs } from '../related/time.js'

export interface JsonLine {
  /** 1-based line number in the input. */
  number: number
  /** The parsed value, or undefined when the line is not JSON (then `error` says why). */
  value: unknown
  error?: string
}

/** The non-blank lines of a JSONL stream, parsed one at a time (the input is never held whole). */
export async function* readJsonLines(input: NodeJS.ReadableStream): AsyncGenerator<JsonLine> {
  const lines = createInterface({ input, crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    try {
      yield { number, value: JSON.parse(line) }
    } catch (error) {
      yield { number, value: undefined, error: `not JSON (${(error as Error).message})` }
    }
  }
}

/** The record's `id` as a string (ids may be written as strings or numbers), or undefined when it has none. */
export function recordId(record: Record<string, unknown>): string | undefined {
  const id = record.id
  if (typeof id === 'string') return id
  if (typeof id === 'number' && Number.isFinite(id)) return String(id)
  return undefined
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Why a record's `publishedAt` (optional: an ISO 8601 string or epoch ms) cannot be read, or undefined when it can. */
export function publishedAtProblem(value: unknown): string | undefined {
  if (value === undefined) return undefined
  try {
    toEpochMs(value instanceof Date ? Number.NaN : value, 'publishedAt')
    return undefined
  } catch {
    return 'publishedAt must be an ISO 8601 date string or epoch milliseconds'
  }
}
