import { describe, expect, it } from 'vitest'
import { tag } from '../src/index.js'
import { MAX_TERMS } from '../src/terms/index.js'

const TEXT = 'Der Stadtrat hat den Bau der neuen Brücke über die Weser beschlossen. Die Brücke soll 2027 fertig sein. ' +
  'Kritiker halten die Brücke für zu teuer, der Stadtrat verweist auf den Verkehr. Auf der Weser fahren täglich Schiffe.'

describe('term vector', () => {
  const terms = tag(TEXT, { title: 'Neue Weserbrücke kommt' }).terms()

  it('holds stemmed content words without stopwords, best first, then by term', () => {
    const words = terms.map(([term]) => term)
    expect(words).toContain('bruck')
    expect(words).toContain('schiff')
    expect(words).toContain('stadt') // Stadtrat, folded into its modifier
    expect(words).not.toContain('der')
    expect(words).not.toContain('die')
    expect(words[0]).toBe('bruck')
    for (let i = 1; i < terms.length; i++) {
      const [a, b] = [terms[i - 1]!, terms[i]!]
      expect(a[1] > b[1] || (a[1] === b[1] && a[0] < b[0])).toBe(true)
    }
  })

  it('folds compounds into their modifier', () => {
    const text = 'Die Flüchtlingskrise beschäftigt die Stadt. Im neuen Flüchtlingsheim wohnen 80 Flüchtlinge, weitere Flüchtlinge kommen.'
    const words = tag(text).terms().map(([term]) => term)
    expect(words).toContain('fluchtling')
    expect(words).not.toContain('fluchtlingskris')
    expect(words).not.toContain('fluchtlingsheim')
  })

  it('is L2-normalised', () => {
    const norm = Math.sqrt(terms.reduce((sum, [, weight]) => sum + weight * weight, 0))
    expect(norm).toBeCloseTo(1, 3)
  })

  it('weighs title words more than body words seen as often', () => {
    const weight = (term: string) => terms.find(([t]) => t === term)?.[1] ?? 0
    expect(weight('weserbruck')).toBeGreaterThan(weight('kritik'))
  })

  it('keeps at most MAX_TERMS terms and is deterministic', () => {
    const words = Array.from({ length: 200 }, (_, i) => `Wort${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`)
    const long = tag(words.join(' ') + '.').terms()
    expect(long).toHaveLength(MAX_TERMS)
    expect(tag(words.join(' ') + '.').terms()).toEqual(long)
  })

  it('is empty for text without words', () => {
    expect(tag('').terms()).toEqual([])
    expect(tag('12 345 , . !').terms()).toEqual([])
  })
})
