import { describe, expect, it } from 'vitest'
import { normalizeText } from '../src/normalize/index.js'
import { dottedAbbreviationEnd, emojiEnd } from '../src/tokenize/scanners.js'
import { KIND } from '../src/analysis.js'
import { splitSentences, tokenize, tokenizeView } from '../src/tokenize/index.js'
import type { Token } from '../src/types.js'

/** Tokens of `text`, after checking that every token's offsets reproduce its text. */
function tokens(text: string): Token[] {
  const result = tokenize(text)
  for (const token of result) expect(text.slice(token.start, token.end)).toBe(token.text)
  return result
}

function texts(text: string): string[] {
  return tokens(text).map((token) => token.text)
}

function kindOf(text: string, tokenText: string): string | undefined {
  return tokens(text).find((token) => token.text === tokenText)?.kind
}

/** Deterministic pseudo-random code points (lone surrogates included). */
function randomCodePoints(units: number, seed: number): string {
  let x = seed
  const parts: string[] = []
  let length = 0
  while (length < units) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    const cp = x % 0x110000
    const part = cp >= 0x10000 ? String.fromCodePoint(cp) : String.fromCharCode(cp)
    parts.push(part)
    length += part.length
  }
  return parts.join('')
}

describe('tokenize: words and punctuation', () => {
  it('splits a plain sentence into words and punctuation with offsets', () => {
    const result = tokens('Die Kanzlerin reiste nach Brüssel.')
    expect(result.map((t) => [t.text, t.kind])).toEqual([
      ['Die', 'word'], ['Kanzlerin', 'word'], ['reiste', 'word'], ['nach', 'word'], ['Brüssel', 'word'], ['.', 'punct'],
    ])
    expect(result[4]).toMatchObject({ start: 26, end: 33 })
  })

  it('keeps umlauts and ß inside words', () => {
    expect(texts('Größere Äußerungen über STRASSEN und Öl-Förderung.')).toEqual(['Größere', 'Äußerungen', 'über', 'STRASSEN', 'und', 'Öl-Förderung', '.'])
  })

  it('handles German, English and French-style quotes as separate punctuation', () => {
    expect(texts('Er nannte es „absurd“ und "peinlich", sie sagte »nie« und ‚vielleicht‘.')).toEqual([
      'Er', 'nannte', 'es', '„', 'absurd', '“', 'und', '"', 'peinlich', '"', ',', 'sie', 'sagte', '»', 'nie', '«', 'und', '‚', 'vielleicht', '‘', '.',
    ])
  })

  it('reads typewriter quotes `` and \'\' as one token each', () => {
    expect(texts("Sie sprach von einer ``schweren Krise''.")).toEqual(['Sie', 'sprach', 'von', 'einer', '``', 'schweren', 'Krise', "''", '.'])
  })

  it('keeps hyphen compounds and slashes whole', () => {
    const words = texts('Beim G20-Gipfel kam es zum russisch-amerikanischen Treffen; US-Präsident und CDU/CSU waren dabei.')
    expect(words).toContain('G20-Gipfel')
    expect(words).toContain('russisch-amerikanischen')
    expect(words).toContain('US-Präsident')
    expect(words).toContain('CDU/CSU')
  })

  it('keeps elided hyphens with their word', () => {
    expect(texts('Die Staats- und Regierungschefs')).toEqual(['Die', 'Staats-', 'und', 'Regierungschefs'])
    expect(texts('Kinderbetreuung und -förderung')).toEqual(['Kinderbetreuung', 'und', '-förderung'])
    expect(texts('Ein-, Aus- oder Umbau')).toEqual(['Ein-', ',', 'Aus-', 'oder', 'Umbau'])
  })

  it('makes dashes and spaced hyphens separate punctuation', () => {
    expect(texts('Berlin - Die Regierung – so heißt es — schweigt.')).toEqual(['Berlin', '-', 'Die', 'Regierung', '–', 'so', 'heißt', 'es', '—', 'schweigt', '.'])
    expect(kindOf('Das war -- leider -- nichts.', '--')).toBe('punct')
  })

  it('keeps apostrophes inside words, after possessive s, and in clipped words', () => {
    expect(texts("Geht's dir gut? Hans' Wagen, Grass' Roman und O'Neills Buch.")).toEqual([
      "Geht's", 'dir', 'gut', '?', "Hans'", 'Wagen', ',', "Grass'", 'Roman', 'und', "O'Neills", 'Buch', '.',
    ])
    expect(texts("So gibt’s 'ne Menge.")).toEqual(['So', 'gibt’s', "'ne", 'Menge', '.'])
  })

  it('treats a quote after an opening single quote as closing, not as a possessive', () => {
    expect(texts("Er nannte es 'Chaos' und ging.")).toEqual(['Er', 'nannte', 'es', "'", 'Chaos', "'", 'und', 'ging', '.'])
  })

  it('keeps gender forms whole', () => {
    expect(texts('Lehrer*innen und Bürger:innen')).toEqual(['Lehrer*innen', 'und', 'Bürger:innen'])
  })

  it('reads ellipses as one token', () => {
    expect(texts('Und dann… nichts... gar nichts.')).toEqual(['Und', 'dann', '…', 'nichts', '...', 'gar', 'nichts', '.'])
  })
})

describe('tokenize: abbreviations, ordinals and numbers', () => {
  it('keeps the full stop of known abbreviations', () => {
    const text =
      'Dr. Meier, Prof. Schulz, z. B. Köln, u. a. Bonn, bzw. Trier, Nr. 5, St. Pauli, im 19. Jh., etc., am 3. Jan. und 4. Feb., ca. 50, vgl. oben, ggf. mehr, 3 Mio. und 2 Mrd., Abs. 2, Art. 5, Goethestr. 7, Ziff. 3 usw.'
    const words = texts(text)
    for (const abbreviation of ['Dr.', 'Prof.', 'z.', 'B.', 'u.', 'a.', 'bzw.', 'Nr.', 'St.', 'Jh.', 'etc.', 'Jan.', 'Feb.', 'ca.', 'vgl.', 'ggf.', 'Mio.', 'Mrd.', 'Abs.', 'Art.', 'Goethestr.', 'Ziff.', 'usw.']) {
      expect(words).toContain(abbreviation)
    }
    expect(words.filter((word) => word === '.')).toEqual([])
  })

  it('keeps dotted abbreviations written without spaces whole', () => {
    expect(texts('Das gilt z.B. für den Verein e.V. und d.h. auch für U.S.A.-Firmen')).toEqual(
      expect.arrayContaining(['z.B.', 'e.V.', 'd.h.']),
    )
    expect(dottedAbbreviationEnd('z.B. x', 0)).toBe(4)
    expect(dottedAbbreviationEnd('Haus.Tür', 0)).toBe(-1)
  })

  it('keeps titles and compounds of abbreviations: Dr. med., Dipl.-Ing.', () => {
    expect(texts('Dr. med. Anna Roth und Dipl.-Ing. Jan Roth')).toEqual(['Dr.', 'med.', 'Anna', 'Roth', 'und', 'Dipl.-Ing.', 'Jan', 'Roth'])
  })

  it('reads initials as abbreviations: J. R. R. Tolkien', () => {
    expect(texts('J. R. R. Tolkien schrieb.')).toEqual(['J.', 'R.', 'R.', 'Tolkien', 'schrieb', '.'])
  })

  it('keeps "(li.)" of a photo caption together', () => {
    expect(texts('Angela Merkel (li.) und Emmanuel Macron (re.) in Paris.')).toEqual([
      'Angela', 'Merkel', '(', 'li.', ')', 'und', 'Emmanuel', 'Macron', '(', 're.', ')', 'in', 'Paris', '.',
    ])
  })

  it('keeps the full stop of ordinals and dates', () => {
    const result = tokens('Am 24. Juli zog sie in den 2. Stock, der 3. Oktober ist frei, am 3. und 4. Mai auch.')
    for (const ordinal of ['24.', '2.', '3.', '4.']) expect(result.find((t) => t.text === ordinal)?.kind).toBe('number')
  })

  it('keeps the full stop of ordinals in brackets, pairs and dates before a year', () => {
    expect(texts('Das Tor fiel (62.) und (18./41.) im 1./2. Weltkrieg des frühen 20. Jahrhunderts, am 8.8. 2015.')).toEqual([
      'Das', 'Tor', 'fiel', '(', '62.', ')', 'und', '(', '18.', '/', '41.', ')', 'im', '1.', '/', '2.', 'Weltkrieg', 'des', 'frühen', '20.', 'Jahrhunderts', ',', 'am', '8.8.', '2015', '.',
    ])
  })

  it('reads a capitalised word as an abbreviation only where a lower-case abbreviation starts a sentence', () => {
    expect(texts('Vgl. dazu die Schweiz. Franz kam.')).toEqual(['Vgl.', 'dazu', 'die', 'Schweiz', '.', 'Franz', 'kam', '.'])
  })

  it('keeps Roman numerals with their full stop before a lower-case word', () => {
    expect(texts('Wilhelm II. war Kaiser.')).toEqual(['Wilhelm', 'II.', 'war', 'Kaiser', '.'])
  })

  it('leaves the full stop after a number that ends a sentence', () => {
    expect(texts('Die Zahl stieg auf 24. Die Polizei ermittelt.')).toEqual(['Die', 'Zahl', 'stieg', 'auf', '24', '.', 'Die', 'Polizei', 'ermittelt', '.'])
    expect(texts('Sie wohnt im Jahr 2018. Im Jahr danach nicht.')).toContain('2018')
  })

  it('reads numbers with German separators as one number token', () => {
    const text = 'Es waren 3,5 Prozent, 1.200 Menschen, ein 2:1, um 12.30 Uhr am 24.12.2018 und 1.250.000 Euro.'
    for (const number of ['3,5', '1.200', '2:1', '12.30', '24.12.2018', '1.250.000']) expect(kindOf(text, number)).toBe('number')
  })

  it("reads Swiss thousands with an apostrophe as one number, but no other apostrophe after digits", () => {
    const text = "Es kostet 80'000 Franken und 1’250’000 Fr., nicht 12'3 oder 2'0000."
    for (const number of ["80'000", '1’250’000']) expect(kindOf(text, number)).toBe('number')
    expect(texts("12'3 2'0000")).toEqual(['12', "'", '3', '2', "'", '0000'])
  })

  it('reads signs, price dashes and mixed tokens', () => {
    expect(texts('Bei -5 Grad kostet es 10,- Euro, +3,5 Prozent für 90er-Jahre-Fans.')).toEqual([
      'Bei', '-5', 'Grad', 'kostet', 'es', '10,-', 'Euro', ',', '+3,5', 'Prozent', 'für', '90er-Jahre-Fans', '.',
    ])
  })

  it('reads §, %, €, ° C as symbols', () => {
    const result = tokens('Nach § 5 stiegen die Preise um 5 % auf 20 € bei 30 °C.')
    expect(result.filter((t) => t.kind === 'symbol').map((t) => t.text)).toEqual(['§', '%', '€', '°C'])
  })
})

describe('tokenize: web and social media', () => {
  it('recognises URLs, bare domains, e-mail addresses, mentions and hashtags', () => {
    const text = 'Mehr auf https://www.example.de/politik/artikel-1.html, bei tagesschau.de oder per Mail an redaktion@example.de. Folgen Sie @tagesschau und #Bundestag!'
    const result = tokens(text)
    expect(result.filter((t) => t.kind !== 'word' && t.kind !== 'punct').map((t) => [t.text, t.kind])).toEqual([
      ['https://www.example.de/politik/artikel-1.html', 'url'],
      ['tagesschau.de', 'url'],
      ['redaktion@example.de', 'email'],
      ['@tagesschau', 'mention'],
      ['#Bundestag', 'hashtag'],
    ])
  })

  it('keeps a closing bracket out of a URL unless the URL opened it', () => {
    expect(texts('(siehe www.example.de/seite)')).toEqual(['(', 'siehe', 'www.example.de/seite', ')'])
    expect(texts('https://de.example.org/wiki/Bonn_(Stadt) heute')).toEqual(['https://de.example.org/wiki/Bonn_(Stadt)', 'heute'])
  })

  it('reads emoji, skin tones, ZWJ sequences, flags and keycaps as one token each', () => {
    const text = 'Super 😀 👍🏽 👨‍👩‍👧‍👦 🇩🇪 1️⃣ ❤️ :-)'
    const result = tokens(text)
    expect(result.filter((t) => t.kind === 'emoji').map((t) => t.text)).toEqual(['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇩🇪', '1️⃣', '❤️', ':-)'])
    expect(emojiEnd('👩🏽‍💻!', 0)).toBe('👩🏽‍💻'.length)
  })
})

describe('tokenize: invisible and normalised characters', () => {
  it('keeps soft hyphens inside the word and after it, and skips them elsewhere', () => {
    const text = 'Bun\u00addes\u00adtag und Haus\u00ad \u00ad sowie'
    expect(texts(text)).toEqual(['Bun\u00addes\u00adtag', 'und', 'Haus\u00ad', 'sowie'])
  })

  it('treats non-breaking spaces as spaces', () => {
    expect(texts('5\u00a0% und z.\u00a0B. Bonn')).toEqual(['5', '%', 'und', 'z.', 'B.', 'Bonn'])
  })

  it('maps HTML entities back to the caller text', () => {
    expect(texts('AT&amp;T und M&uuml;ller sagten &quot;Ja&quot;.')).toEqual(['AT&amp;T', 'und', 'M&uuml;ller', 'sagten', '&quot;', 'Ja', '&quot;', '.'])
  })

  it('returns nothing for empty or blank text and rejects non-strings', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \n\u00ad ')).toEqual([])
    expect(() => tokenize(42 as unknown as string)).toThrow(TypeError)
  })
})

describe('tokenize: robustness', () => {
  it('tokenizes 5 MB of random code points without throwing, with ordered in-range spans', () => {
    const text = randomCodePoints(2_500_000, 20240601)
    const view = normalizeText(text)
    const table = tokenizeView(view)
    expect(table.count).toBeGreaterThan(0)
    let previousEnd = 0
    let ordered = true
    for (let t = 0; t < table.count; t++) {
      if (table.starts[t]! < previousEnd || table.ends[t]! <= table.starts[t]! || table.ends[t]! > view.length) ordered = false
      previousEnd = table.ends[t]!
    }
    expect(ordered).toBe(true)
    const starts = splitSentences(view, table)
    expect(starts[0]).toBe(0)
  })

  it('survives binary junk and a view with lone surrogates', () => {
    const junk = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 2654435761) >>> 16)).join('')
    expect(tokenizeView(junk).count).toBeGreaterThan(0)
    expect(tokenize('a\ud800b\udc00c').length).toBeGreaterThan(0)
  })

  it('stays linear on long dotted chains and ZWJ chains', () => {
    expect(tokenizeView('a.'.repeat(200_000)).count).toBeGreaterThan(1)
    expect(tokenizeView('x@x.'.repeat(100_000)).count).toBeGreaterThan(1)
    expect(tokenizeView('👨\u200d'.repeat(100_000)).kinds[0]).toBe(KIND.emoji)
  })
})
