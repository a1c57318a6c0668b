// Writes: a batch of upserts and removals in one transaction. Writers to one store take a transaction-level
// advisory lock first, so that the document frequencies, the live count and the order of the documents' sequence
// numbers (which break ties as the in-memory index's slots do) follow one order of writes. Readers never wait.
// What a batch of documents writes apart from tag ids (its distinct tags, their counts and labels, the posting
// weights) is worked out before its transaction (prepareWrites), so that addMany does it while the batch before is
// written, and the transaction holds the lock for the database work only.
import type { PoolClient } from 'pg'
import { channelOfKey, pickLabel, type Profile } from '../related/profile.js'
import { postingWeight } from '../related/search.js'
import type { Tables } from './tables.js'
import { byteaArray, float8NullArray, int4Array, textArray } from './arrays.js'
import { copyInt4Rows } from './copy.js'
import { decodeVector, encodeVector } from './vector.js'

export interface Put {
  id: string
  profile: Profile
  /** Epoch ms, NaN when undated. */
  publishedAt: number
}

/** A batch of puts, ready for its transaction. */
export interface PreparedWrites {
  /** The last put of each id, in the order of those last puts. */
  items: Put[]
  /** The distinct tag keys of the items, the number of items with each and the label the batch gives it. */
  keys: string[]
  /** Each key's place in `keys`. */
  placeOf: Map<string, number>
  counts: Int32Array
  labels: string[]
  /** Per item and tag (items one after another, each in its key order): the tag's index in `keys`, its posting weight. */
  tagIndex: Int32Array
  postingWeights: Int32Array
}

interface TagRow {
  id: number
  key: string
  label: string
  df: number
}

/** The 16-bit posting weights of a document's tags (see postingWeight), from its channel norms, into `into` at `at`. */
function postingWeights(channels: ArrayLike<number>, weights: Float32Array, into = new Int32Array(weights.length), at = 0): Int32Array {
  const norms = [0, 0, 0]
  for (let i = 0; i < weights.length; i++) norms[channels[i]!]! += weights[i]! * weights[i]!
  for (let c = 0; c < 3; c++) norms[c] = Math.sqrt(norms[c]!)
  for (let i = 0; i < weights.length; i++) into[at + i] = postingWeight(weights[i]!, norms[channels[i]!]!)
  return into
}

export function prepareWrites(puts: readonly Put[]): PreparedWrites {
  const last = new Map<string, Put>()
  for (const put of puts) {
    last.delete(put.id)
    last.set(put.id, put)
  }
  const items = [...last.values()]
  let total = 0
  for (const { profile } of items) total += profile.keys.length
  const placeOf = new Map<string, number>()
  const keys: string[] = []
  const labels: string[] = []
  const counts: number[] = []
  const tagIndex = new Int32Array(total)
  const weights = new Int32Array(total)
  let at = 0
  for (const { profile } of items) {
    postingWeights(profile.channels, profile.weights, weights, at)
    profile.keys.forEach((key, i) => {
      let k = placeOf.get(key)
      if (k === undefined) {
        k = keys.length
        placeOf.set(key, k)
        keys.push(key)
        labels.push(profile.labels[i]!)
        counts.push(1)
      } else {
        counts[k]!++
        labels[k] = pickLabel(labels[k]!, profile.labels[i]!)
      }
      tagIndex[at + i] = k
    })
    at += profile.keys.length
  }
  return { items, keys, placeOf, counts: Int32Array.from(counts), labels, tagIndex, postingWeights: weights }
}

const NO_PUTS: PreparedWrites = prepareWrites([])

/**
 * Applies the prepared puts (replacing documents with the same ids) and `removes` in one transaction on a client that
 * is in one (BEGIN done by the caller). Returns the ids that were removed. `load`: a batch of a load into an empty
 * store (see startLoad), which leaves the document frequencies of known tags to finishLoad and writes postings unsorted.
 */
export async function applyWrites(client: PoolClient, t: Tables, writes: PreparedWrites = NO_PUTS, removes: readonly string[] = [], load = false): Promise<Set<string>> {
  const { items } = writes
  const putIds = new Set(items.map((item) => item.id))
  const touchedIds = [...putIds]
  for (const id of removes) if (!putIds.has(id)) touchedIds.push(id)
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [t.name])
  const old = await client.query<{ id: string; seq: number; vec: Buffer }>(`SELECT id, seq, vec FROM ${t.docs} WHERE id = ANY($1::text[])`, [textArray(touchedIds)])
  const oldVectors = old.rows.map((row) => ({ ...row, ...decodeVector(row.vec) }))
  // The batch's known tags by key, the tags of the documents it replaces by id.
  const known = await client.query<TagRow>(`SELECT id, key, label, df FROM ${t.tags} WHERE key = ANY($1::text[])`, [textArray(writes.keys)])
  const oldTags = oldVectors.length === 0 ? [] : (await client.query<TagRow>(`SELECT id, key, label, df FROM ${t.tags} WHERE id = ANY($1::int4[])`, [int4Array([...new Set(oldVectors.flatMap((row) => Array.from(row.tags)))])])).rows
  const { tagIds, fresh, changed, postingsGone } = tagChanges(writes, known.rows, oldTags, oldVectors, load)
  if (changed.ids.length > 0) {
    await client.query(`UPDATE ${t.tags} AS t SET label = c.label, df = c.df FROM unnest($1::int4[], $2::text[], $3::int4[]) AS c(id, label, df) WHERE t.id = c.id`, [int4Array(changed.ids), textArray(changed.labels), int4Array(changed.df)])
  }
  if (fresh.keys.length > 0) {
    const inserted = await client.query<{ id: number; key: string }>(`INSERT INTO ${t.tags} (key, label, df) SELECT * FROM unnest($1::text[], $2::text[], $3::int4[]) RETURNING id, key`, [textArray(fresh.keys), textArray(fresh.labels), int4Array(fresh.df)])
    for (const row of inserted.rows) tagIds[writes.placeOf.get(row.key)!] = row.id
  }
  if (postingsGone.tags.length > 0) {
    await client.query(`DELETE FROM ${t.postings} AS p USING unnest($1::int4[], $2::int4[], $3::int4[]) AS d(tag, weight, seq) WHERE p.tag = d.tag AND p.weight = d.weight AND p.seq = d.seq`, [int4Array(postingsGone.tags), int4Array(postingsGone.weights), int4Array(postingsGone.seqs)])
  }
  const removed = new Set(old.rows.map((row) => row.id).filter((id) => !putIds.has(id)))
  if (removed.size > 0) await client.query(`DELETE FROM ${t.docs} WHERE id = ANY($1::text[])`, [textArray([...removed])])
  if (items.length > 0) await insertDocs(client, t, writes, tagIds, load)
  const existed = new Set(old.rows.map((row) => row.id))
  const liveChange = items.filter((item) => !existed.has(item.id)).length - removed.size
  // Every write moves the generation on: a store's caches of document frequencies and postings hold for one.
  await client.query(`UPDATE ${t.meta} SET value = value + CASE key WHEN 'live' THEN $1 ELSE 1 END WHERE key IN ('live', 'generation')`, [liveChange])
  return removed
}

/**
 * What a batch does to the tags it touches: the ids of its known tags (-1 for new ones), the new tags, the known tags whose document frequency or label changes (in a load, known tags keep their
 * document frequencies) and the postings of the documents it replaces or removes.
 */
function tagChanges(writes: PreparedWrites, known: readonly TagRow[], oldTags: readonly TagRow[], oldVectors: ReadonlyArray<{ seq: number; tags: Int32Array; weights: Float32Array }>, load: boolean) {
  const tagIds = new Int32Array(writes.keys.length).fill(-1)
  const rowAt = new Array<TagRow | undefined>(writes.keys.length)
  for (const row of known) {
    const k = writes.placeOf.get(row.key)!
    rowAt[k] = row
    tagIds[k] = row.id
  }
  // A replaced or removed document's postings go, and each of its tags counts one document less.
  const oldById = new Map(oldTags.map((row) => [row.id, row]))
  const fewer = new Map<number, number>()
  const postingsGone = { tags: [] as number[], weights: [] as number[], seqs: [] as number[] }
  for (const row of oldVectors) {
    const weights = postingWeights(Array.from(row.tags, (id) => channelOfKey(oldById.get(id)!.key)), row.weights)
    row.tags.forEach((id, i) => {
      fewer.set(id, (fewer.get(id) ?? 0) + 1)
      postingsGone.tags.push(id)
      postingsGone.weights.push(weights[i]!)
      postingsGone.seqs.push(row.seq)
    })
  }
  const fresh = { keys: [] as string[], labels: [] as string[], df: [] as number[] }
  const changed = { ids: [] as number[], labels: [] as string[], df: [] as number[] }
  writes.keys.forEach((key, k) => {
    const row = rowAt[k]
    if (row === undefined) {
      fresh.keys.push(key)
      fresh.labels.push(writes.labels[k]!)
      fresh.df.push(writes.counts[k]!)
      return
    }
    const df = row.df - (fewer.get(row.id) ?? 0) + (load ? 0 : writes.counts[k]!)
    fewer.delete(row.id)
    const label = pickLabel(row.label, writes.labels[k]!)
    if (df !== row.df || label !== row.label) {
      changed.ids.push(row.id)
      changed.labels.push(label)
      changed.df.push(df)
    }
  })
  for (const [id, count] of fewer) {
    const row = oldById.get(id)!
    changed.ids.push(id)
    changed.labels.push(row.label)
    changed.df.push(row.df - count)
  }
  return { tagIds, fresh, changed, postingsGone }
}

/** Upserts the documents with new sequence numbers (in batch order, after every earlier write) and their postings. */
async function insertDocs(client: PoolClient, t: Tables, writes: PreparedWrites, tagIds: Int32Array, load: boolean): Promise<void> {
  const { items, tagIndex, postingWeights: weights } = writes
  const seqRows = await client.query<{ seq: number }>('SELECT nextval($1::regclass)::int4 AS seq FROM generate_series(1, $2)', [t.sequence, items.length])
  const seqs = seqRows.rows.map((row) => row.seq).sort((a, b) => a - b)
  const vectors: Buffer[] = []
  const postings = { tags: new Int32Array(tagIndex.length), seqs: new Int32Array(tagIndex.length) }
  let at = 0
  items.forEach(({ profile }, k) => {
    const n = profile.keys.length
    for (let i = at; i < at + n; i++) postings.tags[i] = tagIds[tagIndex[i]!]!
    vectors.push(encodeVector(postings.tags.subarray(at, at + n), profile.weights))
    postings.seqs.fill(seqs[k]!, at, at + n)
    at += n
  })
  await client.query(
    `INSERT INTO ${t.docs} (id, seq, published_at, vec) SELECT * FROM unnest($1::text[], $2::int4[], $3::float8[], $4::bytea[])
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, published_at = excluded.published_at, vec = excluded.vec`,
    [textArray(items.map((item) => item.id)), int4Array(seqs), float8NullArray(items.map((item) => item.publishedAt)), byteaArray(vectors)],
  )
  if (at === 0) return
  // A load has no index to keep: its postings are copied. Else they go in the walk index's order, so that the inserts
  // go through its pages once, in order (a quarter quicker than scattered inserts into a large index); the server
  // sorts quicker than a comparator here would.
  if (load) await copyInt4Rows(client, `${t.postings} (tag, weight, seq)`, [postings.tags, weights, postings.seqs])
  else await client.query(`INSERT INTO ${t.postings} (tag, weight, seq) SELECT * FROM unnest($1::int4[], $2::int4[], $3::int4[]) AS p(tag, weight, seq) ORDER BY tag, weight DESC, seq`, [int4Array(postings.tags), int4Array(weights), int4Array(postings.seqs)])
}
