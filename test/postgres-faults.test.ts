// Faults of the PostgreSQL store against a real server (SCHLAGWORT_PG_URL; skipped without it): tables of another
// schema version, concurrent writers to one id, and a connection or the whole server killed in the middle of a batch.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { RelatedIndex } from '../src/index.js'
import { createRelatedStore, SCHEMA_VERSION } from '../src/postgres/index.js'
import { SyntheticCorpus } from '../scripts/lib/synthetic.js'
import { announceSkip, poolForTests, freshTable, inconsistencies, PG_RESTART, PG_URL } from './pg-helpers.js'

announceSkip('test/postgres-faults.test.ts')

describe.skipIf(PG_URL === undefined)('RelatedStore faults (PostgreSQL)', () => {
  const tests = poolForTests(4)
  const corpus = new SyntheticCorpus(400, 11)


  it('refuses tables of another schema version, foreign tables and missing ones with a message that says so', async () => {
    const table = await freshTable(tests.pool, 'version')
    const store = createRelatedStore({ pool: tests.pool, table })
    await expect(store.size()).rejects.toThrow(`table "${table}" does not exist: call migrate() first`)
    await store.migrate()
    await tests.pool.query(`UPDATE "${table}_meta" SET value = 99 WHERE key = 'schema_version'`)
    const newer = createRelatedStore({ pool: tests.pool, table })
    const message = `table "${table}" has schema version 99, made by a newer schlagwort; this one reads version ${SCHEMA_VERSION}`
    await expect(newer.migrate()).rejects.toThrow(message)
    await expect(newer.has('a')).rejects.toThrow(message)
    await tests.pool.query(`UPDATE "${table}_meta" SET value = 0 WHERE key = 'schema_version'`)
    await expect(createRelatedStore({ pool: tests.pool, table }).related('a')).rejects.toThrow(/has schema version 0, which this schlagwort cannot migrate to 1/)
    const foreign = await freshTable(tests.pool, 'foreign')
    await tests.pool.query(`CREATE TABLE "${foreign}" (id text)`)
    await expect(createRelatedStore({ pool: tests.pool, table: foreign }).migrate()).rejects.toThrow(`table "${foreign}" exists but was not made by this store (no "${foreign}_meta")`)
  })

  it('ends concurrent writers to one id with one consistent row: the last write, as if they came one by one', async () => {
    const table = await freshTable(tests.pool, 'concurrent')
    const stores = Array.from({ length: 4 }, () => createRelatedStore({ connectionString: PG_URL!, table }))
    await stores[0]!.migrate()
    await stores[0]!.addMany(Array.from({ length: 50 }, (_, i) => corpus.doc(i)))
    const writes = Array.from({ length: 24 }, (_, k) => {
      const store = stores[k % 4]!
      const doc = corpus.doc(100 + k).doc
      return k % 6 === 5 ? store.remove('hot').then(() => undefined) : k % 3 === 0 ? store.addMany([{ id: 'hot', doc }, corpus.doc(200 + k)]).then(() => undefined) : store.add('hot', doc)
    })
    await Promise.all(writes)
    const rows = await tests.pool.query(`SELECT count(*)::int AS n FROM "${table}" WHERE id = 'hot'`)
    expect(rows.rows[0].n).toBeLessThanOrEqual(1)
    expect(await inconsistencies(tests.pool, table)).toEqual([])
    // The row that stands is whole: the store answers for it as an index holding the same documents does.
    const kept = await tests.pool.query(`SELECT id FROM "${table}" ORDER BY seq`)
    const docOf = new Map<string, ReturnType<SyntheticCorpus['doc']>>([...Array.from({ length: 50 }, (_, i) => corpus.doc(i)), ...Array.from({ length: 24 }, (_, k) => corpus.doc(200 + k))].map((item) => [item.id, item]))
    if (rows.rows[0].n === 1) {
      const hot = (await stores[0]!.related('hot', { limit: 50, recency: false })).map((hit) => hit.id)
      const candidates = Array.from({ length: 24 }, (_, k) => k).filter((k) => k % 6 !== 5).map((k) => corpus.doc(100 + k).doc)
      const matching = candidates.filter((doc) => {
        const probe = new RelatedIndex()
        for (const { id } of kept.rows as Array<{ id: string }>) if (id !== 'hot') probe.add(id, docOf.get(id)!.doc, { publishedAt: docOf.get(id)!.publishedAt })
        probe.add('hot', doc)
        return JSON.stringify(probe.related('hot', { limit: 50, recency: false }).map((hit) => hit.id)) === JSON.stringify(hot)
      })
      expect(matching.length).toBeGreaterThan(0)
    }
    expect(await stores[1]!.size()).toBe(kept.rows.length)
    await Promise.all(stores.map((store) => store.close()))
  })

  /**
   * Runs addMany over 200 documents (batches of 50) while `kill` ends the server process of the batch that is
   * writing: it blocks on the live count (locked by a second connection, taken at the 100th item) after writing its
   * documents and postings, still uncommitted. Returns the error and how many items the message says were stored.
   */
  async function addManyKilled(table: string, kill: (pid: number) => Promise<void>) {
    const store = createRelatedStore({ connectionString: PG_URL!, table, batchSize: 50 })
    await store.migrate()
    const blocker = new pg.Client({ connectionString: PG_URL })
    const watcher = new pg.Client({ connectionString: PG_URL })
    for (const client of [blocker, watcher]) client.on('error', () => {})
    await blocker.connect()
    await watcher.connect()
    let killed = 0
    let watching: Promise<void> | undefined
    async function* items() {
      for (let i = 0; i < 200; i++) {
        if (i === 100) {
          await blocker.query('BEGIN')
          await blocker.query(`SELECT * FROM "${table}_meta" WHERE key = 'live' FOR UPDATE`)
          watching = (async () => {
            for (let tries = 0; tries < 200 && killed === 0; tries++) {
              const waiting = await watcher.query(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE $1`, [`UPDATE "${table}_meta"%`])
              for (const row of waiting.rows) {
                await kill(row.pid)
                killed++
              }
              if (killed === 0) await new Promise((resolve) => setTimeout(resolve, 25))
            }
            await blocker.query('ROLLBACK').catch(() => {})
          })()
        }
        yield corpus.doc(i)
      }
    }
    const error = await store.addMany(items()).then(() => undefined, (caught: Error) => caught)
    await watching // the kill is done (the server back) before anything is checked
    await Promise.all([blocker.end().catch(() => {}), watcher.end().catch(() => {})])
    expect(killed).toBe(1)
    expect(error).toBeInstanceOf(Error)
    // The batch being written when the lock was taken (items 50 to 99: one is written while the next is read) or
    // the next one is killed; the message says which.
    const match = /^RelatedStore.addMany: items (\d+) to (\d+) \(the \1 before them are stored\) failed \(connection lost; nothing of this transaction was stored\): /.exec(error!.message)
    expect(match, error!.message).not.toBeNull()
    const stored = Number(match![1])
    expect([50, 100]).toContain(stored)
    expect(Number(match![2])).toBe(stored + 49)
    return { store, stored }
  }

  /** The tables hold exactly the batches the message said were stored, consistently, and the store goes on. */
  async function expectWholeBatches(table: string, store: ReturnType<typeof createRelatedStore>, stored: number) {
    expect(await store.size()).toBe(stored)
    expect(await store.has(`d${stored - 1}`)).toBe(true)
    expect(await store.has(`d${stored}`)).toBe(false)
    // The load went into an empty store: where the failure left it unfinished (no walk index, document frequencies
    // of the batch that first wrote each tag), migrate() finishes it.
    await store.migrate()
    expect((await tests.pool.query('SELECT to_regclass($1) AS walk', [`"${table}_postings_walk"`])).rows[0].walk).not.toBeNull()
    expect(await inconsistencies(tests.pool, table)).toEqual([])
    await store.add('extra', corpus.doc(300).doc)
    expect(await store.size()).toBe(stored + 1)
    await store.close()
  }

  it('keeps only whole batches when the connection dies in the middle of one, and rejects saying what was stored', async () => {
    const table = await freshTable(tests.pool, 'killed')
    const { store, stored } = await addManyKilled(table, async (pid) => {
      expect((await tests.pool.query('SELECT pg_terminate_backend($1) AS done', [pid])).rows[0].done).toBe(true)
    })
    await expectWholeBatches(table, store, stored)
  })

  // Needs the server to itself: run the store's test files one after another (--no-file-parallelism), as CI does.
  it.skipIf(PG_RESTART === undefined)('keeps only whole batches when the whole server is killed during addMany and started again', async () => {
    const table = await freshTable(tests.pool, 'restart')
    const { store, stored } = await addManyKilled(table, async () => {
      await promisify(execFile)(PG_RESTART!)
    })
    await expectWholeBatches(table, store, stored)
  })
})
