// Writes: a batch of upserts and removals in one transaction. Writers to one store take a transaction-level
// advisory lock first, so that the document frequencies, the live count and the order of the documents' sequence
// numbers (which break ties as the in-memory index's slots do) follow one order of writes. Readers never wait.
import type { PoolClient } from 'pg'
import { channelOfKey, pickLabel, type Profile } from '../related/profile.js'
import { postingWeight } from '../related/search.js'
import type { Tables } from './tables.js'
import { byteaArray, float8NullArray, int4Array, textArray } from './arrays.js'
import { decodeVector, encodeVector } from './vector.js'

export interface Put {
  id: string
  profile: Profile
  /** Epoch ms, NaN when undated. */
  publishedAt: number
}

interface TagRow {
  id: number
  key: string
  label: string
  df: number
}

/** The 16-bit posting weights of a document's tags (see postingWeight), from its channel norms. */
function postingWeights(keys: readonly string[], weights: Float32Array): Int32Array {
  const squares = new Float64Array(3)
  for (let i = 0; i < keys.length; i++) squares[channelOfKey(keys[i]!)]! += weights[i]! * weights[i]!
  const norms = squares.map(Math.sqrt)
  return Int32Array.from(keys, (key, i) => postingWeight(weights[i]!, norms[channelOfKey(key)]!))
}

/**
 * Applies `puts` (a later put of an id replaces an earlier one) and `removes` in one transaction on a client that
 * is in one (BEGIN done by the caller). Returns the ids that were removed.
 */
export async function applyWrites(client: PoolClient, t: Tables, puts: readonly Put[], removes: readonly string[]): Promise<Set<string>> {
  const last = new Map<string, Put>()
  for (const put of puts) {
    last.delete(put.id)
    last.set(put.id, put)
  }
  const items = [...last.values()]
  const touchedIds = [...new Set([...items.map((item) => item.id), ...removes])]
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [t.name])
  const old = await client.query<{ id: string; seq: number; vec: Buffer }>(`SELECT id, seq, vec FROM ${t.docs} WHERE id = ANY($1::text[])`, [textArray(touchedIds)])
  const oldVectors = old.rows.map((row) => ({ ...row, ...decodeVector(row.vec) }))
  const keys = [...new Set(items.flatMap((item) => item.profile.keys))]
  const oldTagIds = [...new Set(oldVectors.flatMap((row) => Array.from(row.tags)))]
  const found = await client.query<TagRow>(`SELECT id, key, label, df FROM ${t.tags} WHERE key = ANY($1::text[]) OR id = ANY($2::int4[])`, [textArray(keys), int4Array(oldTagIds)])
  const { fresh, changed, postingsGone } = tagChanges(found.rows, oldVectors, items)
  if (changed.ids.length > 0) {
    await client.query(`UPDATE ${t.tags} AS t SET label = c.label, df = c.df FROM unnest($1::int4[], $2::text[], $3::int4[]) AS c(id, label, df) WHERE t.id = c.id`, [int4Array(changed.ids), textArray(changed.labels), int4Array(changed.df)])
  }
  const idOf = new Map(found.rows.map((row) => [row.key, row.id]))
  if (fresh.keys.length > 0) {
    const inserted = await client.query<{ id: number; key: string }>(`INSERT INTO ${t.tags} (key, label, df) SELECT * FROM unnest($1::text[], $2::text[], $3::int4[]) RETURNING id, key`, [textArray(fresh.keys), textArray(fresh.labels), int4Array(fresh.df)])
    for (const row of inserted.rows) idOf.set(row.key, row.id)
  }
  if (postingsGone.tags.length > 0) {
    await client.query(`DELETE FROM ${t.postings} AS p USING unnest($1::int4[], $2::int4[], $3::int4[]) AS d(tag, weight, seq) WHERE p.tag = d.tag AND p.weight = d.weight AND p.seq = d.seq`, [int4Array(postingsGone.tags), int4Array(postingsGone.weights), int4Array(postingsGone.seqs)])
  }
  const removed = new Set(old.rows.map((row) => row.id).filter((id) => !last.has(id)))
  if (removed.size > 0) await client.query(`DELETE FROM ${t.docs} WHERE id = ANY($1::text[])`, [textArray([...removed])])
  if (items.length > 0) await insertDocs(client, t, items, idOf)
  const existed = new Set(old.rows.map((row) => row.id))
  const liveChange = items.filter((item) => !existed.has(item.id)).length - removed.size
  // Every write moves the generation on: a store's caches of document frequencies and postings hold for one.
  await client.query(`UPDATE ${t.meta} SET value = value + CASE key WHEN 'live' THEN $1 ELSE 1 END WHERE key IN ('live', 'generation')`, [liveChange])
  return removed
}

/**
 * What a batch does to the tags it touches: their document frequencies and labels afterwards (new tags apart from
 * known ones that change) and the postings of the documents it replaces or removes.
 */
function tagChanges(found: readonly TagRow[], oldVectors: ReadonlyArray<{ seq: number; tags: Int32Array; weights: Float32Array }>, items: readonly Put[]) {
  const byKey = new Map(found.map((row) => [row.key, row]))
  const keyOfId = new Map(found.map((row) => [row.id, row.key]))
  // Document frequencies and labels after the batch, for every tag it touches.
  const df = new Map<string, number>()
  const labels = new Map<string, string>()
  const postingsGone = { tags: [] as number[], weights: [] as number[], seqs: [] as number[] }
  for (const row of oldVectors) {
    const rowKeys = Array.from(row.tags, (id) => keyOfId.get(id)!)
    const weights = postingWeights(rowKeys, row.weights)
    rowKeys.forEach((key, i) => {
      df.set(key, (df.get(key) ?? byKey.get(key)!.df) - 1)
      postingsGone.tags.push(row.tags[i]!)
      postingsGone.weights.push(weights[i]!)
      postingsGone.seqs.push(row.seq)
    })
  }
  for (const { profile } of items) {
    profile.keys.forEach((key, i) => {
      df.set(key, (df.get(key) ?? byKey.get(key)?.df ?? 0) + 1)
      labels.set(key, pickLabel(labels.get(key) ?? byKey.get(key)?.label ?? '', profile.labels[i]!))
    })
  }
  const fresh = { keys: [] as string[], labels: [] as string[], df: [] as number[] }
  const changed = { ids: [] as number[], labels: [] as string[], df: [] as number[] }
  for (const [key, count] of df) {
    const row = byKey.get(key)
    const label = labels.get(key) ?? row?.label ?? ''
    if (row === undefined) {
      fresh.keys.push(key)
      fresh.labels.push(label)
      fresh.df.push(count)
    } else if (row.df !== count || row.label !== label) {
      changed.ids.push(row.id)
      changed.labels.push(label)
      changed.df.push(count)
    }
  }
  return { fresh, changed, postingsGone }
}

/** Upserts the documents with new sequence numbers (in batch order, after every earlier write) and their postings. */
async function insertDocs(client: PoolClient, t: Tables, items: readonly Put[], idOf: ReadonlyMap<string, number>): Promise<void> {
  const seqRows = await client.query<{ seq: number }>('SELECT nextval($1::regclass)::int4 AS seq FROM generate_series(1, $2)', [t.sequence, items.length])
  const seqs = seqRows.rows.map((row) => row.seq).sort((a, b) => a - b)
  const vectors: Buffer[] = []
  let count = 0
  for (const { profile } of items) count += profile.keys.length
  const postings = { tags: new Int32Array(count), weights: new Int32Array(count), seqs: new Int32Array(count) }
  let row = 0
  items.forEach(({ profile }, k) => {
    const ids = Int32Array.from(profile.keys, (key) => idOf.get(key)!)
    vectors.push(encodeVector(ids, profile.weights))
    postings.tags.set(ids, row)
    postings.weights.set(postingWeights(profile.keys, profile.weights), row)
    postings.seqs.fill(seqs[k]!, row, row + ids.length)
    row += ids.length
  })
  await client.query(
    `INSERT INTO ${t.docs} (id, seq, published_at, vec) SELECT * FROM unnest($1::text[], $2::int4[], $3::float8[], $4::bytea[])
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, published_at = excluded.published_at, vec = excluded.vec`,
    [textArray(items.map((item) => item.id)), int4Array(seqs), float8NullArray(items.map((item) => item.publishedAt)), byteaArray(vectors)],
  )
  // In the walk index's order, so that the inserts go through its pages once, in order (a quarter quicker than
  // scattered inserts into a large index); the server sorts quicker than a comparator here would.
  if (count > 0) await client.query(`INSERT INTO ${t.postings} (tag, weight, seq) SELECT * FROM unnest($1::int4[], $2::int4[], $3::int4[]) AS p(tag, weight, seq) ORDER BY tag, weight DESC, seq`, [int4Array(postings.tags), int4Array(postings.weights), int4Array(postings.seqs)])
}
