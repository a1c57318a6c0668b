import { describe, expect, it } from 'vitest'
import { RelatedIndex, relatedness, tag, type DocJSON, type Entity } from '../src/index.js'

function entity(id: string, salience: number): Entity {
  return { id, name: id, type: 'place', salience, mentions: [] }
}

function doc(entities: Array<[string, number]>, terms: Array<[string, number]> = [], topics: Array<[string, number]> = []): DocJSON {
  return {
    sections: [],
    entities: entities.map(([id, salience]) => entity(id, salience)),
    topics: topics.map(([id, weight]) => ({ id, label: id, kind: 'keyphrase', weight })),
    terms,
  }
}

const DUERRE = tag('Wegen der Dürre bekommen Landwirte in Brandenburg Hilfen vom Land. Die Ernte fiel nach dem trockenen Sommer schwach aus, viele Landwirte bangen um ihre Betriebe.', { title: 'Dürrehilfen für Landwirte' })
const ERNTE = tag('Brandenburgs Landwirte fahren nach der Dürre eine schwache Ernte ein. Das Land verspricht den Betrieben schnelle Hilfen, doch viele Landwirte halten sie für zu klein.')
const KINO = tag('Im Kino am Markt läuft ab Donnerstag eine Komödie über eine Hochzeit auf Sylt. Die Hauptrolle spielt eine Schauspielerin aus Köln.')

describe('relatedness', () => {
  it('is 1 for identical tags, also between a Doc and its JSON', () => {
    expect(relatedness(DUERRE, DUERRE).score).toBe(1)
    expect(relatedness(DUERRE, DUERRE.toJSON()).score).toBe(1)
    expect(relatedness(JSON.parse(JSON.stringify(DUERRE)), DUERRE).score).toBe(1)
    expect(relatedness(DUERRE, DUERRE, { index: new RelatedIndex() }).score).toBe(1)
    const index = new RelatedIndex().add('d', DUERRE).add('e', DUERRE)
    expect(relatedness(DUERRE, DUERRE, { index }).score).toBe(1)
  })

  it('is 0 with nothing shared', () => {
    const result = relatedness(doc([['place:kiel', 1]], [['hafen', 1]]), doc([['place:passau', 1]], [['donau', 1]]))
    expect(result).toEqual({ score: 0, shared: [] })
    expect(relatedness(doc([]), doc([])).score).toBe(0)
  })

  it('is symmetric, within [0, 1], and its contributions add up to the score, largest first', () => {
    const docs = [DUERRE, ERNTE, KINO, doc([['place:brandenburg', 0.5]], [['durr', 0.7], ['ernt', 0.7]])]
    for (const a of docs) {
      for (const b of docs) {
        const ab = relatedness(a, b)
        const ba = relatedness(b, a)
        expect(ab).toEqual(ba)
        expect(ab.score).toBeGreaterThanOrEqual(0)
        expect(ab.score).toBeLessThanOrEqual(1)
        const sum = ab.shared.reduce((total, tag) => total + tag.contribution, 0)
        expect(Math.abs(sum - ab.score)).toBeLessThan(1e-5 * (ab.shared.length + 1))
        for (let i = 1; i < ab.shared.length; i++) expect(ab.shared[i - 1]!.contribution).toBeGreaterThanOrEqual(ab.shared[i]!.contribution)
      }
    }
  })

  it('finds the articles about the same event far more related than unrelated ones', () => {
    const same = relatedness(DUERRE, ERNTE)
    expect(same.score).toBeGreaterThan(0.2)
    expect(same.score).toBeGreaterThan(5 * relatedness(DUERRE, KINO).score)
    expect(same.shared.map((tag) => tag.id)).toEqual(expect.arrayContaining(['landwirt', 'durr']))
    expect(same.shared.every((tag) => tag.kind === 'term' || tag.kind === 'entity' || tag.kind === 'topic')).toBe(true)
  })

  it('scores an event shared far above a merely shared "Deutschland"', () => {
    const gipfelA = doc([['place:deutschland', 0.3], ['person:olaf-scholz', 1], ['place:elmau', 0.8], ['org:g7', 0.9]], [['gipfel', 0.8], ['klima', 0.6]])
    const gipfelB = doc([['person:olaf-scholz', 0.9], ['org:g7', 1], ['place:elmau', 0.7], ['place:deutschland', 0.2]], [['gipfel', 0.9], ['klima', 0.4]])
    const hafen = doc([['place:deutschland', 0.3], ['place:bremerhaven', 1]], [['hafen', 0.9], ['contain', 0.4]])
    const event = relatedness(gipfelA, gipfelB).score
    const country = relatedness(gipfelA, hafen).score
    expect(event).toBeGreaterThan(0.8)
    expect(country).toBeLessThan(0.1)
    expect(relatedness(gipfelA, hafen).shared.map((tag) => tag.id)).toEqual(['place:deutschland'])
  })

  it('counts a tag less when the collection shows it is common', () => {
    const index = new RelatedIndex()
    for (let i = 0; i < 50; i++) index.add(`d${i}`, doc([['place:deutschland', 1], [`place:ort-${i}`, 1]]))
    index.add('x', doc([['place:husum', 1]]))
    const commonOnly = relatedness(doc([['place:deutschland', 1], ['place:a', 1]]), doc([['place:deutschland', 1], ['place:b', 1]]), { index })
    const rareOnly = relatedness(doc([['place:husum', 1], ['place:a', 1]]), doc([['place:husum', 1], ['place:b', 1]]), { index })
    expect(rareOnly.score).toBeGreaterThan(2 * commonOnly.score)
    const withoutCollection = relatedness(doc([['place:deutschland', 1], ['place:a', 1]]), doc([['place:deutschland', 1], ['place:b', 1]]))
    expect(withoutCollection.score).toBe(0.5)
  })

  it('counts an entity once even when it is also an entity topic', () => {
    const a = doc([['place:kiel', 1]])
    const b = { ...doc([['place:kiel', 1]]), topics: [{ id: 'place:kiel', label: 'Kiel', kind: 'entity' as const, weight: 1 }] }
    expect(relatedness(a, b).score).toBe(1)
  })

  it('throws a TypeError naming the bad argument', () => {
    expect(() => relatedness(null as never, DUERRE)).toThrow(TypeError)
    expect(() => relatedness(null as never, DUERRE)).toThrow(/relatedness: a /)
    expect(() => relatedness(DUERRE, 'Text' as never)).toThrow(/relatedness: b /)
    expect(() => relatedness(DUERRE, { entities: [] } as never)).toThrow(/relatedness: b /)
    expect(() => relatedness(DUERRE, ERNTE, { index: {} as never })).toThrow(/options\.index/)
    expect(() => relatedness(DUERRE, ERNTE, { weights: { term: -1 } })).toThrow(/options\.weights\.term/)
  })
})
