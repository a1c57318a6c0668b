// A query's filter, time window and time preference as per-slot functions, over however a store keeps its
// documents' ids and publication times (the index in arrays, a database-backed store in what it fetched).
import type { QueryOptions } from './options.js'
import type { Preference } from './search.js'
import { recencyFactor } from './time.js'

export function preferenceOf(options: QueryOptions, queryTime: number, publishedOf: (slot: number) => number, idOf: (slot: number) => string): Preference {
  const { filter, from, to, halfLifeDays } = options
  const windowed = !Number.isNaN(from) || !Number.isNaN(to)
  const inWindow = (slot: number) => {
    const ms = publishedOf(slot)
    return !Number.isNaN(ms) && !(ms < from) && !(ms > to)
  }
  const admit = filter === undefined ? (windowed ? inWindow : undefined) : (slot: number) => (!windowed || inWindow(slot)) && filter(idOf(slot)) === true
  const factor = halfLifeDays > 0 && !Number.isNaN(queryTime) ? (slot: number) => recencyFactor(queryTime, publishedOf(slot), halfLifeDays) : undefined
  return { admit, factor }
}
