import { describe, expect, it } from 'vitest'
import { Doc, relatedness, tag } from '../src/index.js'

const ARTICLES = [
  {
    title: 'Streik bei der Bahn legt Pendlerverkehr lahm',
    text: 'Die Gewerkschaft der Lokführer hat am Montag bundesweit zum Streik aufgerufen. In Frankfurt und München fielen viele Züge aus. Bahnchef Richard Lutz nannte den Ausstand unverhältnismäßig, die GDL verteidigte ihn.',
  },
  {
    text: 'Der Stadtrat von Leipzig hat den Haushalt für 2025 beschlossen. Oberbürgermeister Burkhard Jung sprach von einem schwierigen Kompromiss. Für Schulen und Radwege stehen 40 Millionen Euro mehr bereit.\n\nFoto: Rathaus in Leipzig',
  },
  { text: 'Kurz notiert: Im Hafen von Kiel legte am Mittwoch das größte Kreuzfahrtschiff des Jahres an. 🚢 Tausende Schaulustige kamen.' },
]

describe('Doc.fromJSON', () => {
  it('answers like the original for the default JSON and with text and sentences', () => {
    for (const { title, text } of ARTICLES) {
      const original = tag(text, title === undefined ? {} : { title })
      const loaded = Doc.fromJSON(JSON.parse(JSON.stringify(original)))
      expect(JSON.stringify(loaded)).toBe(JSON.stringify(original))
      expect(loaded.entities()).toEqual(original.entities())
      expect(loaded.people()).toEqual(original.people())
      expect(loaded.places()).toEqual(original.places())
      expect(loaded.organizations()).toEqual(original.organizations())
      expect(loaded.topics(3)).toEqual(original.topics(3))
      expect(loaded.keyphrases(2)).toEqual(original.keyphrases(2))
      expect(loaded.terms()).toEqual(original.terms())
      expect(loaded.sections()).toEqual(original.sections())
      expect(relatedness(loaded, original).score).toBe(1)
      const full = { text: true, sentences: true }
      const loadedFull = Doc.fromJSON(JSON.parse(JSON.stringify(original.toJSON(full))))
      expect(loadedFull.toJSON(full)).toEqual(original.toJSON(full))
      expect(loadedFull.text).toBe(text)
      expect(loadedFull.title).toBe(title)
    }
  })

  it('says what the JSON does not hold: no tokens, no sentences unless saved, no text unless saved', () => {
    const original = tag(ARTICLES[0]!.text, { title: ARTICLES[0]!.title })
    expect(original.people().length).toBeGreaterThan(0)
    const loaded = Doc.fromJSON(original.toJSON())
    expect(loaded.tokens()).toEqual([])
    expect(loaded.sentences()).toEqual([])
    expect(loaded.text).toBe('')
    expect(loaded.title).toBeUndefined()
    expect(loaded.people()[0]!.mentions[0]!.text).toBe(original.people()[0]!.mentions[0]!.text)
  })

  it('refuses malformed JSON with a TypeError naming the part', () => {
    const json = () => JSON.parse(JSON.stringify(tag(ARTICLES[1]!.text)))
    const broken = (change: (json: any) => void) => {
      const value = json()
      change(value)
      return () => Doc.fromJSON(value)
    }
    expect(() => Doc.fromJSON(null)).toThrow('Doc.fromJSON: json must be an object, got null')
    expect(broken((j) => delete j.entities)).toThrow('Doc.fromJSON: json.entities must be an array, got undefined')
    expect(broken((j) => (j.entities[0].type = 'city'))).toThrow('json.entities[0].type must be one of person, place, organization, other, got "city"')
    expect(broken((j) => (j.entities[0].mentions[0].end += 1))).toThrow(/json\.entities\[0\]\.mentions\[0\]\.text must be end - start = \d+ code units long/)
    expect(broken((j) => (j.entities[0].mentions[0].text = 'X' + j.entities[0].mentions[0].text.slice(1)))).toThrow(/json\.entities\[0\]\.mentions\[0\]\.text disagrees with the text at offsets/)
    expect(broken((j) => (j.sections[0].type = 'toString'))).toThrow('json.sections[0].type must be one of')
    expect(broken((j) => (j.topics[0].weight = null))).toThrow('json.topics[0].weight must be a finite number, got null')
    expect(broken((j) => (j.terms[0] = ['haushalt']))).toThrow('json.terms[0] must be [term, weight] or [term, weight, label]')
    expect(broken((j) => (j.text = 'Ein anderer Text.'))).toThrow(/disagrees with the text/)
  })
})
