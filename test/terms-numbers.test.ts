import { describe, expect, it } from 'vitest'
import { tag } from '../src/index.js'
import { modifierLabel, prefixSpelling } from '../src/terms/labels.js'

function termsOf(text: string): Map<string, string> {
  return new Map(tag(text).terms().map(([key, , label]) => [key, label!]))
}

describe('number terms', () => {
  it('write years, results, amounts, shares, dates and large counts one way whatever the spelling', () => {
    const terms = termsOf(
      'Am 14. Mai 2024 gewann der Klub das Derby mit 3:1. Der Konzern meldet 1,7 Milliarden Euro Umsatz, ' +
        'die Zustimmung stieg auf 54 Prozent. Rund 200.000 Besucher kamen, Karten kosteten 2,80 Euro.',
    )
    expect(terms.get('2024')).toBe('2024')
    expect(terms.get('3:1')).toBe('3:1')
    expect(terms.get('1,7 mrd')).toBe('1,7 Milliarden')
    expect(terms.get('54 %')).toBe('54 Prozent')
    expect(terms.get('14. mai')).toBe('14. Mai')
    expect(terms.get('200000')).toBe('200.000')
    expect(terms.get('2,80 eur')).toBe('2,80 Euro')
    const other = termsOf('Der Konzern meldet 1,7 Mrd. Umsatz, die Zustimmung lag bei 54 % und der Preis bei 2,80 €.')
    for (const key of ['1,7 mrd', '54 %', '2,80 eur']) expect(other.has(key), key).toBe(true)
  })

  it('keep a model number with its name, so that the next model is another term', () => {
    const seven = termsOf('Das neue Nova 7 kommt im Herbst, das Nova 7 kostet mehr als das iPhone 15.')
    expect(seven.get('nova 7')).toBe('Nova 7')
    expect(seven.get('iphone 15')).toBe('iPhone 15')
    expect(termsOf('Das Nova 8 folgt ein Jahr später.').has('nova 7')).toBe(false)
  })

  it('leave out times of day, small bare numbers and numbers after function words or units', () => {
    const terms = termsOf('Um 15:30 Uhr begann die Sitzung. Um 7 Uhr kamen 12 Gäste, seit 3 Jahren und im Mai 2025 auch.')
    expect(terms.has('15:30')).toBe(false)
    expect(terms.has('um 7')).toBe(false)
    expect(terms.has('12')).toBe(false)
    expect(terms.has('jahren 3')).toBe(false)
    expect(terms.has('mai 2025')).toBe(false)
    expect(terms.get('2025')).toBe('2025')
  })
})

describe('hyphenated compounds', () => {
  it('count as a whole besides their parts: the name an event is known by', () => {
    const terms = termsOf('Der Deutschland-Pakt kommt. Bund und Länder einigen sich auf den Deutschland-Pakt.')
    expect(terms.get('deutschland-pakt')).toBe('Deutschland-Pakt')
    expect(terms.has('pakt')).toBe(true)
    // Not for words with digits or a one-letter part.
    const other = termsOf('Der 3D-Drucker und das E-Auto.')
    expect([...other.keys()].some((key) => key.includes('-'))).toBe(false)
  })
})

describe('term labels', () => {
  it('name a stem by its shortest form in the document and a folded modifier by the compound that spells it', () => {
    const terms = termsOf('Der Haushalts-Entwurf liegt vor. Über den Haushalt und die Haushalte der Länder wird gestritten.')
    expect(terms.get('haushalt')).toBe('Haushalt')
    expect(prefixSpelling('Flüchtlingskrise', 'fluchtling')).toBe('Flüchtling')
    expect(prefixSpelling('Straßenbahn', 'strass')).toBe('Straß')
    expect(prefixSpelling('Bahn', 'zug')).toBeUndefined()
    // The stem is cut (flughaf); the label is a word.
    expect(modifierLabel('Flughafenbetreiber', 'flughaf')).toBe('Flughafen')
    expect(modifierLabel('Xyzqwertgebiet', 'xyzqwert')).toBe('Xyzqwert')
  })
})
