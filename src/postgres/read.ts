// One related() query against the tables: the in-memory index's search (findSteps) runs on what this fetches at each
// step it asks for (see Need in search.ts), inside one REPEATABLE READ transaction, so that the document frequencies,
// the postings and the documents all come from one snapshot even while others write. Where there are many rows they
// come as one value: posting lists, tag counts and the candidates' rows as byte strings, tags with their texts as one
// JSON text; either is far quicker to read than rows. The statements are prepared once per connection (prepared()).
import type { PoolClient, QueryResult, QueryResultRow } from 'pg'
import { findSteps } from '../related/find.js'
import { checkQueryOptions, type RelatedOptions, type ResolvedOptions } from '../related/options.js'
import { preferenceOf } from '../related/preference.js'
import { assertTaggable, channelOfCode, profileOf, type Taggable } from '../related/profile.js'
import { idfWeight, lambdaRoots } from '../related/score.js'
import { Scratch, type Need, type Query, type RelatedHit, type SearchStore } from '../related/search.js'
import { UNDATED } from '../related/time.js'
import { StoreCache, SWEPT_TAGS, type CachedDoc, type Generation } from './cache.js'
import { FetchedForward } from './fetched.js'
import type { Tables } from './tables.js'
import { decodeInt8Array, int4Array, textArray } from './arrays.js'
import { decodeVector } from './vector.js'

/** Tag ids per slice when a generation reads the counts of all tags (see fetchCounts). */
const SWEEP = 8192

/** Per-store state reused by its queries: the search's buffers, an all-live marker per slot, the caches. */
export class QueryState {
  readonly scratch = new Scratch()
  readonly cache: StoreCache
  alive: Uint8Array = new Uint8Array(0)

  constructor(cap: number) {
    this.cache = new StoreCache(cap)
  }

  /** Room for slots up to `slot`, all live (the tables hold live documents only). */
  grow(slot: number): void {
    if (this.alive.length > slot) return
    this.alive = new Uint8Array(Math.max(slot + 1, 2 * this.alive.length)).fill(1)
  }
}

/**
 * Runs one of a query's statements as a prepared statement of the connection, named after the store's tables and the
 * statement (3 + 48 + 1 + up to 11 characters: within PostgreSQL's 63 for a name): the server parses and plans it
 * once per connection, not on every call.
 */
function prepared<R extends QueryResultRow>(client: PoolClient, t: Tables, name: string, text: string, values: unknown[]): Promise<QueryResult<R>> {
  return client.query<R>({ name: `sw.${t.name}.${name}`, text, values })
}

/** A posting list as fetched (see #postings): int8s of slot << 16 | weight. */
function decodePostings(bytes: Buffer): { slots: Int32Array; weights: Uint16Array } {
  const { high, low } = decodeInt8Array(bytes)
  const slots = new Int32Array(high.length)
  const weights = new Uint16Array(high.length)
  for (let k = 0; k < high.length; k++) {
    slots[k] = high[k]! * 0x10000 + (low[k]! >>> 16)
    weights[k] = low[k]! & 0xffff
  }
  return { slots, weights }
}

/** The meta table's live count and generation (bigint, as text). */
interface MetaRow {
  live: string
  generation: string
}

interface DocRow {
  seq: number
  id: string
  published_at: number | null
  vec: Buffer
}

class QueryRun {
  readonly forward = new FetchedForward()
  readonly published = new Map<number, number>()
  /** Ids of the fetched documents by slot, and room for every slot seen (no array of that length: slots run into millions). */
  readonly ids: { length: number; [slot: number]: string } = { length: 0 }
  readonly store: SearchStore
  readonly #known = new Set<number>()

  constructor(
    readonly client: PoolClient,
    readonly t: Tables,
    readonly state: QueryState,
    readonly generation: Generation,
    options: ResolvedOptions,
    live: number,
    readonly needsDocs: boolean,
  ) {
    const shareable = options.expand > 0 && options.expansionNorm === 'shareable'
    this.store = { tags: generation.tags, postings: generation.postings, forward: this.forward, alive: state.alive, ids: this.ids, live, roots: lambdaRoots(options.weights), idf: idfWeight(options.idf), candidates: options.candidates, shareable }
  }

  /** Makes room for `slot` in the slot-indexed arrays. */
  see(slot: number): void {
    if (slot >= this.ids.length) this.ids.length = slot + 1
    this.state.grow(slot)
    this.store.alive = this.state.alive
  }

  /** Fetches the tags with these keys or ids whose keys and labels this generation does not hold yet. */
  async fetchTags(where: 'key' | 'id', values: ReadonlyArray<string | number>): Promise<void> {
    const tags = this.generation.tags
    const missing = where === 'key' ? values : values.filter((id) => !tags.hasKey(id as number))
    if (missing.length === 0) return
    const result = await prepared<{ rows: string }>(
      this.client,
      this.t,
      `tags-${where}`,
      `SELECT coalesce(json_agg(json_build_array(id, key, label, df)), '[]')::text AS rows FROM ${this.t.tags} WHERE ${where} = ANY($1::${where === 'key' ? 'text' : 'int4'}[])`,
      [where === 'key' ? textArray(missing as string[]) : int4Array(missing as number[])],
    )
    for (const [id, key, label, df] of JSON.parse(result.rows[0]!.rows) as Array<[number, string, string, number]>) tags.set(id, key, label, df)
  }

  /**
   * Fetches the document frequencies and channels of the tags with these ids that this generation does not hold: 12
   * bytes a tag (id, df, the key's first character), not its key and label. A lookup by id costs the server several
   * times what a tag costs in a range of ids, and a query's candidates bring hundreds of tags not seen before: once
   * this generation's lookups add up to an eighth of the tags (by the highest id seen), each call also reads the next
   * SWEEP ids' counts, until all are held (up to SWEPT_TAGS), and later queries of the generation look none up. In
   * slices, so that no one query waits for the whole table.
   */
  async fetchCounts(ids: ReadonlySet<number>): Promise<void> {
    const tags = this.generation.tags
    const from = tags.swept
    const to = from < Math.min(tags.count, SWEPT_TAGS) && 8 * tags.lookups >= tags.count ? Math.min(from + SWEEP, SWEPT_TAGS) : from
    const missing: number[] = []
    for (const id of ids) if (!tags.has(id) && !(id > from && id <= to)) missing.push(id)
    if (missing.length === 0 && to === from) return
    tags.lookups += missing.length
    const result = await prepared<{ counts: string | null }>(
      this.client,
      this.t,
      'counts',
      `SELECT encode(string_agg(int4send(id) || int4send(df) || int4send(ascii(key)), ''::bytea), 'base64') AS counts
       FROM (SELECT id, df, key FROM ${this.t.tags} WHERE id = ANY($1::int4[]) UNION ALL SELECT id, df, key FROM ${this.t.tags} WHERE id > $2 AND id <= $3) AS t`,
      [int4Array(missing), from, to],
    )
    tags.swept = to
    const bytes = Buffer.from(result.rows[0]!.counts ?? '', 'base64')
    for (let at = 0; at < bytes.length; at += 12) tags.setCounts(bytes.readInt32BE(at), bytes.readInt32BE(at + 4), channelOfCode(bytes.readInt32BE(at + 8)))
  }

  async fulfil(need: Need): Promise<void> {
    if (need.kind === 'postings') await this.#postings(need.tags)
    else if (need.kind === 'forward') await this.#forward(need.slots)
    else await this.#keys(need.slots)
  }

  /** The keys and labels of these fetched documents' tags. */
  async #keys(slots: Int32Array): Promise<void> {
    const ids = new Set<number>()
    for (const slot of slots) for (const id of this.forward.entries(slot).tags) ids.add(id)
    await this.fetchTags('id', [...ids])
  }

  async #postings(queryTags: Int32Array): Promise<void> {
    const { tags, postings } = this.generation
    const missing = [...new Set(queryTags)].filter((tag) => tag >= 0 && !postings.has(tag) && tags.df[tag]! > 0)
    if (missing.length > 0) {
      const cap = Number.isFinite(postings.cap) ? postings.cap : null
      // Each list as one int8[] of slot << 16 | weight (weights are 16-bit), best first, in the binary array format
      // and base64: an int8 per posting costs the server far less than a byte string built from two, and base64
      // is smaller than bytea's hex. ARRAY(subquery) keeps the index's order as it reads it; array_agg(… ORDER BY)
      // would sort every list again.
      const result = await prepared<{ tag: number; pairs: string }>(
        this.client,
        this.t,
        'postings',
        `SELECT q.tag, encode(array_send(ARRAY(SELECT p.seq::int8 << 16 | p.weight FROM ${this.t.postings} AS p WHERE p.tag = q.tag ORDER BY p.weight DESC, p.seq LIMIT $2)), 'base64') AS pairs
         FROM unnest($1::int4[]) AS q(tag)`,
        [int4Array(missing), cap],
      )
      for (const { tag, pairs } of result.rows) {
        if (postings.has(tag)) continue
        const { slots, weights } = decodePostings(Buffer.from(pairs, 'base64'))
        // A tag with no postings (a document frequency from before a load) stays unfetched: a later query asks again.
        if (slots.length > 0) postings.put(tag, slots, weights)
      }
    }
    const fresh: number[] = []
    for (const tag of queryTags) {
      if (tag < 0 || !postings.has(tag) || postings.length[tag] === 0) continue
      for (const slot of postings.list(tag).slots) {
        this.see(slot)
        if (!this.needsDocs || this.#known.has(slot)) continue
        this.#known.add(slot)
        const doc = this.state.cache.doc(slot)
        if (doc === undefined) fresh.push(slot)
        else this.#remember(slot, doc.id, doc.publishedAt)
      }
    }
    // A filter or a time window judges every gathered document: their ids and times are fetched with the postings.
    if (fresh.length > 0) {
      const docs = await prepared<{ seq: number; id: string; published_at: number | null }>(this.client, this.t, 'times', `SELECT seq, id, published_at FROM ${this.t.docs} WHERE seq = ANY($1::int4[])`, [int4Array(fresh)])
      for (const row of docs.rows) this.#remember(row.seq, row.id, row.published_at ?? UNDATED)
    }
  }

  #remember(slot: number, id: string, publishedAt: number): void {
    this.see(slot)
    this.ids[slot] = id
    this.published.set(slot, publishedAt)
  }

  async #forward(slots: Int32Array): Promise<void> {
    const docs: Array<[number, CachedDoc]> = []
    const missing: number[] = []
    for (const slot of slots) {
      if (this.forward.has(slot)) continue
      const doc = this.state.cache.doc(slot)
      if (doc === undefined) missing.push(slot)
      else docs.push([slot, doc])
    }
    if (missing.length > 0) {
      // The rows as one base64 byte string, not a row each (a row costs the driver an object and a Buffer): records of
      // seq (int4), published_at (float8, NaN for NULL), the id's length and UTF-8 bytes, vec's length and bytes.
      const result = await prepared<{ records: string | null }>(
        this.client,
        this.t,
        'docs',
        `SELECT encode(string_agg(int4send(seq) || float8send(coalesce(published_at, 'NaN')) || int4send(octet_length(id)) || convert_to(id, 'UTF8') || int4send(length(vec)) || vec, ''::bytea), 'base64') AS records
         FROM ${this.t.docs} WHERE seq = ANY($1::int4[])`,
        [int4Array(missing)],
      )
      const records = result.rows[0]!.records
      const bytes = Buffer.from(records ?? '', 'base64')
      for (let at = 0; at < bytes.length; ) {
        const seq = bytes.readInt32BE(at)
        const publishedAt = bytes.readDoubleBE(at + 4)
        const idEnd = at + 16 + bytes.readInt32BE(at + 12)
        const id = bytes.toString('utf8', at + 16, idEnd)
        const vecEnd = idEnd + 4 + bytes.readInt32BE(idEnd)
        docs.push(this.docOf(seq, id, publishedAt, bytes.subarray(idEnd + 4, vecEnd)))
        at = vecEnd
      }
    }
    await this.storeDocs(docs, false)
  }

  /** A fetched document as the cache keeps it (publishedAt NaN when undated). */
  docOf(seq: number, id: string, publishedAt: number, vec: Buffer): [number, CachedDoc] {
    const doc = { id, publishedAt, ...decodeVector(vec) }
    this.state.cache.putDoc(seq, doc)
    return [seq, doc]
  }

  /**
   * Fetches what this generation lacks of the documents' tags (with `keys`, their keys and labels too, as a query's
   * own tags need; else their counts) and keeps their stored entries by slot.
   */
  async storeDocs(docs: ReadonlyArray<[number, CachedDoc]>, keys: boolean): Promise<void> {
    const tags = this.generation.tags
    const unknown = new Set<number>()
    for (const [, doc] of docs) for (const id of doc.tags) if (!(keys ? tags.hasKey(id) : tags.has(id))) unknown.add(id)
    if (keys) await this.fetchTags('id', [...unknown])
    else await this.fetchCounts(unknown)
    for (const [slot, { id, publishedAt, tags: ids, weights }] of docs) {
      this.#remember(slot, id, publishedAt)
      this.forward.set(slot, ids, weights)
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
  // The live count and generation come with the query document's row: one round trip fewer than each on its own.
  const meta = `SELECT max(value) FILTER (WHERE key = 'live') AS live, max(value) FILTER (WHERE key = 'generation') AS generation FROM ${t.meta}`
  const first = typeof idOrDoc === 'string'
    ? await prepared<MetaRow & Partial<DocRow>>(client, t, 'doc', `SELECT m.live, m.generation, d.seq, d.id, d.published_at, d.vec FROM (${meta}) AS m LEFT JOIN ${t.docs} AS d ON d.id = $1`, [idOrDoc])
    : await prepared<MetaRow & Partial<DocRow>>(client, t, 'meta', meta, [])
  const { live, generation: current, ...row } = first.rows[0]!
  const generation = input.state.cache.generation(BigInt(current))
  const needsDocs = checked.filter !== undefined || !Number.isNaN(checked.from) || !Number.isNaN(checked.to)
  const run = new QueryRun(client, t, input.state, generation, input.options, Number(live), needsDocs)
  const excluded = new Set<number>()
  const self = new Set<number>()
  if (checked.exclude.length > 0) {
    const rows = await prepared<{ seq: number }>(client, t, 'exclude', `SELECT seq FROM ${t.docs} WHERE id = ANY($1::text[])`, [textArray(checked.exclude)])
    for (const row of rows.rows) excluded.add(row.seq)
  }
  let query: Query
  let queryTime = checked.publishedAt
  const table = generation.tags
  if (typeof idOrDoc === 'string') {
    // No such document: the joined columns are NULL.
    if (typeof row.seq !== 'number') throw new RangeError(`RelatedStore.related: no document with id ${JSON.stringify(idOrDoc)}`)
    const doc = row as DocRow
    await run.storeDocs([run.docOf(doc.seq, doc.id, doc.published_at ?? UNDATED, doc.vec)], true)
    self.add(doc.seq)
    excluded.add(doc.seq)
    queryTime = doc.published_at ?? UNDATED
    const { tags, weights } = run.forward.entries(doc.seq)
    query = { tags, keys: Array.from(tags, (tag) => table.keys[tag]!), channels: Uint8Array.from(tags, (tag) => table.channels[tag]!), weights, labels: Array.from(tags, (tag) => table.labels[tag]!) }
  } else {
    const profile = profileOf(idOrDoc)
    await run.fetchTags('key', profile.keys)
    query = { tags: Int32Array.from(profile.keys, (key) => table.idOf(key)), keys: profile.keys, channels: profile.channels, weights: profile.weights, labels: profile.labels }
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
