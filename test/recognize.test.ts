import { featureForm } from '../src/recognize/word-features.js'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../src/normalize/index.js'
import type { SectionRange } from '../src/analysis.js'
import { tagTokens } from '../src/index.js'
import { LABELS } from '../src/recognize/index.js'
import { recognizeMentions } from '../src/recognize/mentions.js'
import { extendNameTails } from '../src/recognize/name-tails.js'
import { nerResources } from '../src/recognize/resources.js'
import { Tagger } from '../src/recognize/tagger.js'
import { findSections } from '../src/sections/index.js'
import { LexemeTable } from '../src/shared/lexemes.js'
import { splitSentences, tokenizeView } from '../src/tokenize/index.js'
import { seededRandom } from './helpers.js'

/** Tags a sentence given with spaces between tokens; returns [token, label] pairs of the non-O tokens. */
function entities(sentence: string): Array<[string, string]> {
  const tokens = sentence.split(' ')
  const labels = tagTokens(tokens)
  return tokens.map((token, i) => [token, labels[i]!] as [string, string]).filter(([, label]) => label !== 'O')
}

function mentionsOf(text: string, sections?: SectionRange[]): Array<{ text: string; label: string; kind: string; start: number }> {
  const view = normalizeText(text)
  const tokens = tokenizeView(view)
  const chosen = sections ?? findSections(view, { titleEnd: 0 })
  const lexemes = new LexemeTable()
  const { model, knowledge } = nerResources()
  const ids = lexemes.internTokens(view, tokens.starts, tokens.ends, tokens.count)
  const found = recognizeMentions(view, new Tagger(model, knowledge, lexemes), tokens, ids, splitSentences(view, tokens), chosen, { labels: new Uint8Array(8) })
  return found.map((m) => ({ text: text.slice(m.start, m.end), label: m.label, kind: m.kind, start: m.start }))
}

describe('tagTokens', () => {
  it('ends a name before an exclamation or question mark or a comma the model ran on over', () => {
    for (const text of ['Das war ein Sieg für Eintracht Frankfurt!', 'Wer stoppt jetzt Borussia Dortmund?']) {
      for (const mention of mentionsOf(text)) expect(mention.text, text).not.toMatch(/[!?,;:]$/)
    }
    expect(mentionsOf('Das war ein Sieg für Eintracht Frankfurt!').map((m) => m.text)).toContain('Eintracht Frankfurt')
  })

  it('tags a name after a title without the title', () => {
    expect(entities('Bundeskanzlerin Angela Merkel besuchte am Montag eine Schule in Dresden .')).toEqual([
      ['Angela', 'B-PER'],
      ['Merkel', 'I-PER'],
      ['Dresden', 'B-LOC'],
    ])
    expect(entities('Kremlchef Wladimir Putin hat die Vorwürfe zurückgewiesen .')).toEqual([
      ['Wladimir', 'B-PER'],
      ['Putin', 'I-PER'],
    ])
  })

  it('tags a genitive name as the person', () => {
    expect(entities('Putins Sprecher sagte , die Gespräche seien konstruktiv gewesen .')).toEqual([['Putins', 'B-PER']])
  })

  it('keeps multiword names whole', () => {
    expect(entities('Ursula von der Leyen sagte am Dienstag , die Gespräche gingen weiter .')).toEqual([
      ['Ursula', 'B-PER'],
      ['von', 'I-PER'],
      ['der', 'I-PER'],
      ['Leyen', 'I-PER'],
    ])
    expect(entities('Der Flug nach Frankfurt am Main hatte eine Stunde Verspätung .')).toEqual([
      ['Frankfurt', 'B-LOC'],
      ['am', 'I-LOC'],
      ['Main', 'I-LOC'],
    ])
  })

  it('keeps lowercase words inside organization names', () => {
    expect(entities('Das Bundesamt für Migration und Flüchtlinge hat mehr Anträge bearbeitet als im Vorjahr .')).toEqual([
      ['Bundesamt', 'B-ORG'],
      ['für', 'I-ORG'],
      ['Migration', 'I-ORG'],
      ['und', 'I-ORG'],
      ['Flüchtlinge', 'I-ORG'],
    ])
  })

  it('tags derived words and words containing a name', () => {
    expect(entities('Die russischen Truppen haben sich aus dem Gebiet zurückgezogen .')).toEqual([['russischen', 'B-LOCderiv']])
    expect(entities('Die Münchner Polizei sucht nach Zeugen .')).toEqual([['Münchner', 'B-LOCderiv']])
    const summit = entities('Beim EU-Gipfel ging es vor allem um Geld .')
    expect(summit).toHaveLength(1)
    expect(summit[0]![0]).toBe('EU-Gipfel')
    expect(['B-ORGpart', 'B-LOCpart']).toContain(summit[0]![1])
  })

  it('does not tag capitalised common nouns and adverbs at the start of a sentence', () => {
    expect(entities('Gestern regnete es den ganzen Tag .')).toEqual([])
    expect(entities('Sicherheit hat für die Regierung Vorrang , sagte der Minister .')).toEqual([])
  })

  it('returns one valid BIO label per token, also for junk and empty input', () => {
    expect(tagTokens([])).toEqual([])
    const random = seededRandom(7)
    const words = ['Berlin', 'und', 'der', 'Müller', 'EU-Gipfel', '.', ',', 'von', 'Hans', 'GmbH', '“', '2024', 'x', '']
    for (let round = 0; round < 50; round++) {
      const tokens = Array.from({ length: 1 + Math.floor(random() * 40) }, () => words[Math.floor(random() * words.length)]!)
      const labels = tagTokens(tokens)
      expect(labels).toHaveLength(tokens.length)
      labels.forEach((label, i) => {
        expect(LABELS).toContain(label)
        if (label.startsWith('I-')) expect([`B-${label.slice(2)}`, label]).toContain(labels[i - 1])
      })
    }
  })

  it('is deterministic and independent of what was tagged before', () => {
    const sentence = 'Olaf Scholz und Emmanuel Macron trafen sich in Paris .'.split(' ')
    const first = tagTokens(sentence)
    tagTokens('Die Deutsche Bahn und der ADAC warnen vor Staus auf der A7 .'.split(' '))
    expect(tagTokens(sentence)).toEqual(first)
  })

  it('rejects input that is not an array of strings', () => {
    expect(() => tagTokens('Berlin' as unknown as string[])).toThrow(TypeError)
    expect(() => tagTokens([1 as unknown as string])).toThrow(TypeError)
  })
})

describe('recognizeMentions', () => {
  it('finds names at the very start and the very end of a text, with offsets into it', () => {
    const text = 'Scholz empfing am Freitag den französischen Präsidenten. Begleitet wurde er von Annalena Baerbock'
    const found = mentionsOf(text)
    expect(found[0]).toEqual({ text: 'Scholz', label: 'PER', kind: 'name', start: 0 })
    expect(found.at(-1)).toEqual({ text: 'Annalena Baerbock', label: 'PER', kind: 'name', start: text.length - 'Annalena Baerbock'.length })
    expect(found).toContainEqual({ text: 'französischen', label: 'LOC', kind: 'derived', start: text.indexOf('französischen') })
  })

  it('reads tokens through soft hyphens as the rest of the pipeline does', () => {
    const text = 'In Ham\u00ADburg demonstrierten am Samstag Tausende Menschen.'
    expect(mentionsOf(text)).toEqual([{ text: 'Ham\u00ADburg', label: 'LOC', kind: 'name', start: 3 }])
  })

  it('knows the given names of older generations in Germany and Austria (Ute, Hartmut, Jochen) as first names', () => {
    const text = 'Deichgraf Hartmut Wessels zeigte die Schäden. Auch Ute Brockmann vom Wasserverband kam.'
    expect(mentionsOf(text).map((m) => `${m.label}:${m.text}`)).toEqual(['PER:Hartmut Wessels', 'PER:Ute Brockmann'])
    expect(['Ute', 'Hartmut', 'Jochen', 'Karlheinz', 'Ulrike'].every((name) => nerResources().knowledge.firstNames.has(name))).toBe(true)
  })

  it('extends a person named by a lone surname particle over the rest of the surname, taking in a mention there', () => {
    const view = 'Reisen von Van der Bellen kosteten Geld. De Vries kam. Van wurde geliefert.'
    const at = (text: string) => ({ start: view.indexOf(text), end: view.indexOf(text) + text.length, label: 'PER' as const, kind: 'name' as const })
    const spans = (mentions: ReturnType<typeof extendNameTails>) => mentions.map((m) => view.slice(m.start, m.end))
    expect(spans(extendNameTails(view, [at('Van'), at('Bellen')]))).toEqual(['Van der Bellen'])
    expect(spans(extendNameTails(view, [at('De')]))).toEqual(['De Vries'])
    // A particle before a word in small letters stays as it is.
    const alone = { start: view.lastIndexOf('Van'), end: view.lastIndexOf('Van') + 3, label: 'PER' as const, kind: 'name' as const }
    expect(spans(extendNameTails(view, [alone]))).toEqual(['Van'])
  })

  it('tags only sentences inside sections whose mentions count', () => {
    const text = 'Bundeskanzler Olaf Scholz reist nach Brüssel.'
    expect(mentionsOf(text, [{ type: 'byline', start: 0, end: text.length }])).toEqual([])
    expect(mentionsOf(text, [{ type: 'body', start: 0, end: text.length }]).map((m) => m.text)).toEqual(['Olaf Scholz', 'Brüssel'])
  })
})

describe('long input', () => {
  it('tags a sentence of many thousand distinct tokens in pieces without failing', () => {
    const tokens = Array.from({ length: 150_000 }, (_, i) => `Wort${i}`)
    tokens[70_000] = 'Berlin'
    const labels = tagTokens(tokens)
    expect(labels).toHaveLength(tokens.length)
    const invalid = labels.filter((label, i) => label.startsWith('I-') && labels[i - 1] !== label && labels[i - 1] !== 'B-' + label.slice(2))
    expect(invalid).toEqual([])
  })
})

describe('featureForm', () => {
  it("reads Swiss thousands as the training text writes them (80'000 as 80.000), and leaves other words alone", () => {
    expect(featureForm("80'000")).toBe('80.000')
    expect(featureForm('1’250’000')).toBe('1.250.000')
    for (const word of ["Peter's", "Rock'n'Roll", "'80", '80.000', "D'Alema"]) expect(featureForm(word)).toBe(word)
  })
})
