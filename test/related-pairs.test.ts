import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RelatedIndex, relatedness, tag, type Doc } from '../src/index.js'

// Short articles written for this test: three pairs about the same events (ferry aground off Rügen, rail strike
// settled, a football match) and two unrelated ones that share only "Deutschland" with each other.
const DIR = join(import.meta.dirname, 'fixtures', 'related')
const docs = new Map<string, Doc>(readdirSync(DIR).filter((file) => file.endsWith('.txt')).sort().map((file) => [file.slice(0, -4), tag(readFileSync(join(DIR, file), 'utf8'))]))
const PAIRS: Array<[string, string]> = [['faehre-1', 'faehre-2'], ['bahn-1', 'bahn-2'], ['fussball-1', 'fussball-2']]

describe('related articles written in pairs', () => {
  it('has at least six articles', () => {
    expect(docs.size).toBeGreaterThanOrEqual(6)
  })

  it("ranks each article's partner first in an index of all of them", () => {
    const index = new RelatedIndex()
    for (const [id, doc] of docs) index.add(id, doc)
    for (const [a, b] of PAIRS) {
      expect(index.related(a)[0]?.id, a).toBe(b)
      expect(index.related(b)[0]?.id, b).toBe(a)
    }
  })

  it("ranks each article's partner first by relatedness alone, without a collection", () => {
    for (const [a, b] of PAIRS) {
      const partner = relatedness(docs.get(a)!, docs.get(b)!).score
      for (const [other, doc] of docs) if (other !== a && other !== b) expect(partner, `${a} vs ${other}`).toBeGreaterThan(relatedness(docs.get(a)!, doc).score)
    }
  })

  it('scores an event pair well above two articles that only share a country', () => {
    const event = Math.min(...PAIRS.map(([a, b]) => relatedness(docs.get(a)!, docs.get(b)!).score))
    expect(event).toBeGreaterThan(4 * relatedness(docs.get('museum')!, docs.get('sturm')!).score)
  })
})
