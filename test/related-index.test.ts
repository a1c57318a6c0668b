import { describe, expect, it } from 'vitest'
import { DEFAULT_WEIGHTS, RelatedIndex, relatedness, type DocJSON, type RelatedHit, type RelatedIndexJSON } from '../src/index.js'
import { MAX_WEIGHT } from '../src/related/profile.js'
import { seededRandom } from './helpers.js'

/** Random tagged documents around `stories` events: each shares most tags of its event plus a few common ones. */
function corpus(count: number, seed: number, stories = Math.max(2, count >> 3)): Array<[string, DocJSON]> {
  const random = seededRandom(seed)
  const pick = (n: number) => Math.floor(random() * n)
  const docs: Array<[string, DocJSON]> = []
  for (let i = 0; i < count; i++) {
    const story = pick(stories)
    const entities = new Map<string, number>()
    const terms = new Map<string, number>()
    for (let k = 0; k < 4; k++) if (random() < 0.7) entities.set(`org:story-${story}-${k}`, 0.3 + random() * 0.7)
    if (random() < 0.5) entities.set('place:deutschland', 0.1 + random() * 0.5)
    entities.set(`person:p${pick(count * 2)}`, random())
    for (let k = 0; k < 12; k++) if (random() < 0.6) terms.set(`s${story}w${k}`, 0.2 + random())
    for (let k = 0; k < 10; k++) terms.set(`w${Math.floor(random() * random() * 300)}`, 0.1 + random() * 0.5)
    const doc: DocJSON = {
      sections: [],
      entities: [...entities].map(([id, salience]) => ({ id, name: id, type: 'organization', salience, mentions: [] })),
      topics: random() < 0.5 ? [{ id: `topic:t${story}`, label: `t${story}`, kind: 'keyphrase', weight: 0.8 }] : [],
      terms: [...terms],
    }
    docs.push([`doc-${String(i).padStart(4, '0')}`, doc])
  }
  return docs
}

function build(docs: Array<[string, DocJSON]>, options = {}): RelatedIndex {
  const index = new RelatedIndex(options)
  for (const [id, doc] of docs) index.add(id, doc)
  return index
}

const ids = (hits: RelatedHit[]) => hits.map((hit) => hit.id)

describe('RelatedIndex', () => {
  const docs = corpus(300, 7)
  const byId = new Map(docs)

  it('adds, has, counts, replaces and removes', () => {
    const index = build(docs.slice(0, 10))
    expect(index.size).toBe(10)
    expect(index.has('doc-0003')).toBe(true)
    expect(index.has('nope')).toBe(false)
    index.add('doc-0003', docs[20]![1])
    expect(index.size).toBe(10)
    expect(index.remove('doc-0003')).toBe(true)
    expect(index.remove('doc-0003')).toBe(false)
    expect(index.size).toBe(9)
    expect(index.has('doc-0003')).toBe(false)
  })

  it('returns the best related documents first, never the query itself, with exact relatedness scores', () => {
    const index = build(docs)
    for (const [id, doc] of docs.slice(0, 40)) {
      const hits = index.related(id, { limit: 10 })
      expect(hits.length).toBeLessThanOrEqual(10)
      expect(ids(hits)).not.toContain(id)
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!]
        expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true)
      }
      for (const hit of hits) expect(hit).toEqual({ id: hit.id, ranking: hit.score, ...relatedness(doc, byId.get(hit.id)!, { index }) })
    }
  })

  it('without query expansion or bounds, returns exactly the top documents by relatedness', () => {
    const index = build(docs, { expand: 0, postingCap: Infinity, candidates: Infinity })
    for (const [id, doc] of docs.slice(0, 20)) {
      const expected = docs
        .filter(([other]) => other !== id)
        .map(([other, candidate]) => { const r = relatedness(doc, candidate, { index }); return { id: other, ranking: r.score, ...r } })
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, 10)
      expect(index.related(id)).toEqual(expected)
    }
  })

  it('answers a document that is not indexed, and honours limit and exclude', () => {
    const index = build(docs.slice(1))
    const [, outside] = docs[0]!
    const hits = index.related(outside, { limit: 5 })
    expect(hits).toHaveLength(5)
    const excluded = index.related(outside, { limit: 5, exclude: [hits[0]!.id, hits[1]!.id] })
    expect(ids(excluded)).not.toContain(hits[0]!.id)
    expect(ids(excluded).slice(0, 3)).toEqual(ids(hits).slice(2, 5))
    expect(index.related(outside, { limit: 0 })).toEqual([])
    expect(index.related(docs[5]![0], { exclude: new Set(['doc-0006']) }).map((hit) => hit.id)).not.toContain('doc-0006')
  })

  it('breaks ties by id', () => {
    const same: DocJSON = { sections: [], entities: [], topics: [], terms: [['hafen', 1], ['kran', 0.5]] }
    const index = new RelatedIndex()
    for (const id of ['c', 'a', 'd', 'b']) index.add(id, same)
    expect(ids(index.related('d'))).toEqual(['a', 'b', 'c'])
    expect(index.related('d').map((hit) => hit.score)).toEqual([1, 1, 1])
  })

  it('keeps document frequencies current: after removals it answers as if the documents had never been added', () => {
    const index = build(docs)
    const kept = docs.filter((_, i) => i % 3 !== 0)
    for (const [id] of docs.filter((_, i) => i % 3 === 0)) index.remove(id)
    const fresh = build(kept)
    expect(index.size).toBe(fresh.size)
    expect(index.frequency('e:place:deutschland')).toBe(fresh.frequency('e:place:deutschland'))
    for (const [id] of kept.slice(0, 30)) expect(index.related(id)).toEqual(fresh.related(id))
    for (const [id] of docs.filter((_, i) => i % 3 === 0)) expect(() => index.related(id)).toThrow(RangeError)
  })

  it('stays exact through compaction after many removals', () => {
    const many = corpus(2500, 11)
    const index = build(many)
    const kept = many.filter((_, i) => i % 5 === 0)
    for (const [id] of many) if (!kept.some(([k]) => k === id)) index.remove(id)
    const fresh = build(kept)
    for (const [id] of kept.slice(0, 40)) expect(index.related(id)).toEqual(fresh.related(id))
  })

  it('saves and loads to identical results', () => {
    const index = build(docs, { postingCap: 20 })
    for (const [id] of docs.slice(0, 50)) index.remove(id)
    const loaded = RelatedIndex.fromJSON(JSON.parse(JSON.stringify(index)))
    expect(loaded.size).toBe(index.size)
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(index))
    for (const [id, doc] of docs.slice(50, 110)) {
      expect(loaded.related(id)).toEqual(index.related(id))
      expect(loaded.related(doc, { limit: 3 })).toEqual(index.related(doc, { limit: 3 }))
    }
    const unbounded = RelatedIndex.fromJSON(JSON.parse(JSON.stringify(build(docs.slice(0, 20), { postingCap: Infinity, candidates: Infinity }))))
    expect(unbounded.toJSON().options).toMatchObject({ postingCap: Infinity, candidates: Infinity })
  })

  it('keeps its idf form and expansion ranking, saved and loaded, and they change the ranking', () => {
    const plain = build(docs, { idf: 'none', expansionNorm: 'full' })
    const saved = JSON.parse(JSON.stringify(plain))
    expect(saved.options).toMatchObject({ idf: 'none', expansionNorm: 'full' })
    const loaded = RelatedIndex.fromJSON(saved)
    const standard = build(docs)
    let differ = 0
    for (const [id] of docs.slice(0, 40)) {
      expect(loaded.related(id)).toEqual(plain.related(id))
      if (JSON.stringify(standard.related(id)) !== JSON.stringify(plain.related(id))) differ++
    }
    expect(differ).toBeGreaterThan(0)
    // An index saved before these options existed loads with the defaults.
    const old = JSON.parse(JSON.stringify(standard))
    delete old.options.idf
    delete old.options.expansionNorm
    expect(RelatedIndex.fromJSON(old).toJSON().options).toMatchObject({ idf: 'bm25', expansionNorm: 'shareable' })
    expect(() => new RelatedIndex({ expansionNorm: 'half' as 'full' })).toThrow(/options\.expansionNorm must be one of/)
  })

  it('gives the same results as an unbounded index when common tags are bounded', () => {
    const bounded = build(docs, { postingCap: 30 })
    const exact = build(docs, { postingCap: Infinity, candidates: Infinity })
    expect(bounded.frequency('e:place:deutschland')).toBeGreaterThan(30)
    let overlap = 0
    for (const [id] of docs.slice(0, 60)) {
      const a = new Set(ids(bounded.related(id)))
      overlap += ids(exact.related(id)).filter((hit) => a.has(hit)).length
    }
    expect(overlap / (60 * 10)).toBeGreaterThan(0.95)
  })

  it('is deterministic', () => {
    const first = build(docs)
    const second = build(docs)
    for (const [id] of docs.slice(0, 20)) expect(first.related(id)).toEqual(second.related(id))
  })

  it('throws a TypeError naming the bad argument', () => {
    const index = build(docs.slice(0, 5))
    const [, doc] = docs[0]!
    expect(() => index.add(5 as never, doc)).toThrow(/add: id must be a string/)
    expect(() => index.add('x', {} as never)).toThrow(/add: doc must be a Doc/)
    expect(() => index.add('x', null as never)).toThrow(TypeError)
    expect(() => index.remove(1 as never)).toThrow(/remove: id must be a string/)
    expect(() => index.has(undefined as never)).toThrow(/has: id must be a string/)
    expect(() => index.related(42 as never)).toThrow(/related: idOrDoc must be a Doc/)
    expect(() => index.related('doc-0001', { limit: -1 })).toThrow(/options\.limit must be a non-negative integer/)
    expect(() => index.related('doc-0001', { limit: 2.5 })).toThrow(TypeError)
    expect(() => index.related('doc-0001', { exclude: 'doc-0002' as never })).toThrow(/options\.exclude/)
    expect(() => index.related('doc-0001', { exclude: [3] as never })).toThrow(/options\.exclude/)
    expect(() => index.related('doc-0001', null as never)).toThrow(/options must be an object/)
    expect(() => new RelatedIndex({ postingCap: 0 })).toThrow(/options\.postingCap/)
    expect(() => new RelatedIndex({ candidates: -2 })).toThrow(/options\.candidates/)
    expect(() => RelatedIndex.fromJSON({ format: 'x' })).toThrow(TypeError)
    expect(() => index.related('unbekannt')).toThrow(RangeError)
  })
})

describe('RelatedIndex: a saved index always reloads (issue 13)', () => {
  const termsDoc = (terms: Array<[string, number]>): DocJSON => ({ sections: [], entities: [], topics: [], terms })
  const reload = (index: RelatedIndex) => RelatedIndex.fromJSON(JSON.parse(JSON.stringify(index)))
  const saved = () => {
    const index = new RelatedIndex()
    index.add('hafen', termsDoc([['hafen', 1], ['kran', 0.5]]))
    index.add('werft', termsDoc([['hafen', 0.25], ['schiff', 1]]))
    return JSON.parse(JSON.stringify(index)) as RelatedIndexJSON
  }

  it('clamps a weight that overflows a 32-bit float on add, so that toJSON writes what fromJSON reads', () => {
    const index = new RelatedIndex()
    index.add('a', termsDoc([['hafen', 1e39], ['kran', 1]]))
    index.add('b', termsDoc([['hafen', 1], ['kran', 1]]))
    index.add('c', termsDoc([['hafen', Number.MAX_VALUE], ['deich', 1e-40]]))
    const json = JSON.parse(JSON.stringify(index)) as RelatedIndexJSON
    expect(json.docs[0]![2]).toEqual([MAX_WEIGHT, 1])
    expect(ids(index.related('b'))).toEqual(['a', 'c'])
    for (const hit of index.related('b')) expect(hit.score > 0 && hit.score <= 1).toBe(true)
    expect(reload(index).related('b')).toEqual(index.related('b'))
  })

  it('skips weights that are not positive finite 32-bit floats on add', () => {
    const index = new RelatedIndex()
    index.add('a', termsDoc([['hafen', -1], ['kran', Number.NaN], ['deich', 1e-50], ['mole', Infinity], ['schiff', 1]]))
    expect(index.toJSON().tags).toEqual(['w:schiff'])
    expect(reload(index).size).toBe(1)
  })

  it('names the bad entry of a saved index', () => {
    const withWeight = (weight: unknown) => {
      const json = saved() as unknown as { docs: unknown[][] }
      ;(json.docs[1]![2] as unknown[])[1] = weight
      return json
    }
    expect(() => RelatedIndex.fromJSON(withWeight(Infinity))).toThrow('RelatedIndex.fromJSON: json.docs[1].tags[1]: weight must be finite, got Infinity')
    expect(() => RelatedIndex.fromJSON(withWeight(null))).toThrow('json.docs[1].tags[1]: weight must be a number, got null')
    expect(() => RelatedIndex.fromJSON(withWeight(1e300))).toThrow(/json\.docs\[1\]\.tags\[1\]: weight must be at most 3\.4028234663852886e\+38/)
    expect(() => RelatedIndex.fromJSON(withWeight(0))).toThrow('json.docs[1].tags[1]: weight must be positive')
    expect(() => RelatedIndex.fromJSON(withWeight(1e-50))).toThrow('json.docs[1].tags[1]: weight must not be 0 as a 32-bit float')
    expect(RelatedIndex.fromJSON(withWeight(MAX_WEIGHT)).size).toBe(2)
  })

  it('refuses duplicate ids, options that are not an object, and repeated or unknown tags', () => {
    const edit = (change: (json: { options: unknown; tags: unknown[]; labels: unknown[]; docs: unknown[][] }) => void) => {
      const json = saved() as unknown as Parameters<Parameters<typeof edit>[0]>[0]
      change(json)
      return () => RelatedIndex.fromJSON(json)
    }
    expect(edit((json) => (json.docs[1]![0] = 'hafen'))).toThrow('json.docs[1]: id "hafen" repeats json.docs[0]')
    expect(edit((json) => (json.options = []))).toThrow('json.options must be an object, got an array')
    expect(edit((json) => (json.options = { postingCap: 0 }))).toThrow('RelatedIndex.fromJSON: json.options.postingCap must be a positive integer')
    expect(edit((json) => (json.tags[2] = 'w:hafen'))).toThrow('json.tags[2] repeats json.tags[0]')
    expect(edit((json) => (json.tags[0] = 'hafen'))).toThrow('json.tags[0] must be "e:", "t:" or "w:" and an id')
    expect(edit((json) => (json.docs[0]![1] = [0, 0]))).toThrow('json.docs[0].tags[1]: tag index 0 repeats in the document')
    expect(edit((json) => (json.docs[0]![1] = [0, 7]))).toThrow('json.docs[0].tags[1]: tag index must be an integer from 0 to 2, got 7')
    expect(edit((json) => (json.docs[0]![2] = [1]))).toThrow('json.docs[0]: tag indices and weights must be arrays of one length')
    expect(edit((json) => (json.docs[0]![3] = 'gestern'))).toThrow('json.docs[0][3]: publication time must be finite epoch ms or null, got "gestern"')
    expect(edit((json) => (json.labels = ['Hafen']))).toThrow('json.labels must be an array with one label per tag')
    expect(edit((json) => (json.docs[0] = { id: 'hafen' } as never))).toThrow('json.docs[0] must be [id, tag indices, weights, epoch ms or null]')
    expect(() => RelatedIndex.fromJSON([])).toThrow('json must be an object, got an array')
  })

  it('reads the first format: no labels, no publication times', () => {
    const old = { format: 'schlagwort-related-index/1', options: { postingCap: 250, candidates: 200, expand: 3, weights: DEFAULT_WEIGHTS }, tags: ['w:hafen', 'w:kran', 'w:schiff'], docs: [['hafen', [0, 1], [1, 0.5]], ['werft', [0, 2], [0.25, 1]]] }
    const index = RelatedIndex.fromJSON(old)
    expect(ids(index.related('hafen'))).toEqual(['werft'])
    expect(index.publishedAt('werft')).toBeUndefined()
    expect(index.label('w:hafen')).toBe('')
    expect(index.toJSON().format).toBe('schlagwort-related-index/2')
  })
})

