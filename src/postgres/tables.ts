// The names of a store's tables and the schema they follow. One store is four tables and a sequence sharing a
// prefix: the documents (`<table>`), the interned tags with their document frequencies (`<table>_tags`), the postings
// that candidate lookup walks (`<table>_postings`) and a record of the schema version, the live count and
// the generation, which every write moves on (`<table>_meta`).
import type { PoolClient } from 'pg'

/** The schema this code reads and writes; a table made by another version is refused (see migrate()). */
export const SCHEMA_VERSION = 1

export interface Tables {
  /** The prefix as given: also the advisory-lock key that serialises writers. */
  name: string
  docs: string
  tags: string
  postings: string
  meta: string
  /** The sequence's name as a string parameter (nextval($1::regclass)). */
  sequence: string
  /** The postings' walk index, by which a query reads a tag's best postings. */
  walk: string
}

// Lower case, so that the quoted and the unquoted name are one; short enough for the longest suffix (63 bytes).
const NAME = /^[a-z_][a-z0-9_]{0,47}$/

export function tablesOf(name: unknown): Tables {
  if (typeof name !== 'string') throw new TypeError(`createRelatedStore: options.table must be a string, got ${typeof name}`)
  if (!NAME.test(name)) throw new TypeError(`createRelatedStore: options.table must be 1 to 48 of a-z, 0-9 and _ (not starting with a digit), got ${JSON.stringify(name)}`)
  return { name, docs: `"${name}"`, tags: `"${name}_tags"`, postings: `"${name}_postings"`, meta: `"${name}_meta"`, sequence: `"${name}_seq"`, walk: `"${name}_postings_walk"` }
}

function createStatements(t: Tables): string[] {
  return [
    `CREATE TABLE ${t.meta} (key text PRIMARY KEY, value bigint NOT NULL)`,
    `CREATE TABLE ${t.tags} (id int4 GENERATED ALWAYS AS IDENTITY PRIMARY KEY, key text NOT NULL UNIQUE, label text NOT NULL, df int4 NOT NULL) WITH (fillfactor = 50)`,
    `CREATE SEQUENCE ${t.sequence} AS int4`,
    // vec: the document's tag ids (int32) in key order, then their weights (float32), little-endian.
    `CREATE TABLE ${t.docs} (id text PRIMARY KEY, seq int4 NOT NULL UNIQUE, published_at float8, vec bytea NOT NULL)`,
    // One row per (tag, document): a query reads each of its tags' best `postingCap` postings by one index range scan.
    `CREATE TABLE ${t.postings} (tag int4 NOT NULL, weight int4 NOT NULL, seq int4 NOT NULL)`,
    walkIndexStatement(t),
    `INSERT INTO ${t.meta} (key, value) VALUES ('schema_version', ${SCHEMA_VERSION}), ('live', 0), ('generation', 0)`,
  ]
}

/** Why the store cannot use these tables as they are (a message for the caller), or undefined when it can. */
export async function schemaProblem(client: PoolClient, t: Tables): Promise<string | undefined> {
  const found = await client.query<{ meta: string | null; docs: string | null }>('SELECT to_regclass($1) AS meta, to_regclass($2) AS docs', [t.meta, t.docs])
  const { meta, docs } = found.rows[0]!
  if (meta === null) {
    return docs === null
      ? `table ${t.docs} does not exist: call migrate() first`
      : `table ${t.docs} exists but was not made by this store (no ${t.meta}): choose another table name`
  }
  const version = await client.query<{ value: string }>(`SELECT value FROM ${t.meta} WHERE key = 'schema_version'`)
  const value = version.rows[0]?.value
  if (value === undefined) return `table ${t.meta} has no schema_version: not made by this store`
  if (Number(value) !== SCHEMA_VERSION) {
    return Number(value) > SCHEMA_VERSION
      ? `table ${t.docs} has schema version ${value}, made by a newer schlagwort; this one reads version ${SCHEMA_VERSION}`
      : `table ${t.docs} has schema version ${value}, which this schlagwort cannot migrate to ${SCHEMA_VERSION}: re-index into a new table`
  }
  return undefined
}

function walkIndexStatement(t: Tables): string {
  return `CREATE INDEX IF NOT EXISTS ${t.walk} ON ${t.postings} (tag, weight DESC, seq)`
}

/**
 * Creates the tables when there are none; leaves tables of this schema version alone, except that it finishes a load
 * into an empty store that ended early (see startLoad); refuses tables of any other version.
 */
export async function migrateTables(client: PoolClient, t: Tables): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [t.name])
  const problem = await schemaProblem(client, t)
  if (problem === undefined) return finishLoad(client, t)
  const fresh = await client.query<{ meta: string | null; docs: string | null }>('SELECT to_regclass($1) AS meta, to_regclass($2) AS docs', [t.meta, t.docs])
  if (fresh.rows[0]!.meta !== null || fresh.rows[0]!.docs !== null) throw new Error(`RelatedStore.migrate: ${problem}`)
  for (const statement of createStatements(t)) await client.query(statement)
}

/**
 * Called before a load (addMany). When the store is empty, it drops the postings' walk index and returns true: the
 * load then writes postings without keeping an index in order, and without updating the document frequencies of tags
 * it has written before (PostgreSQL's own advice for filling a table, and a tag row rewritten per batch), and
 * finishLoad counts the frequencies and builds the index once at the end. A missing index marks such a load as
 * unfinished: true then too, and migrate() finishes it. Queries during a load see its documents with stale document
 * frequencies (a tag's from before the load, or from the batch that first wrote it) and read the whole postings table.
 */
export async function startLoad(client: PoolClient, t: Tables): Promise<boolean> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [t.name])
  const found = await client.query<{ live: string; walk: string | null }>(`SELECT (SELECT value FROM ${t.meta} WHERE key = 'live') AS live, to_regclass($1) AS walk`, [t.walk])
  const { live, walk } = found.rows[0]!
  if (walk === null) return true
  if (Number(live) !== 0) return false
  await client.query(`DROP INDEX ${t.walk}`)
  return true
}

/**
 * Finishes a load when the walk index is missing: every tag's document frequency from its postings, then the index,
 * with at least 256 MB of sort memory for this transaction.
 */
export async function finishLoad(client: PoolClient, t: Tables): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [t.name])
  const found = await client.query<{ walk: string | null }>('SELECT to_regclass($1) AS walk', [t.walk])
  if (found.rows[0]!.walk !== null) return
  await client.query(
    `UPDATE ${t.tags} AS t SET df = coalesce(c.n, 0) FROM ${t.tags} AS s LEFT JOIN (SELECT tag, count(*)::int4 AS n FROM ${t.postings} GROUP BY tag) AS c ON c.tag = s.id
     WHERE t.id = s.id AND t.df <> coalesce(c.n, 0)`,
  )
  await client.query(`SELECT set_config('maintenance_work_mem', greatest(pg_size_bytes(current_setting('maintenance_work_mem')), 268435456) / 1024 || 'kB', true)`)
  await client.query(walkIndexStatement(t))
}
