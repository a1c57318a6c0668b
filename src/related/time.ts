// Publication time: what callers may pass (a Date, an ISO 8601 string, epoch milliseconds), read to epoch ms, and the
// preference for articles published near the query's time. Reports of one event appear within days of each other;
// the same topic a week, a quarter or a year apart is another story (the previous strike, last year's budget).
import { describe } from '../shared/describe.js'

export type DateInput = Date | string | number

/** No publication time: stored as NaN. */
export const UNDATED = Number.NaN

const DAY_MS = 86_400_000

/** Epoch ms of a date input; undefined stays UNDATED; anything else that is not a valid time is a TypeError naming `name`. */
export function toEpochMs(value: unknown, name: string): number {
  if (value === undefined) return UNDATED
  let ms = Number.NaN
  if (value instanceof Date) ms = value.getTime()
  else if (typeof value === 'number') ms = value
  else if (typeof value === 'string') ms = Date.parse(value)
  if (!Number.isFinite(ms)) {
    throw new TypeError(`${name} must be a valid Date, an ISO 8601 date string or epoch milliseconds, got ${typeof value === 'string' ? JSON.stringify(value) : describe(value)}`)
  }
  return ms
}

/**
 * How much a document published `other` counts for a query published `query` (both epoch ms or UNDATED): 2^(−Δdays /
 * halfLifeDays). Without a query time every document counts fully; an undated document counts as one half-life away,
 * so that it neither beats a same-day report nor loses to last year's.
 */
export function recencyFactor(query: number, other: number, halfLifeDays: number): number {
  if (Number.isNaN(query)) return 1
  if (Number.isNaN(other)) return 0.5
  return 2 ** (-Math.abs(query - other) / (DAY_MS * halfLifeDays))
}
