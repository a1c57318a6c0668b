// The PostgreSQL store against a real server (SCHLAGWORT_PG_URL; skipped without it): the same answers as the
// in-memory RelatedIndex after the same writes, and the RelatedIndex's API behaviour, asynchronous.
import { beforeAll, describe, expect, it } from 'vitest'
import { RelatedIndex, tag, type DocJSON, type RelatedIndexOptions, type RelatedOptions } from '../src/index.js'
import { createRelatedStore, type RelatedStore } from '../src/postgres/index.js'
import { SyntheticCorpus } from '../scripts/lib/synthetic.js'
import { announceSkip, poolForTests, ARTICLES, freshTable, inconsistencies, PG_URL } from './pg-helpers.js'

announceSkip('test/postgres.test.ts')

describe.skipIf(PG_URL === undefined)('RelatedStore (PostgreSQL)', () => {
  const tests = poolForTests(4)
  const docs = new Map<string, DocJSON>()

  beforeAll(() => {
    for (const article of ARTICLES) docs.set(article.id, tag(article.text, { title: article.title }).toJSON())
  })

  async function storeFor(prefix: string, options: RelatedIndexOptions & { batchSize?: number } = {}): Promise<{ store: RelatedStore; table: string }> {
    const table = await freshTable(tests.pool, prefix)
    const store = createRelatedStore({ pool: tests.pool, table, ...options })
    await store.migrate()
    return { store, table }
  }

  /** Every id's related list, and a list for an unindexed document, from both; they must be equal. */
  async function expectSameAnswers(index: RelatedIndex, store: RelatedStore, ids: readonly string[], options: RelatedOptions = {}): Promise<void> {
    for (const id of ids) expect(await store.related(id, options), id).toEqual(index.related(id, options))
  }

  it('answers as the in-memory index on German articles: same ids, scores, rankings, shared tags', async () => {
    const { store, table } = await storeFor('parity')
    const index = new RelatedIndex()
    const [first, ...rest] = ARTICLES
    await store.add(first!.id, docs.get(first!.id)!, { publishedAt: first!.publishedAt })
    index.add(first!.id, docs.get(first!.id)!, { publishedAt: first!.publishedAt })
    expect(await store.addMany(rest.map((a) => ({ id: a.id, doc: docs.get(a.id)!, publishedAt: a.publishedAt })))).toBe(rest.length)
    for (const a of rest) index.add(a.id, docs.get(a.id)!, { publishedAt: a.publishedAt })
    const ids = ARTICLES.map((a) => a.id)
    const sample = await store.related('hochwasser-1')
    expect(sample.slice(0, 3).map((hit) => hit.id).sort()).toEqual(['hochwasser-2', 'hochwasser-3', 'hochwasser-4'])
    expect(sample[0]!.shared.length).toBeGreaterThan(0)
    await expectSameAnswers(index, store, ids)
    await expectSameAnswers(index, store, ids, { recency: false, limit: 3 })
    await expectSameAnswers(index, store, ids, { recency: { halfLifeDays: 30 }, minScore: 0.05 })
    await expectSameAnswers(index, store, ids, { exclude: ['bahn-2', 'hochwasser-2'], filter: (id) => !id.endsWith('3') })
    await expectSameAnswers(index, store, ids, { from: '2024-05-01', to: '2024-06-30T23:59:59Z' })
    const query = tag('Die Donau steigt wieder: In Passau bereitet sich die Feuerwehr auf Hochwasser vor.', { title: 'Neues Hochwasser droht' })
    for (const options of [{}, { publishedAt: '2024-06-06' }, { publishedAt: Date.parse('2025-01-01'), limit: 2 }]) {
      expect(await store.related(query, options)).toEqual(index.related(query, options))
    }
    expect(await inconsistencies(tests.pool, table)).toEqual([])
  })

  it('answers as the in-memory index where common tags are read through their best postings only', async () => {
    const options = { postingCap: 15, candidates: 25 }
    for (const expand of [0, 3]) {
      const { store } = await storeFor('bounded', { ...options, expand, batchSize: 97 })
      const index = new RelatedIndex({ ...options, expand })
      const corpus = new SyntheticCorpus(600, 5)
      const items = Array.from({ length: 600 }, (_, i) => corpus.doc(i))
      await store.addMany(items)
      for (const { id, doc, publishedAt } of items) index.add(id, doc, { publishedAt })
      await expectSameAnswers(index, store, items.filter((_, i) => i % 15 === 0).map((item) => item.id))
      const query = corpus.doc(900).doc
      expect(await store.related(query, { limit: 20 })).toEqual(index.related(query, { limit: 20 }))
    }
  })

  it('adds, has, counts, replaces and removes, and answers as the index after the same changes', async () => {
    const { store, table } = await storeFor('crud')
    const index = new RelatedIndex()
    const corpus = new SyntheticCorpus(200, 9)
    const items = Array.from({ length: 120 }, (_, i) => corpus.doc(i))
    await store.addMany((async function* () { yield* items })())
    for (const { id, doc, publishedAt } of items) index.add(id, doc, { publishedAt })
    expect(await store.size()).toBe(120)
    // Answers before the changes fill the store's caches, which the changes must not leave stale.
    await expectSameAnswers(index, store, ['d3', 'd10', ...items.slice(40, 60).map((item) => item.id)])
    expect(await store.has('d3')).toBe(true)
    expect(await store.has('nope')).toBe(false)
    await store.add('d3', corpus.doc(150).doc, { publishedAt: corpus.doc(150).publishedAt })
    index.add('d3', corpus.doc(150).doc, { publishedAt: corpus.doc(150).publishedAt })
    expect(await store.size()).toBe(120)
    expect(await store.remove('d7')).toBe(true)
    expect(await store.remove('d7')).toBe(false)
    index.remove('d7')
    expect(await store.size()).toBe(119)
    expect(await store.has('d7')).toBe(false)
    // A batch that repeats an id keeps its last document, as adding them one by one does.
    await store.addMany([{ id: 'x', doc: corpus.doc(160).doc }, { id: 'y', doc: corpus.doc(161).doc }, { id: 'x', doc: corpus.doc(162).doc }])
    for (const [id, i] of [['x', 160], ['y', 161], ['x', 162]] as const) index.add(id, corpus.doc(i).doc)
    expect(await store.size()).toBe(index.size)
    await expectSameAnswers(index, store, ['d3', 'd10', 'x', 'y', ...items.slice(40, 60).map((item) => item.id)])
    await expect(store.related('d7')).rejects.toThrow(RangeError)
    expect(await inconsistencies(tests.pool, table)).toEqual([])
  })

  it('stores and returns ids with quotes, semicolons, comment dashes, backslashes and non-Latin letters as they are', async () => {
    const { store } = await storeFor('ids')
    const doc = docs.get('bahn-1')!
    const odd = ["o'brien", 'say "hi"', "x'); DROP TABLE students; --", 'a;b', '-- comment', 'back\\slash', 'Straße 😀', '$1', '']
    await store.addMany(odd.map((id) => ({ id, doc })))
    expect(await store.size()).toBe(odd.length)
    for (const id of odd) expect(await store.has(id)).toBe(true)
    const hits = await store.related(odd[2]!, { limit: 20 })
    expect(hits.map((hit) => hit.id).sort()).toEqual(odd.filter((id) => id !== odd[2]).sort())
    expect(await store.remove(odd[2]!)).toBe(true)
    expect(await store.size()).toBe(odd.length - 1)
  })

  it('refuses what PostgreSQL text cannot hold, and bad arguments, naming them', async () => {
    const { store } = await storeFor('bad')
    const doc = docs.get('bahn-1')!
    await expect(store.add('a\u0000b', doc)).rejects.toThrow(/id "a\\u0000b" contains NUL \(U\+0000\)/)
    await expect(store.add('a\uD800', doc)).rejects.toThrow(/lone surrogate/)
    await expect(store.addMany([{ id: 'ok', doc }, { id: 'bad\u0000', doc }])).rejects.toThrow(/items\[1\]: id .* NUL/)
    const withNul = { ...doc, entities: [{ id: 'person:a\u0000b', name: 'A', type: 'person' as const, salience: 1, mentions: [] }] }
    await expect(store.add('n', withNul)).rejects.toThrow(/tag that contains NUL/)
    await expect(store.add(5 as unknown as string, doc)).rejects.toThrow(new TypeError('RelatedStore.add: id must be a string, got number'))
    await expect(store.has(null as unknown as string)).rejects.toThrow(/RelatedStore.has: id must be a string, got null/)
    await expect(store.add('x', {} as DocJSON)).rejects.toThrow(/RelatedStore.add: doc must be a Doc/)
    await expect(store.addMany(5 as unknown as [])).rejects.toThrow(/items must be an iterable/)
    await expect(store.related('x', { limit: -1 })).rejects.toThrow(/options.limit/)
    expect(() => createRelatedStore({ pool: tests.pool, table: 'x"; DROP TABLE y; --' })).toThrow(/options.table must be/)
    expect(() => createRelatedStore({ pool: tests.pool, table: 7 as unknown as string })).toThrow(TypeError)
    expect(() => createRelatedStore({} as never)).toThrow(/connectionString must be a string/)
    expect(await store.size()).toBe(0)
  })

  it('migrates idempotently and works through its own pool from a connection string', async () => {
    const table = await freshTable(tests.pool, 'own')
    const store = createRelatedStore({ connectionString: PG_URL!, table })
    await store.migrate()
    await store.migrate()
    await store.add('a', docs.get('fussball-1')!)
    await store.add('b', docs.get('fussball-2')!)
    expect((await store.related('a')).map((hit) => hit.id)).toEqual(['b'])
    await store.close()
    const again = createRelatedStore({ connectionString: PG_URL!, table })
    await again.migrate()
    expect(await again.size()).toBe(2)
    await again.close()
  })

  it('loads an empty store without the walk index, counts and builds at the end, also when the load fails', async () => {
    const { store, table } = await storeFor('load', { batchSize: 40 })
    const walk = async () => (await tests.pool.query<{ walk: string | null }>('SELECT to_regclass($1) AS walk', [`"${table}_postings_walk"`])).rows[0]!.walk
    expect(await walk()).not.toBeNull()
    const corpus = new SyntheticCorpus(300, 9)
    const index = new RelatedIndex()
    const during: Array<string | null> = []
    async function* items(from: number, to: number) {
      for (let i = from; i < to; i++) {
        if (i === from + 50) during.push(await walk())
        const item = corpus.doc(i)
        index.add(item.id, item.doc, { publishedAt: item.publishedAt })
        yield item
      }
    }
    expect(await store.addMany(items(0, 200))).toBe(200)
    expect(await walk()).not.toBeNull()
    // Queries without the index give the same answers, only slower.
    await tests.pool.query(`DROP INDEX "${table}_postings_walk"`)
    await expectSameAnswers(index, store, ['d0', 'd57', 'd199'])
    // A load that ended before finishing leaves no index and stale document frequencies: migrate() finishes it.
    await tests.pool.query(`UPDATE "${table}_tags" SET df = 1`)
    expect((await inconsistencies(tests.pool, table)).length).toBeGreaterThan(0)
    await store.migrate()
    expect(await walk()).not.toBeNull()
    expect(await inconsistencies(tests.pool, table)).toEqual([])
    // Into a store that holds documents, a load keeps the index.
    expect(await store.addMany(items(200, 300))).toBe(100)
    expect(during).toEqual([null, `${table}_postings_walk`])
    await expectSameAnswers(index, store, ['d0', 'd150', 'd250'])
    expect(await inconsistencies(tests.pool, table)).toEqual([])
    // A load into an empty store that fails at a bad item: the stored batches get their index all the same.
    const failing = await storeFor('loadfail', { batchSize: 40 })
    const bad = [...Array.from({ length: 50 }, (_, i) => corpus.doc(i)), { id: 'bad', doc: null as unknown as DocJSON }]
    await expect(failing.store.addMany(bad)).rejects.toThrow(/items\[50\]\.doc/)
    expect(await failing.store.size()).toBe(40)
    expect(await inconsistencies(tests.pool, failing.table)).toEqual([])
    expect((await tests.pool.query('SELECT to_regclass($1) AS walk', [`"${failing.table}_postings_walk"`])).rows[0].walk).not.toBeNull()
  })
})
