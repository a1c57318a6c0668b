// One related() query against the tables: the in-memory index's search (findSteps) runs on what this fetches at each
// step it asks for (see Need in search.ts), inside one REPEATABLE READ transaction, so that the document frequencies,
// the postings and the documents all come from one snapshot even while others write.
import type { PoolClient } from 'pg'
import { findSteps } from '../related/find.js'
import { checkQueryOptions, type RelatedOptions, type ResolvedOptions } from '../related/options.js'
import { preferenceOf } from '../related/preference.js'
import { assertTaggable, profileOf, type Taggable } from '../related/profile.js'
import { idfWeight, lambdaRoots } from '../related/score.js'
import { Scratch, type Need, type Query, type RelatedHit, type SearchStore } from '../related/search.js'
import { UNDATED } from '../related/time.js'
import { FetchedForward, FetchedPostings, FetchedTags } from './fetched.js'
import type { Tables } from './tables.js'
import { decodeVector } from './vector.js'

/** Per-store state reused by its queries: the search's buffers and an all-live marker per slot. */
export class QueryState {
  readonly scratch = new Scratch()
  alive: Uint8Array = new Uint8Array(0)

  /** Room for slots up to `slot`, all live (the tables hold live documents only). */
  grow(slot: number): void {
    if (this.alive.length > slot) return
    const start = this.alive.length
    this.alive = ensureOnes(this.alive, slot + 1, start)
  }
}

function ensureOnes(array: Uint8Array, length: number, start: number): Uint8Array {
  const grown = new Uint8Array(Math.max(length, 2 * array.length))
  grown.fill(1, start)
  grown.fill(1, 0, start)
  return grown
}

class QueryRun {
  readonly tags = new FetchedTags()
  readonly postings: FetchedPostings
  readonly forward = new FetchedForward()
  readonly published = new Map<number, number>()
  readonly ids: string[] = []
  readonly store: SearchStore
  #known = new Set<number>()

  constructor(
    readonly client: PoolClient,
    readonly t: Tables,
    readonly options: ResolvedOptions,
    readonly state: QueryState,
    live: number,
    readonly needsDocs: boolean,
  ) {
    this.postings = new FetchedPostings(options.postingCap)
    const shareable = options.expand > 0 && options.expansionNorm === 'shareable'
    this.store = { tags: this.tags.table, postings: this.postings, forward: this.forward, alive: state.alive, ids: this.ids, live, roots: lambdaRoots(options.weights), idf: idfWeight(options.idf), candidates: options.candidates, shareable }
  }

  /** Makes room for `slot` in the slot-indexed arrays. */
  see(slot: number): void {
    if (slot >= this.ids.length) this.ids.length = slot + 1
    this.state.grow(slot)
    this.store.alive = this.state.alive
  }

  /** Interns the tags with these keys or ids (rows come as one JSON text: far quicker to read than rows). */
  async internTags(where: 'key' | 'id', values: readonly (string | number)[]): Promise<void> {
    if (values.length === 0) return
    const result = await this.client.query<{ rows: string }>(
      `SELECT coalesce(json_agg(json_build_array(id, key, label, df)), '[]')::text AS rows FROM ${this.t.tags} WHERE ${where} = ANY($1::${where === 'key' ? 'text' : 'int4'}[])`,
      [values],
    )
    for (const [id, key, label, df] of JSON.parse(result.rows[0]!.rows) as Array<[number, string, string, number]>) this.tags.add(id, key, label, df)
  }

  async fulfil(need: Need): Promise<void> {
    if (need.kind === 'postings') await this.#postings(need.tags)
    else await this.#forward(need.slots)
  }

  async #postings(localTags: Int32Array): Promise<void> {
    const wanted = [...new Set(localTags)].filter((tag) => tag >= 0 && !this.postings.has(tag) && this.tags.table.df[tag]! > 0)
    if (wanted.length === 0) return
    const cap = Number.isFinite(this.postings.cap) ? this.postings.cap : null
    const result = await this.client.query<{ lists: string }>(
      `SELECT coalesce(json_agg(json_build_array(q.tag, l.slots, l.weights)), '[]')::text AS lists
       FROM unnest($1::int4[]) AS q(tag) CROSS JOIN LATERAL (
         SELECT array_agg(seq) AS slots, array_agg(weight) AS weights
         FROM (SELECT seq, weight FROM ${this.t.postings} WHERE tag = q.tag ORDER BY weight DESC, seq LIMIT $2) AS p) AS l
       WHERE l.slots IS NOT NULL`,
      [wanted.map((tag) => this.tags.global[tag]!), cap],
    )
    const rows = JSON.parse(result.rows[0]!.lists) as Array<[number, number[], number[]]>
    const lists = rows.map(([tag, slots, weights]) => ({ tag: this.tags.localOf(tag)!, slots: Int32Array.from(slots), weights: Uint16Array.from(weights) }))
    const fresh: number[] = []
    for (const list of lists) {
      for (const slot of list.slots) {
        this.see(slot)
        if (this.needsDocs && !this.#known.has(slot)) {
          this.#known.add(slot)
          fresh.push(slot)
        }
      }
    }
    this.postings.put(lists)
    // A filter or a time window judges every gathered document: their ids and times are fetched with the postings.
    if (fresh.length > 0) {
      const docs = await this.client.query<{ seq: number; id: string; published_at: number | null }>(`SELECT seq, id, published_at FROM ${this.t.docs} WHERE seq = ANY($1::int4[])`, [fresh])
      for (const row of docs.rows) this.#remember(row.seq, row.id, row.published_at)
    }
  }

  #remember(slot: number, id: string, publishedAt: number | null): void {
    this.see(slot)
    this.ids[slot] = id
    this.published.set(slot, publishedAt ?? UNDATED)
  }

  async #forward(slots: Int32Array): Promise<void> {
    const wanted = Array.from(slots).filter((slot) => !this.forward.has(slot))
    if (wanted.length === 0) return
    const docs = await this.client.query<{ seq: number; id: string; published_at: number | null; vec: Buffer }>(`SELECT seq, id, published_at, vec FROM ${this.t.docs} WHERE seq = ANY($1::int4[])`, [wanted])
    await this.storeDocs(docs.rows)
  }

  /** Interns the documents' tags and keeps their stored entries by slot. */
  async storeDocs(rows: ReadonlyArray<{ seq: number; id: string; published_at: number | null; vec: Buffer }>): Promise<void> {
    const vectors = rows.map((row) => ({ row, ...decodeVector(row.vec) }))
    const unknown = new Set<number>()
    for (const { tags } of vectors) for (const id of tags) if (this.tags.localOf(id) === undefined) unknown.add(id)
    await this.internTags('id', [...unknown])
    for (const { row, tags, weights } of vectors) {
      this.#remember(row.seq, row.id, row.published_at)
      this.forward.set(row.seq, Int32Array.from(tags, (id) => this.tags.localOf(id)!), weights)
    }
  }
}

export interface QueryInput {
  client: PoolClient
  tables: Tables
  options: ResolvedOptions
  state: QueryState
}

export async function queryRelated(input: QueryInput, idOrDoc: string | Taggable, options: RelatedOptions): Promise<RelatedHit[]> {
  const checked = checkQueryOptions(options, 'RelatedStore.related')
  const { client, tables: t } = input
  if (typeof idOrDoc !== 'string') assertTaggable(idOrDoc, 'RelatedStore.related: idOrDoc')
  const live = await client.query<{ value: string }>(`SELECT value FROM ${t.meta} WHERE key = 'live'`)
  const needsDocs = checked.filter !== undefined || !Number.isNaN(checked.from) || !Number.isNaN(checked.to)
  const run = new QueryRun(client, t, input.options, input.state, Number(live.rows[0]!.value), needsDocs)
  const excluded = new Set<number>()
  const self = new Set<number>()
  if (checked.exclude.length > 0) {
    const rows = await client.query<{ seq: number }>(`SELECT seq FROM ${t.docs} WHERE id = ANY($1::text[])`, [checked.exclude])
    for (const row of rows.rows) excluded.add(row.seq)
  }
  let query: Query
  let queryTime = checked.publishedAt
  if (typeof idOrDoc === 'string') {
    const rows = await client.query<{ seq: number; id: string; published_at: number | null; vec: Buffer }>(`SELECT seq, id, published_at, vec FROM ${t.docs} WHERE id = $1`, [idOrDoc])
    const row = rows.rows[0]
    if (row === undefined) throw new RangeError(`RelatedStore.related: no document with id ${JSON.stringify(idOrDoc)}`)
    await run.storeDocs([row])
    self.add(row.seq)
    excluded.add(row.seq)
    queryTime = row.published_at ?? UNDATED
    const { tags, weights, end } = run.forward.entries(row.seq)
    const table = run.tags.table
    query = { tags, keys: Array.from(tags, (tag) => table.keys[tag]!), channels: Uint8Array.from(tags, (tag) => table.channels[tag]!), weights: weights.slice(0, end), labels: Array.from(tags, (tag) => table.labels[tag]!) }
  } else {
    const profile = profileOf(idOrDoc)
    await run.internTags('key', profile.keys)
    query = { tags: Int32Array.from(profile.keys, (key) => run.tags.table.idOf(key)), keys: profile.keys, channels: profile.channels, weights: profile.weights, labels: profile.labels }
  }
  for (const slot of excluded) run.see(slot)
  const preference = preferenceOf(checked, queryTime, (slot) => run.published.get(slot) ?? UNDATED, (slot) => run.ids[slot]!)
  const steps = findSteps(run.store, query, { limit: checked.limit, excluded, self, expand: input.options.expand, preference, minScore: checked.minScore }, input.state.scratch)
  for (;;) {
    const step = steps.next()
    if (step.done === true) return step.value
    await run.fulfil(step.value)
  }
}
