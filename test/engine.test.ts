import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createEngine, createTagger, relatedness, RelatedIndex, tag } from '../src/index.js'

const TEXT = `Werksbesuch bei Kolbenhain

Die Kolbenhain-Werke in Bremerhaven bekommen einen neuen Chef. Lenja Fasbinder übernimmt die Leitung der Kolbenhain-Werke am Montag.

Fasbinder war zuvor Finanzchefin der Reederei Tammelund. Die Gewerkschaft begrüßte die Entscheidung.`

const OWN_A = [{ id: 'org:kolbenhain-werke', type: 'organization' as const, name: 'Kolbenhain-Werke' }]
const OWN_B = [
  { id: 'person:lenja-fasbinder', type: 'person' as const, name: 'Lenja Fasbinder', aliases: ['Fasbinder'] },
  { id: 'org:own-tammelund', type: 'organization' as const, name: 'Reederei Tammelund', aliases: ['Tammelund'] },
]

const ARTICLES = ['wirtschaft-siemens', 'sport-bayern-bvb', 'kultur-berlinale', 'regional-koeln'].map((name) => readFileSync(`test/fixtures/tagging/${name}.txt`, 'utf8'))

function ids(json: ReturnType<ReturnType<typeof tag>['toJSON']>): string[] {
  return json.entities.map((entity) => entity.id)
}

describe('engines', () => {
  it('tag the same text differently with different own entities, each as if alone', () => {
    // Each engine alone in a fresh state …
    const aloneA = createEngine({ entities: OWN_A }).tag(TEXT).toJSON()
    const aloneB = createEngine({ entities: OWN_B }).tag(TEXT).toJSON()
    // … and the same two engines interleaved with each other and with the default engine over other articles.
    const a = createEngine({ entities: OWN_A })
    const b = createEngine({ entities: OWN_B })
    for (const article of ARTICLES) {
      a.tag(article)
      b.tag(article)
      tag(article)
    }
    const withA = a.tag(TEXT).toJSON()
    const withB = b.tag(TEXT).toJSON()
    expect(JSON.stringify(withA)).toBe(JSON.stringify(aloneA))
    expect(JSON.stringify(withB)).toBe(JSON.stringify(aloneB))
    expect(ids(withA)).toContain('org:kolbenhain-werke')
    expect(ids(withA)).not.toContain('org:own-tammelund')
    expect(ids(withB)).toContain('org:own-tammelund')
    expect(ids(withB)).toContain('person:lenja-fasbinder')
    expect(ids(withB)).not.toContain('org:kolbenhain-werke')
    // The default engine knows neither engine's entries.
    const plain = ids(tag(TEXT).toJSON())
    expect(plain).not.toContain('org:kolbenhain-werke')
    expect(plain).not.toContain('org:own-tammelund')
  })

  it('give the default engine the same results before and after other engines ran', () => {
    const before = JSON.stringify(tag(ARTICLES[0]!).toJSON())
    const other = createEngine({ entities: [{ id: 'org:siemens', type: 'organization', name: 'Siemens', aliases: ['Erlangen'] }] })
    expect(ids(other.tag(ARTICLES[0]!).toJSON())).toContain('org:siemens')
    expect(JSON.stringify(tag(ARTICLES[0]!).toJSON())).toBe(before)
  })

  it('keep createTagger as a thin alias with its own engine', () => {
    const tagWith = createTagger({ entities: OWN_A })
    expect(JSON.stringify(tagWith(TEXT).toJSON())).toBe(JSON.stringify(createEngine({ entities: OWN_A }).tag(TEXT).toJSON()))
    expect(() => createTagger({ entities: [{ id: '', type: 'person', name: 'X' }] })).toThrow(/^createTagger: entities\[0\]\.id/)
    expect(() => createEngine({ entities: [{ id: 'x', type: 'thing' as 'person', name: 'X' }] })).toThrow(/^createEngine: entities\[0\]\.type/)
    expect(() => createEngine(null as unknown as object)).toThrow(/createEngine: options must be an object/)
  })

  it('tag tokens with the recogniser alone', () => {
    const engine = createEngine({ entities: OWN_B })
    expect(engine.tagTokens(['Lenja', 'Fasbinder', 'reist', 'nach', 'Bremerhaven', '.'])).toEqual(['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O'])
    expect(() => engine.tagTokens([1 as unknown as string])).toThrow(TypeError)
  })

  it('make related-article indexes with their settings', () => {
    const engine = createEngine({ related: { weights: { entity: 0, topic: 0, term: 1 }, expand: 0 } })
    const index = engine.relatedIndex()
    expect(index).toBeInstanceOf(RelatedIndex)
    expect(index.channelWeights).toEqual({ entity: 0, topic: 0, term: 1 })
    expect(engine.relatedIndex({ expand: 2 }).channelWeights).toEqual({ entity: 0, topic: 0, term: 1 })
    const [x, y] = [engine.tag(ARTICLES[0]!), engine.tag(ARTICLES[1]!)]
    expect(engine.relatedness(x, y)).toEqual(relatedness(x, y, { weights: { entity: 0, topic: 0, term: 1 } }))
    expect(() => createEngine({ related: { idf: 'tfidf' as 'bm25' } })).toThrow(/options\.idf must be one of/)
  })
})
