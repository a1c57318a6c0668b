// The normalize stage's view: same length as the text, with UTF-8 that a scraper read as Windows-1252 decoded.
import { describe, expect, it } from 'vitest'
import { tag } from '../src/index.js'
import { normalizeText } from '../src/normalize/index.js'
import { IGNORABLE } from '../src/shared/chars.js'

const readable = (view: string) => view.split(IGNORABLE).join('')

describe('normalizeText', () => {
  it('decodes UTF-8 read as Windows-1252 or Latin-1 in a view of the same length', () => {
    const cases: Array<[string, string]> = [
      ['Die GemÃ¼sebrÃ¼he und die GrÃ¶ÃŸe', 'Die Gemüsebrühe und die Größe'],
      ['Ã„rger in KÃ¶ln, Ãœbergang in Ã–sterreich', 'Ärger in Köln, Übergang in Österreich'],
      ['â€žWir bleibenâ€œ, sagt sie â€“ fÃ¼r 5 â‚¬ im Monat', '„Wir bleiben“, sagt sie – für 5 € im Monat'],
      ['Temperatur 20Â°C, Preis 3Â\u00a0Euro', 'Temperatur 20°C, Preis 3 Euro'],
    ]
    for (const [text, expected] of cases) {
      const view = normalizeText(text)
      expect(view.length).toBe(text.length)
      expect(readable(view)).toBe(expected)
    }
  })

  it('leaves real text with the same letters as it is', () => {
    for (const text of ['„Gruß“ aus São Paulo', 'Pâté und Crème brûlée', 'Ärger in Köln – „Maß“', 'Straße”']) expect(normalizeText(text)).toBe(text)
  })

  it('lets tag() read misread text as the text it was, with offsets into the misread string', () => {
    const misread = 'Ã„rger in KÃ¶ln\n\nDie Stadt KÃ¶ln streitet mit dem Land Ã¼ber die BrÃ¼cke. In KÃ¶ln wird seit Jahren gebaut.'
    const doc = tag(misread)
    const cologne = doc.entities().find((entity) => entity.name === 'Köln')
    expect(cologne).toBeDefined()
    for (const mention of cologne!.mentions) expect(misread.slice(mention.start, mention.end)).toBe(mention.text)
    const proper = tag('Ärger in Köln\n\nDie Stadt Köln streitet mit dem Land über die Brücke. In Köln wird seit Jahren gebaut.')
    expect(doc.entities().map((entity) => entity.id)).toEqual(proper.entities().map((entity) => entity.id))
    expect(doc.keyphrases(5).map((topic) => topic.label)).toEqual(proper.keyphrases(5).map((topic) => topic.label))
  })

  it('reads a tab between two cells as a line break and a tab that indents as a space', () => {
    expect(normalizeText('Vorsaison\tPreis/Nacht')).toBe('Vorsaison\nPreis/Nacht')
    expect(normalizeText('\tEingerückt und\t\tgepolstert')).toBe(' Eingerückt und  gepolstert')
  })

  it('makes no name run from one table cell into the next', () => {
    const text = 'Ferienwohnung Seeblick in Plön\n\nDie Wohnung liegt am Großen Plöner See und bietet Platz für vier Gäste.\n\nZeitraum 01.05.2026 - 30.06.2026\tSaisonnameVorsaison\tPreis/Nacht75,00 €\tMindestaufenthalt3 Nächte\nZeitraum 01.07.2026 - 31.08.2026\tSaisonnameHauptsaison\tPreis/Nacht95,00 €\n'
    const mentions = tag(text).entities().flatMap((entity) => entity.mentions.map((mention) => mention.text))
    expect(mentions).toContain('Plön')
    for (const mention of mentions) expect(mention).not.toContain('\t')
  })
})
