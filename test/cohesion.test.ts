import { describe, expect, it } from 'vitest'
import { themeParts } from '../src/topics/cohesion.js'

/** themeParts with its own recursion, unmemoised. */
const parts = (lemma: string): readonly string[] => themeParts(lemma, parts)

describe('themeParts', () => {
  it('takes a compound apart level by level into lower-case lemmas', () => {
    const theft = parts('Wohnungseinbruchdiebstahl')
    expect(theft[0]).toBe('wohnungseinbruchdiebstahl')
    for (const part of ['wohnungseinbruch', 'einbruch', 'wohnung']) expect(theft).toContain(part)
    expect(parts('Eigenbedarfskündigung')).toEqual(['eigenbedarfskündigung', 'kündigung', 'eigenbedarf'])
  })

  it('gives a simple word alone, and leaves out generic nouns and short chance splits', () => {
    expect(parts('Aushöhlung')).toEqual(['aushöhlung'])
    // Land is a generic noun and Pro|gramm a chance split of Programm.
    expect(parts('Landesprogramm')).toEqual(['landesprogramm', 'programm'])
  })
})
