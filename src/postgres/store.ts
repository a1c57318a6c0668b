// A related-articles store in PostgreSQL with the RelatedIndex's API, asynchronous: several service instances share
// one store, and its results are the in-memory index's (same candidates, same scores, same order) for the same
// documents added in the same order.
import pg from 'pg'
import type { Pool, PoolClient } from 'pg'
import { describe } from '../shared/describe.js'
import { checkAddOptions, checkOptions, type AddOptions, type RelatedIndexOptions, type RelatedOptions, type ResolvedOptions } from '../related/options.js'
import { assertTaggable, profileOf, type Profile, type Taggable } from '../related/profile.js'
import type { RelatedHit } from '../related/search.js'
import { finishLoad, migrateTables, schemaProblem, startLoad, tablesOf, type Tables } from './tables.js'
import { applyWrites, prepareWrites, type Put } from './write.js'
import { QueryState, queryRelated } from './read.js'

export interface RelatedStoreOptions extends RelatedIndexOptions {
  /** A pg Pool to use (the store does not end it); or give connectionString. */
  pool?: Pool
  /** A PostgreSQL connection URL; the store makes its own pool and ends it on close(). */
  connectionString?: string
  /** Name of the documents table, also the prefix of the store's other tables. Default 'schlagwort_related'. */
  table?: string
  /** Documents per transaction in addMany. Default 1000. */
  batchSize?: number
}

export interface StoreItem {
  id: string
  doc: Taggable
  publishedAt?: AddOptions['publishedAt']
}

const DEFAULT_BATCH = 5000
/** Items read between two turns of the event loop in addMany. */
const YIELD_EVERY = 16
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Why a string cannot be stored as PostgreSQL text as it is: NUL (U+0000), which text cannot hold, or a lone
 * surrogate, which UTF-8 cannot encode (the driver would replace it, and the stored id would differ from the given).
 */
function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains NUL (U+0000), which PostgreSQL text cannot hold'
  if (LONE_SURROGATE.test(value)) return 'contains a lone surrogate, which UTF-8 cannot encode'
  return undefined
}

function checkId(id: unknown, where: string): string {
  if (typeof id !== 'string') throw new TypeError(`${where}: id must be a string, got ${describe(id)}`)
  const problem = textProblem(id)
  if (problem !== undefined) throw new RangeError(`${where}: id ${JSON.stringify(id)} ${problem}`)
  return id
}

function checkProfile(id: string, profile: Profile, where: string): Profile {
  for (const text of [...profile.keys, ...profile.labels]) {
    const problem = textProblem(text)
    if (problem !== undefined) throw new RangeError(`${where}: document ${JSON.stringify(id)} has a tag that ${problem}: ${JSON.stringify(text)}`)
  }
  return profile
}

export class RelatedStore {
  readonly #pool: Pool
  readonly #ownsPool: boolean
  readonly #tables: Tables
  readonly #options: ResolvedOptions
  readonly #batchSize: number
  readonly #state: QueryState
  #checked = false

  constructor(options: RelatedStoreOptions) {
    if (options === null || typeof options !== 'object') throw new TypeError(`createRelatedStore: options must be an object, got ${describe(options)}`)
    const { pool, connectionString, table = 'schlagwort_related', batchSize = DEFAULT_BATCH, ...indexOptions } = options
    if (pool !== undefined && (pool === null || typeof pool !== 'object' || typeof (pool as Pool).connect !== 'function')) throw new TypeError(`createRelatedStore: options.pool must be a pg Pool, got ${describe(pool)}`)
    if (pool === undefined && typeof connectionString !== 'string') throw new TypeError(`createRelatedStore: options.connectionString must be a string when no pool is given, got ${describe(connectionString)}`)
    if (typeof batchSize !== 'number' || !Number.isInteger(batchSize) || batchSize < 1) throw new TypeError(`createRelatedStore: options.batchSize must be a positive integer, got ${describe(batchSize)}`)
    this.#tables = tablesOf(table)
    this.#options = checkOptions(indexOptions)
    this.#batchSize = batchSize
    this.#state = new QueryState(this.#options.postingCap)
    this.#ownsPool = pool === undefined
    this.#pool = pool ?? new pg.Pool({ connectionString })
    // An idle client whose connection dies emits 'error' on the pool; unheard, that would end the process.
    if (this.#ownsPool) this.#pool.on('error', () => {})
  }

  /** Creates the tables if there are none (idempotent); refuses tables of another schema version with a message. */
  async migrate(): Promise<void> {
    await this.#transaction('RelatedStore.migrate', 'BEGIN', (client) => migrateTables(client, this.#tables))
    this.#checked = true
  }

  /** Adds or replaces the document with `id`, in one transaction. */
  async add(id: string, doc: Taggable, options?: AddOptions): Promise<void> {
    checkId(id, 'RelatedStore.add')
    assertTaggable(doc, 'RelatedStore.add: doc')
    const { publishedAt } = checkAddOptions(options, 'RelatedStore.add')
    const put = { id, profile: checkProfile(id, profileOf(doc), 'RelatedStore.add'), publishedAt }
    await this.#transaction('RelatedStore.add', 'BEGIN', (client) => applyWrites(client, this.#tables, prepareWrites([put])))
  }

  /**
   * Adds or replaces many documents, `batchSize` per transaction, in order; resolves to how many were written. On a
   * failure it rejects, saying which items were stored: all batches before the failing one, none of it or after it.
   */
  async addMany(items: Iterable<StoreItem> | AsyncIterable<StoreItem>): Promise<number> {
    const iterable = items as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null
    if (iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.iterator] !== 'function' && typeof iterable[Symbol.asyncIterator] !== 'function')) {
      throw new TypeError(`RelatedStore.addMany: items must be an iterable or async iterable of { id, doc, publishedAt? }, got ${describe(items)}`)
    }
    // Into an empty store, the postings go in without their walk index, which is built once at the end (see startLoad).
    const load = await this.#transaction('RelatedStore.addMany', 'BEGIN', (client) => startLoad(client, this.#tables))
    // One batch is written while the next is read and checked; a batch starts only once the one before it is stored.
    let queued = 0
    let batch: Put[] = []
    let writing: Promise<void> | undefined
    const flush = async () => {
      const puts = batch
      const start = queued
      batch = []
      queued += puts.length
      const prepared = prepareWrites(puts)
      await writing
      writing = this.#transaction(`RelatedStore.addMany: items ${start} to ${start + puts.length - 1} (the ${start} before them are stored)`, 'BEGIN', (client) => applyWrites(client, this.#tables, prepared, [], load)).then(() => undefined)
      // Seen later (awaited above or below); until then a failure must not count as unhandled.
      writing.catch(() => {})
    }
    let index = 0
    let failed = true
    try {
      for await (const item of items) {
        const where = `RelatedStore.addMany: items[${index++}]`
        if (item === null || typeof item !== 'object') throw new TypeError(`${where} must be { id, doc, publishedAt? }, got ${describe(item)}`)
        const id = checkId(item.id, where)
        assertTaggable(item.doc, `${where}.doc`)
        const { publishedAt } = checkAddOptions({ publishedAt: item.publishedAt }, where)
        batch.push({ id, profile: checkProfile(id, profileOf(item.doc), where), publishedAt })
        if (batch.length >= this.#batchSize) await flush()
        // The batch in flight needs this thread between its statements; items that come without a wait (an iterable,
        // or an async one that resolves at once) would hold it for a whole batch, and the server would wait.
        else if (index % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve))
      }
      if (batch.length > 0) await flush()
      await writing
      failed = false
    } finally {
      // A bad item or a failing iterable ends the call only after the batch in flight is settled: its error comes first.
      const writeError: unknown = failed ? await writing?.then(() => undefined, (error: unknown) => error) : undefined
      // After a failure the stored batches are finished all the same; if that fails too (the server is gone), the
      // first error is the one reported, and the next migrate() or load into the store finishes them.
      if (load) {
        const building = this.#transaction(`RelatedStore.addMany: the ${queued} documents are stored, but finishing the load failed (migrate() finishes it)`, 'BEGIN', (client) => finishLoad(client, this.#tables))
        if (failed) await building.catch(() => {})
        else await building
      }
      if (writeError !== undefined) throw writeError
    }
    return queued
  }

  /** Removes the document with `id`; false when there is none. */
  async remove(id: string): Promise<boolean> {
    checkId(id, 'RelatedStore.remove')
    const removed = await this.#transaction('RelatedStore.remove', 'BEGIN', (client) => applyWrites(client, this.#tables, undefined, [id]))
    return removed.has(id)
  }

  async has(id: string): Promise<boolean> {
    checkId(id, 'RelatedStore.has')
    const rows = await this.#transaction('RelatedStore.has', undefined, (client) => client.query(`SELECT 1 FROM ${this.#tables.docs} WHERE id = $1`, [id]))
    return rows.rowCount === 1
  }

  /** Number of documents in the store. */
  async size(): Promise<number> {
    const rows = await this.#transaction('RelatedStore.size', undefined, (client) => client.query<{ value: string }>(`SELECT value FROM ${this.#tables.meta} WHERE key = 'live'`))
    return Number(rows.rows[0]!.value)
  }

  /** As RelatedIndex.related, from the tables. */
  async related(idOrDoc: string | Taggable, options: RelatedOptions = {}): Promise<RelatedHit[]> {
    if (typeof idOrDoc === 'string') checkId(idOrDoc, 'RelatedStore.related')
    return this.#transaction('RelatedStore.related', 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', (client) =>
      queryRelated({ client, tables: this.#tables, options: this.#options, state: this.#state }, idOrDoc, options),
    )
  }

  /** Ends the store's own pool (a pool given in the options is left to its owner). */
  async close(): Promise<void> {
    if (this.#ownsPool) await this.#pool.end()
  }

  /**
   * Runs `work` on a pooled client, in a transaction begun by `begin` (none when undefined). A database error is
   * rethrown as an Error saying what failed, the driver's error as its cause; the caller's own TypeError and
   * RangeError pass as they are. A client whose connection failed is discarded.
   */
  async #transaction<T>(what: string, begin: string | undefined, work: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient
    try {
      client = await this.#pool.connect()
    } catch (error) {
      throw new Error(`${what} failed: cannot connect to PostgreSQL: ${(error as Error).message}`, { cause: error })
    }
    let broken: Error | undefined
    const onError = (error: Error) => (broken ??= error)
    client.on('error', onError)
    try {
      if (!this.#checked && !what.startsWith('RelatedStore.migrate')) {
        const problem = await schemaProblem(client, this.#tables)
        if (problem !== undefined) throw new Error(`${what}: ${problem}`)
        this.#checked = true
      }
      if (begin !== undefined) await client.query(begin)
      const result = await work(client)
      if (begin !== undefined) await client.query('COMMIT')
      return result
    } catch (error) {
      if (begin !== undefined && broken === undefined) await client.query('ROLLBACK').catch((rollback: Error) => (broken ??= rollback))
      if (error instanceof TypeError || error instanceof RangeError || (error instanceof Error && error.message.startsWith(what))) throw error
      broken ??= isConnectionError(error) ? (error as Error) : undefined
      throw new Error(`${what} failed${broken === undefined ? '' : ' (connection lost; nothing of this transaction was stored)'}: ${(error as Error).message}`, { cause: error })
    } finally {
      client.off('error', onError)
      client.release(broken)
    }
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code.startsWith('08') || code === '57P01' || code === 'ECONNRESET' : /Connection terminated|ECONNRESET/.test(String((error as Error).message))
}

export function createRelatedStore(options: RelatedStoreOptions): RelatedStore {
  return new RelatedStore(options)
}
