import { describe, expect, it } from 'vitest'
import { RelatedIndex, relatedness, type DocJSON } from '../src/index.js'

/** A tagged document with the given terms (each weight 1) and their labels. */
function doc(terms: string[], labels: Record<string, string> = {}): DocJSON {
  return { sections: [], entities: [], topics: [], terms: terms.map((term) => (labels[term] ? [term, 1, labels[term]!] : [term, 1])) }
}

const DAY = 86_400_000
const T0 = Date.parse('2024-11-20T10:00:00+01:00')

/** A query about a budget debate, last year's debate, this week's report and an unrelated story. */
function budgetIndex(): RelatedIndex {
  const index = new RelatedIndex({ expand: 0 })
  index.add('heute', doc(['haushalt', 'debatt', 'landtag', 'schuld']), { publishedAt: new Date(T0) })
  // Last year's debate shares more words than this week's second report.
  index.add('vorjahr', doc(['haushalt', 'debatt', 'landtag', 'schuld', 'opposition']), { publishedAt: T0 - 365 * DAY })
  index.add('bericht', doc(['haushalt', 'debatt', 'landtag', 'finanzminist']), { publishedAt: new Date(T0 + DAY).toISOString() })
  index.add('ohne-datum', doc(['haushalt', 'debatt', 'landtag', 'kita']))
  index.add('anderes', doc(['fussball', 'derby']), { publishedAt: T0 })
  return index
}

describe('RelatedIndex with publication times', () => {
  it('prefers the report of the same days to a closer match a year earlier', () => {
    const index = budgetIndex()
    const hits = index.related('heute')
    expect(hits[0]!.id).toBe('bericht')
    expect(hits.map((hit) => hit.id)).toEqual(['bericht', 'ohne-datum', 'vorjahr'])
    const last = hits.find((hit) => hit.id === 'vorjahr')!
    // The score stays the relatedness; the ranking carries the time preference.
    expect(last.score).toBe(relatedness(doc(['haushalt', 'debatt', 'landtag', 'schuld']), doc(['haushalt', 'debatt', 'landtag', 'schuld', 'opposition']), { index }).score)
    expect(last.ranking).toBeLessThan(last.score * 0.001)
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.ranking).toBeGreaterThanOrEqual(hits[i]!.ranking)
  })

  it('orders by relatedness alone with recency: false, and with a long half-life nearly so', () => {
    const index = budgetIndex()
    const plain = index.related('heute', { recency: false })
    expect(plain[0]!.id).toBe('vorjahr')
    for (const hit of plain) expect(hit.ranking).toBe(hit.score)
    expect(index.related('heute', { recency: { halfLifeDays: 100_000 } })[0]!.id).toBe('vorjahr')
  })

  it('gives an undated query no time preference, and a document query the time it is given', () => {
    const index = budgetIndex()
    const query = doc(['haushalt', 'debatt', 'landtag', 'schuld'])
    expect(index.related(query, { exclude: ['heute'] })[0]!.id).toBe('vorjahr')
    expect(index.related(query, { exclude: ['heute'], publishedAt: '2024-11-21' })[0]!.id).toBe('bericht')
  })

  it('keeps results inside a time window, leaving undated ones out', () => {
    const index = budgetIndex()
    const hits = index.related('heute', { from: new Date(T0 - 30 * DAY), to: '2024-12-31' })
    expect(hits.map((hit) => hit.id)).toEqual(['bericht'])
    expect(index.related('heute', { to: T0 - 100 * DAY }).map((hit) => hit.id)).toEqual(['vorjahr'])
  })

  it('filters by a predicate and by a minimum score', () => {
    const index = budgetIndex()
    const seen: string[] = []
    const hits = index.related('heute', { filter: (id) => (seen.push(id), id !== 'bericht') })
    expect(hits.map((hit) => hit.id)).not.toContain('bericht')
    expect(seen).not.toContain('heute')
    const best = index.related('heute', { recency: false })[0]!.score
    expect(index.related('heute', { minScore: best }).map((hit) => hit.id)).toEqual(['vorjahr'])
  })

  it('reports bad times and options as errors that name them', () => {
    const index = budgetIndex()
    expect(() => index.add('x', doc(['a']), { publishedAt: 'gestern' })).toThrow(/RelatedIndex.add: options.publishedAt/)
    expect(() => index.add('x', doc(['a']), { publishedAt: new Date(Number.NaN) })).toThrow(TypeError)
    expect(() => index.related('heute', { recency: { halfLifeDays: 0 } })).toThrow(/options.recency/)
    expect(() => index.related('heute', { from: '2025-01-01', to: '2024-01-01' })).toThrow(RangeError)
    expect(() => index.related('heute', { filter: 'ja' as never })).toThrow(/options.filter/)
    expect(() => index.related('heute', { minScore: Number.NaN })).toThrow(/options.minScore/)
    expect(index.has('x')).toBe(false)
  })

  it('keeps times and labels through save and load, with identical results', () => {
    const index = budgetIndex()
    index.add('benannt', doc(['haushalt', 'landtag'], { haushalt: 'Haushalts' }), { publishedAt: T0 })
    const loaded = RelatedIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())))
    for (const id of ['heute', 'vorjahr', 'bericht', 'ohne-datum']) {
      expect(loaded.related(id)).toEqual(index.related(id))
      expect(loaded.publishedAt(id)).toBe(index.publishedAt(id))
    }
    expect(loaded.publishedAt('ohne-datum')).toBeUndefined()
    expect(loaded.publishedAt('heute')).toBe(T0)
  })

  it('still loads an index saved before publication times', () => {
    const saved = { ...budgetIndex().toJSON(), format: 'schlagwort-related-index/1' } as Record<string, unknown>
    delete saved.labels
    saved.docs = (saved.docs as unknown[][]).map((entry) => entry.slice(0, 3))
    const loaded = RelatedIndex.fromJSON(saved)
    expect(loaded.publishedAt('heute')).toBeUndefined()
    expect(loaded.related('heute')[0]!.id).toBe('vorjahr')
  })
})

describe('explanations', () => {
  it('name shared tags as people read them: entity names, topic labels, terms as written', () => {
    const a: DocJSON = {
      sections: [],
      entities: [{ id: 'place:kiel', name: 'Kiel', type: 'place', salience: 0.5, mentions: [] }],
      topics: [{ id: 'topic:generaldebatte', label: 'Generaldebatte', kind: 'keyphrase', weight: 0.5 }],
      terms: [['haushalt', 1, 'Haushalts'], ['2024', 0.5, '2024']],
    }
    const b: DocJSON = { ...a, terms: [['haushalt', 1, 'Haushalt'], ['2024', 0.5, '2024']] }
    const shared = relatedness(a, b).shared
    expect(shared.map((tag) => tag.label).sort()).toEqual(['2024', 'Generaldebatte', 'Haushalt', 'Kiel'])
    // The same labels whichever document comes first.
    expect(relatedness(b, a)).toEqual(relatedness(a, b))
  })

  it('fall back to the id when no document gave a label', () => {
    const shared = relatedness(doc(['haushalt']), doc(['haushalt'])).shared
    expect(shared).toEqual([{ kind: 'term', id: 'haushalt', label: 'haushalt', contribution: 1 }])
  })
})
