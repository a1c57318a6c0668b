import { describe, expect, it } from 'vitest'
import { tag } from '../src/index.js'
import { normalizeText } from '../src/normalize/index.js'
import { isSentenceStarter } from '../src/tokenize/function-words.js'
import { startsAfterGlue } from '../src/tokenize/glued.js'
import { splitSentences, tokenize, tokenizeView } from '../src/tokenize/index.js'
import { seededRandom } from './helpers.js'

/** Token texts of `text`, after checking that every token's offsets reproduce its text. */
function texts(text: string): string[] {
  const tokens = tokenize(text)
  for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text)
  return tokens.map((token) => token.text)
}

describe('tokenize: paragraphs glued without a space', () => {
  it('splits before a capitalised sentence opener that ends the word', () => {
    expect(texts('Das kündigte Ursula von der LeyenDer Vorschlag kommt im Mai.')).toEqual([
      'Das', 'kündigte', 'Ursula', 'von', 'der', 'Leyen', 'Der', 'Vorschlag', 'kommt', 'im', 'Mai', '.',
    ])
    expect(texts('Die Gespräche fanden in der SchweizDie Delegationen reisten ab')).toContain('Schweiz')
    expect(texts('So hat er es gesagtDas Ministerium schweigt')).toEqual(['So', 'hat', 'er', 'es', 'gesagt', 'Das', 'Ministerium', 'schweigt'])
    expect(texts('Der Kongress tagt in BerlinIm kommenden Jahr folgt Wien.')).toEqual(['Der', 'Kongress', 'tagt', 'in', 'Berlin', 'Im', 'kommenden', 'Jahr', 'folgt', 'Wien', '.'])
  })

  it('splits after umlauts, hyphen compounds and two-letter lower-case words; the opener may be Über or Außerdem', () => {
    expect(texts('Es sprach der Präsident der EU-KommissionAuch Paris war da')).toContain('EU-Kommission')
    expect(texts('Es sprach der Präsident der EU-KommissionAuch Paris war da')).toContain('Auch')
    expect(texts('Die Preise stiegen schnellÜber den Winter')).toEqual(['Die', 'Preise', 'stiegen', 'schnell', 'Über', 'den', 'Winter'])
    expect(texts('Niemand glaubte esAußerdem fehlte Geld')).toEqual(['Niemand', 'glaubte', 'es', 'Außerdem', 'fehlte', 'Geld'])
    expect(texts('Das Team aus MünchenDie Gäste')).toEqual(['Das', 'Team', 'aus', 'München', 'Die', 'Gäste'])
  })

  it('keeps offsets exact around the split, with text before and after', () => {
    const text = '„Wir bleiben“, sagte der Sprecher in KölnTrotzdem gibt es Streit.'
    const tokens = tokenize(text)
    const köln = tokens.find((t) => t.text === 'Köln')!
    const trotzdem = tokens.find((t) => t.text === 'Trotzdem')!
    expect(köln.end).toBe(trotzdem.start)
    expect(text.slice(köln.start, trotzdem.end)).toBe('KölnTrotzdem')
    expect([köln.kind, trotzdem.kind]).toEqual(['word', 'word'])
  })

  it('keeps words with inner capitals whole', () => {
    const words = [
      'iPhone', 'eBay', 'McDonald', 'BahnCard', 'BioNTech', 'PlayStation', 'YouTube', 'LinkedIn', 'FinTech', 'TikTok',
      'GmbH', 'CDU/CSU', 'SPÖ', 'DAX', 'KiTa', 'McKinsey', 'MacBook', 'JavaScript', 'ProSiebenSat', 'InnoTrans',
      'DiCaprio', 'LaGuardia', 'DeSantis', 'McAllister', 'WiWo', 'PacMan', 'RedHat', 'EntwederOder', 'JaNein',
    ]
    expect(texts(`Im Bericht standen ${words.join(' und ')} nebeneinander.`).filter((w) => w !== 'und')).toEqual(['Im', 'Bericht', 'standen', ...words, 'nebeneinander', '.'])
  })

  it('never splits a binnen-I before In or Innen', () => {
    const words = ['LehrerInnen', 'BürgerInnen', 'StudentInnen', 'SchülerIn', 'PolitikerIn', 'KollegIn', 'CheckIn']
    expect(texts(`Gefragt wurden ${words.join(', ')} aus der Stadt.`).filter((w) => w !== ',')).toEqual(['Gefragt', 'wurden', ...words, 'aus', 'der', 'Stadt', '.'])
    expect(texts('Die Lehrer*innen und Bürger:innen kamen')).toEqual(['Die', 'Lehrer*innen', 'und', 'Bürger:innen', 'kamen'])
  })

  it('splits only when the opener is the whole rest of the word', () => {
    expect(texts('BerlinImmobilien gesagtDasein SchweizDiebstahl LeyenVorschlag KölnDER')).toEqual([
      'BerlinImmobilien', 'gesagtDasein', 'SchweizDiebstahl', 'LeyenVorschlag', 'KölnDER',
    ])
  })

  it('needs a left side of two letters, three when it is capitalised', () => {
    expect(texts('xDie DeVon DiEs soDie')).toEqual(['xDie', 'DeVon', 'DiEs', 'so', 'Die'])
  })

  it('starts a sentence at the split word', () => {
    const text = 'Das sagte Ursula von der LeyenDer Vorschlag kommt. Dann BerlinIm Mai.'
    const view = normalizeText(text)
    const table = tokenizeView(view)
    const starts = Array.from(splitSentences(view, table), (t) => text.slice(table.starts[t]!, table.starts[t]! + 3))
    expect(starts).toEqual(['Das', 'Der', 'Dan', 'Im '])
  })

  it('reads only split words as glued: random text never joins a lower-case word to a capitalised one otherwise', () => {
    const random = seededRandom(11)
    const alphabet = 'aeinrsDIÜä.-\'’ /:*'
    let text = ''
    for (let i = 0; i < 200_000; i++) text += alphabet[Math.floor(random() * alphabet.length)]
    const view = normalizeText(text)
    const table = tokenizeView(view)
    let glued = 0
    for (let t = 1; t < table.count; t++) {
      if (!startsAfterGlue(view, table, t)) continue
      const word = view.slice(table.starts[t]!, table.ends[t]!)
      expect(isSentenceStarter(word.toLowerCase()) && word !== 'In', word).toBe(true)
      glued++
    }
    expect(glued).toBeGreaterThan(10)
  })

  it('stays linear on long runs of glue-like text', () => {
    const started = performance.now()
    expect(tokenizeView('gesagtDas'.repeat(100_000)).count).toBe(2) // one long word and the opener that ends it
    expect(tokenizeView('gesagtDas '.repeat(100_000)).count).toBe(200_000)
    expect(tokenizeView(`${'a'.repeat(500_000)}Die`).count).toBe(2)
    expect(tokenizeView('aB'.repeat(500_000)).count).toBe(1)
    expect(performance.now() - started).toBeLessThan(5_000)
  })
})

describe('tag: a glued paragraph join', () => {
  it('finds the person without the next sentence opener', () => {
    const text = [
      'Brüssel legt Klimaplan vor',
      '',
      'Die EU-Kommission hat am Mittwoch ihren Plan für den Umbau der Industrie vorgestellt. Vorgestellt hat ihn Kommissionspräsidentin Ursula von der LeyenDer Vorschlag soll im Herbst im Parlament beraten werden.',
      '',
      'Kritik kam aus Berlin und Paris.',
    ].join('\n')
    const mentions = tag(text).people().flatMap((person) => person.mentions)
    const leyen = mentions.find((mention) => mention.text.includes('Leyen'))
    expect(leyen?.text).toBe('Ursula von der Leyen')
    expect(text.slice(leyen!.start, leyen!.end)).toBe('Ursula von der Leyen')
    expect(mentions.some((mention) => mention.text.includes('Der'))).toBe(false)
  })
})

describe('tokenize: a byline glued to its timestamp', () => {
  it('splits the name from an ISO date glued to it, and only there', () => {
    expect(texts('Lena Brückner2022-12-07T10:10:52+01:00').slice(0, 3)).toEqual(['Lena', 'Brückner', '2022-12-07T10'])
    expect(texts('am 2022-12-07 in Jena')).toEqual(['am', '2022-12-07', 'in', 'Jena'])
    for (const word of ['G20-Gipfel', 'Covid19', 'A350-900', 'Web3-Projekt', '3D-Drucker']) expect(texts(word)).toEqual([word])
    const text = 'Forscherin im Porträt\n\nLena Brückner2022-12-07T10:10:52+01:00\n\nDie Biologin Lena Brückner untersucht in Jena seit Jahren Wildbienen. Brückner zählt die Bienen an Feldrainen.'
    expect(tag(text).entities().map((entity) => entity.name)).toEqual(['Lena Brückner', 'Jena'])
  })

  it('stays linear on a run of glued dates', () => {
    const tokens = tokenize('x2022-01-01'.repeat(20000))
    expect(tokens[0]!.text).toBe('x')
    expect(tokens.length).toBeLessThan(10)
  })
})

