import { describe, expect, it } from 'vitest'
import { tag, tokenize } from '../src/index.js'
import { randomCodeUnits, seededRandom, spansAreValid } from './helpers.js'

const ARTICLE = `Neue Brücke über die Elbe

Die Stadt Dresden hat am Montag eine neue Fußgängerbrücke eröffnet. Oberbürgermeister Dirk Hilbert sprach von einem „Tag der Freude“.

Die Bauarbeiten hatten drei Jahre gedauert.`

describe('tag: bad input', () => {
  it('throws a TypeError naming text for non-strings', () => {
    expect(() => tag(undefined as unknown as string)).toThrow(TypeError)
    expect(() => tag(undefined as unknown as string)).toThrow(/text/)
    expect(() => tag(42 as unknown as string)).toThrow(/text must be a string, got number/)
    expect(() => tag(null as unknown as string)).toThrow(/got null/)
    expect(() => tokenize({} as unknown as string)).toThrow(TypeError)
  })

  it('names a bad title option', () => {
    expect(() => tag('Text', { title: 5 as unknown as string })).toThrow(/options\.title/)
  })

  it('returns an empty document for empty or whitespace text', () => {
    for (const text of ['', '   ', '\n\n\t \u00A0\n']) {
      const doc = tag(text)
      expect(doc.tokens()).toEqual([])
      expect(doc.sentences()).toEqual([])
      expect(doc.sections()).toEqual([])
      expect(doc.entities()).toEqual([])
      expect(doc.topics()).toEqual([])
    }
  })

  it('survives 5 MB of random code points, lone surrogates included', () => {
    const text = randomCodeUnits(5_000_000, 7)
    const doc = tag(text)
    const tokens = doc.tokens()
    expect(tokens.length).toBeGreaterThan(100_000)
    expect(spansAreValid(tokens.slice(0, 5000), text)).toBe(true)
    expect(spansAreValid(doc.sentences().slice(0, 500), text)).toBe(true)
    expect(spansAreValid(doc.entities().flatMap((entity) => entity.mentions), text)).toBe(true)
    // Every word of random text is new to the recogniser's per-word cache: about 30 s here, linear, not a hang.
  }, 240_000)

  it('survives binary junk and HTML fragments', () => {
    const random = seededRandom(3)
    let junk = ''
    for (let i = 0; i < 200_000; i++) junk += String.fromCharCode(Math.floor(random() * 256))
    expect(() => tag(junk).toJSON()).not.toThrow()
    const html = '<div class="teaser"><p>Die <b>Bundesregierung</b> tagt in Berlin.</p><script>var x = "<p>";</script><p>Weiter &amp; so &auml;hnlich</p>'
    const doc = tag(html)
    const words = doc.tokens().map((token) => token.text)
    expect(words).toContain('Bundesregierung')
    expect(words).not.toContain('div')
    expect(words).not.toContain('var')
    expect(spansAreValid(doc.tokens(), html)).toBe(true)
    expect(tag('<<<<>>>>&&&;;;<a <b <c').tokens().length).toBeGreaterThan(0)
  })
})

describe('tag: document', () => {
  it('gives spans whose text is the slice of the input', () => {
    const doc = tag(ARTICLE)
    expect(spansAreValid(doc.tokens(), ARTICLE)).toBe(true)
    expect(spansAreValid(doc.sentences(), ARTICLE)).toBe(true)
    expect(spansAreValid(doc.sections(), ARTICLE)).toBe(true)
    expect(doc.tokens().some((token) => token.text === 'Fußgängerbrücke')).toBe(true)
  })

  it('keeps offsets right around soft hyphens, non-breaking spaces and astral characters', () => {
    const text = 'Die Bun\u00ADdes\u00ADregierung 🇩🇪 tagt\u00A0heute 😀 in Köln.'
    const tokens = tokenize(text)
    expect(spansAreValid(tokens, text)).toBe(true)
    expect(tokens.map((token) => token.text)).toContain('Bun\u00ADdes\u00ADregierung')
  })

  it('gives a title given apart its own section with field title', () => {
    const title = 'Neue Brücke eröffnet'
    const text = 'Die Stadt Dresden hat am Montag eine neue Brücke eröffnet.'
    const doc = tag(text, { title })
    const sections = doc.sections()
    expect(sections[0]).toMatchObject({ type: 'title', field: 'title', start: 0, end: title.length, text: title })
    expect(sections.slice(1).every((section) => section.field === undefined)).toBe(true)
    expect(spansAreValid(doc.tokens(), text, title)).toBe(true)
    expect(doc.tokens().find((token) => token.text === 'Dresden')).toMatchObject({ start: 10, end: 17 })
  })

  it('is deterministic', () => {
    expect(JSON.stringify(tag(ARTICLE))).toBe(JSON.stringify(tag(ARTICLE)))
  })

  it('serialises to the documented JSON shape', () => {
    const json = JSON.parse(JSON.stringify(tag(ARTICLE))) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(['sections', 'entities', 'topics', 'terms'])
    const full = tag(ARTICLE, { title: 'Brücke' }).toJSON({ text: true, sentences: true })
    expect(Object.keys(full)).toEqual(['text', 'title', 'sections', 'entities', 'topics', 'terms', 'sentences'])
    expect(full.text).toBe(ARTICLE)
  })
})
