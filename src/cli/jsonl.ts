import { Buffer } from 'node:buffer'
import { TextDecoder } from 'node:util'
import { toEpochMs } from '../related/time.js'

export interface JsonLine {
  /** 1-based line number in the input. */
  number: number
  /**
   * The parsed value, or undefined when the line is not JSON (then `error` says why). A line that is not valid UTF-8
   * has `error` and, to name the record, the value parsed with U+FFFD for the bad bytes, when that is JSON.
   */
  value: unknown
  error?: string
  /** Bytes of the input read up to the end of this line. */
  end: number
}

const NEWLINE = 0x0a
const RETURN = 0x0d
const BOM = Buffer.from([0xef, 0xbb, 0xbf])

function joined(parts: Buffer[]): Buffer {
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts)
}

/**
 * The lines of a byte stream as bytes, split at \n by hand: a line is decoded only once it is whole, so that invalid
 * UTF-8 is found per line and no decoder replaces it unseen. A last line without \n is a line too. A long line is kept
 * as its chunks until its end, so its length costs no copying per chunk.
 */
async function* byteLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<{ bytes: Buffer; end: number }> {
  let parts: Buffer[] = []
  let read = 0
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    let from = 0
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, from)) {
      parts.push(bytes.subarray(from, at))
      yield { bytes: joined(parts), end: read + at + 1 }
      parts = []
      from = at + 1
    }
    if (from < bytes.length) parts.push(bytes.subarray(from))
    read += bytes.length
  }
  if (parts.length > 0) yield { bytes: joined(parts), end: read }
}

/** The line's text: a \r before the \n dropped (CRLF files), a byte-order mark dropped from the first line. */
function decodeLine(bytes: Buffer, first: boolean, decoder: TextDecoder): string {
  let start = first && bytes.subarray(0, 3).equals(BOM) ? 3 : 0
  let end = bytes.length > start && bytes[bytes.length - 1] === RETURN ? bytes.length - 1 : bytes.length
  if (start > end) start = end
  return decoder.decode(bytes.subarray(start, end))
}

function lossyJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    return undefined
  }
}

/** The non-blank lines of a JSONL stream (UTF-8 bytes), parsed one at a time (the input is never held whole). */
export async function* readJsonLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<JsonLine> {
  // fatal: invalid UTF-8 is that line's error; ignoreBOM: the mark is dropped by hand, from the first line only.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  let number = 0
  for await (const { bytes, end } of byteLines(input)) {
    number++
    let line: string
    try {
      line = decodeLine(bytes, number === 1, decoder)
    } catch {
      yield { number, value: lossyJson(bytes), error: 'not valid UTF-8', end }
      continue
    }
    if (line.trim() === '') continue
    try {
      yield { number, value: JSON.parse(line), end }
    } catch (error) {
      yield { number, value: undefined, error: `not JSON (${(error as Error).message})`, end }
    }
  }
}

/** The record's `id` as written (a string or a finite number), or null when it has none. */
export function givenId(record: unknown): string | number | null {
  if (!isRecord(record)) return null
  const id = record.id
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : null
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
