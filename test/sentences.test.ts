import { describe, expect, it } from 'vitest'
import { normalizeText } from '../src/normalize/index.js'
import { splitSentences, tokenizeView } from '../src/tokenize/index.js'

/** The sentences of `text` as substrings from their first token's start to their last token's end. */
function sentences(text: string): string[] {
  const view = normalizeText(text)
  const table = tokenizeView(view)
  const starts = splitSentences(view, table)
  const result: string[] = []
  for (let s = 0; s < starts.length; s++) {
    const last = (s + 1 < starts.length ? starts[s + 1]! : table.count) - 1
    result.push(text.slice(table.starts[starts[s]!]!, table.ends[last]!))
  }
  return result
}

describe('splitSentences: full stops, question and exclamation marks', () => {
  it('splits after . ! ? and keeps the first start at token 0', () => {
    const text = 'Der Zug kam spät. Warum nur? Niemand weiß es!'
    expect(sentences(text)).toEqual(['Der Zug kam spät.', 'Warum nur?', 'Niemand weiß es!'])
    const view = normalizeText(text)
    expect(splitSentences(view, tokenizeView(view))[0]).toBe(0)
  })

  it('returns no sentences for a text without tokens', () => {
    const view = normalizeText('  \n ')
    expect(splitSentences(view, tokenizeView(view))).toEqual(new Int32Array(0))
  })

  it('keeps runs of marks together: ?! and !!!', () => {
    expect(sentences('Wie bitte?! Das ist ja unglaublich!!! Ja.')).toEqual(['Wie bitte?!', 'Das ist ja unglaublich!!!', 'Ja.'])
  })

  it('starts a new sentence with a number', () => {
    expect(sentences('Der Umbau endete im Mai. 2019 begann der Betrieb.')).toEqual(['Der Umbau endete im Mai.', '2019 begann der Betrieb.'])
  })

  it('does not split before a lower-case word or a comma', () => {
    expect(sentences('Die Partei erhielt rund 20 Proz. der Stimmen.')).toEqual(['Die Partei erhielt rund 20 Proz. der Stimmen.'])
  })

  it('keeps an emoji after the mark with its sentence', () => {
    expect(sentences('Danke für alles! 😀 Bis bald.')).toEqual(['Danke für alles! 😀', 'Bis bald.'])
  })
})

describe('splitSentences: quotes and brackets', () => {
  it('keeps the closing quote with quoted speech', () => {
    expect(sentences('Er sagte: „Wir kommen.“ Dann ging er.')).toEqual(['Er sagte: „Wir kommen.“', 'Dann ging er.'])
    expect(sentences('»Wir bleiben hier.« So endete der Abend.')).toEqual(['»Wir bleiben hier.«', 'So endete der Abend.'])
    expect(sentences('"Es reicht." Das war alles.')).toEqual(['"Es reicht."', 'Das war alles.'])
  })

  it('does not split a question inside quotes before its speech tag', () => {
    expect(sentences('„Kommt ihr?“, fragte sie. „Nein“, sagte er.')).toEqual(['„Kommt ihr?“, fragte sie.', '„Nein“, sagte er.'])
    expect(sentences('„Kommt ihr?“ fragte sie.')).toEqual(['„Kommt ihr?“ fragte sie.'])
  })

  it('splits before an opening quote that starts a sentence', () => {
    expect(sentences('Sie schwieg. „Das sage ich nicht.“')).toEqual(['Sie schwieg.', '„Das sage ich nicht.“'])
  })

  it('keeps a closing bracket and an agency tag with the sentence', () => {
    expect(sentences('Die Wahl ist gültig (so das Gericht.) Danach gab es Jubel.')).toEqual(['Die Wahl ist gültig (so das Gericht.)', 'Danach gab es Jubel.'])
    expect(sentences('Der Streik ist vorbei. (dpa)')).toEqual(['Der Streik ist vorbei. (dpa)'])
  })

  it('ends a sentence after a bracket that closes on an ordinal or an abbreviation', () => {
    expect(sentences('Das Tor fiel spät (62.). Danach kam nichts mehr.')).toEqual(['Das Tor fiel spät (62.).', 'Danach kam nichts mehr.'])
    expect(sentences('Links stand Merz (re.). Dann ging er.')).toEqual(['Links stand Merz (re.).', 'Dann ging er.'])
  })

  it('does not end a sentence at "(li.)" in a caption or at "(!)"', () => {
    expect(sentences('Olaf Scholz (li.) und Emmanuel Macron in Paris.')).toEqual(['Olaf Scholz (li.) und Emmanuel Macron in Paris.'])
    expect(sentences('Er verlangte 500 (!) Euro dafür.')).toEqual(['Er verlangte 500 (!) Euro dafür.'])
  })
})

describe('splitSentences: abbreviations, ordinals and dates', () => {
  it('does not split after ordinals and dates', () => {
    for (const text of ['Am 24. Juli beginnt das Fest.', 'Sie wohnt im 2. Stock des Hauses.', 'Der 3. Oktober ist ein Feiertag.', 'Das Urteil fiel am 24.12. in Bonn.']) {
      expect(sentences(text)).toEqual([text])
    }
  })

  it('splits after a number that ends a sentence', () => {
    expect(sentences('Die Zahl der Toten stieg auf 24. Die Suche geht weiter.')).toEqual(['Die Zahl der Toten stieg auf 24.', 'Die Suche geht weiter.'])
  })

  it('does not split after leading abbreviations and initials', () => {
    for (const text of [
      'Prof. Dr. med. Anna Schmidt leitet die Klinik.',
      'Städte wie z. B. Köln und u. a. Bonn sind betroffen.',
      'Das Paket Nr. 5 kam ca. 50 Minuten später, vgl. Ziff. 3 der Regeln.',
      'J. R. R. Tolkien schrieb den Roman.',
      'In St. Gallen regnet es.',
    ]) {
      expect(sentences(text)).toEqual([text])
    }
  })

  it('splits after a country name that looks like a lower-case abbreviation', () => {
    expect(sentences('Die Stiftung sitzt in der Schweiz. Über ihre Geldgeber ist wenig bekannt.')).toEqual([
      'Die Stiftung sitzt in der Schweiz.',
      'Über ihre Geldgeber ist wenig bekannt.',
    ])
  })

  it('splits after a closing abbreviation before a sentence opener only', () => {
    expect(sentences('Es gab Brot, Käse usw. Die Gäste waren zufrieden.')).toEqual(['Es gab Brot, Käse usw.', 'Die Gäste waren zufrieden.'])
    expect(sentences('Das kostet 3 Mio. Euro im Jahr.')).toEqual(['Das kostet 3 Mio. Euro im Jahr.'])
  })

  it('splits after a Roman numeral before a sentence opener', () => {
    expect(sentences('Papst Benedikt XVI. Er trat 2013 zurück.')).toEqual(['Papst Benedikt XVI.', 'Er trat 2013 zurück.'])
    expect(sentences('Wilhelm II. war der letzte Kaiser.')).toEqual(['Wilhelm II. war der letzte Kaiser.'])
  })
})

describe('splitSentences: ellipses', () => {
  it('splits after an ellipsis before a capitalised word, not before a lower-case one', () => {
    expect(sentences('Er wartete... Dann kam sie.')).toEqual(['Er wartete...', 'Dann kam sie.'])
    expect(sentences('Und dann… nichts mehr.')).toEqual(['Und dann… nichts mehr.'])
  })

  it('does not split at an ellipsis in brackets or at the start of a sentence', () => {
    expect(sentences('Er sagte, dass […] Berlin wartet.')).toEqual(['Er sagte, dass […] Berlin wartet.'])
    expect(sentences('… Berlin wartet.')).toEqual(['… Berlin wartet.'])
  })
})

describe('splitSentences: headlines, paragraphs and line breaks', () => {
  it('ends a sentence at a blank line', () => {
    expect(sentences('Neue Brücke für Dresden\n\nDie Stadt baut eine Brücke.')).toEqual(['Neue Brücke für Dresden', 'Die Stadt baut eine Brücke.'])
    expect(sentences('Erster Absatz ohne Punkt\n \nzweiter Absatz klein')).toEqual(['Erster Absatz ohne Punkt', 'zweiter Absatz klein'])
  })

  it('ends a headline line before a capitalised line', () => {
    expect(sentences('Streik bei der Bahn\nPendler müssen warten.')).toEqual(['Streik bei der Bahn', 'Pendler müssen warten.'])
    expect(sentences('Foto: dpa\n„Wir sind bereit“, sagte sie.')).toEqual(['Foto: dpa', '„Wir sind bereit“, sagte sie.'])
  })

  it('continues a sentence across a line break before a lower-case word', () => {
    expect(sentences('Die Ministerin besuchte\ndie Schule in Kiel.')).toEqual(['Die Ministerin besuchte\ndie Schule in Kiel.'])
  })

  it('continues after a line ending with a function word, a comma or a hyphen', () => {
    expect(sentences('Scholz traf sich mit\nMacron in Paris.')).toEqual(['Scholz traf sich mit\nMacron in Paris.'])
    expect(sentences('Berlin, Hamburg,\nMünchen und Köln.')).toEqual(['Berlin, Hamburg,\nMünchen und Köln.'])
    expect(sentences('Die Landes-\nRegierung tagt.')).toEqual(['Die Landes-\nRegierung tagt.'])
  })

  it('ends a line before a bullet and after a headline ending in a symbol', () => {
    expect(sentences('Die Punkte:\n- mehr Geld\n- weniger Steuern')).toEqual(['Die Punkte:', '- mehr Geld', '- weniger Steuern'])
    expect(sentences('Inflation steigt auf 5 %\nDie Preise ziehen an.')).toEqual(['Inflation steigt auf 5 %', 'Die Preise ziehen an.'])
  })

  it('splits a headline from a dateline paragraph', () => {
    expect(sentences('Einigung im Tarifstreit\nBerlin (dpa) - Die Gewerkschaft hat zugestimmt. Der Streik endet.')).toEqual([
      'Einigung im Tarifstreit',
      'Berlin (dpa) - Die Gewerkschaft hat zugestimmt.',
      'Der Streik endet.',
    ])
  })
})

describe('splitSentences: robustness', () => {
  it('returns ascending starts inside the token range for junk input', () => {
    let x = 7
    let junk = ''
    for (let i = 0; i < 100_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0
      junk += String.fromCharCode(x % 0x3000)
    }
    const view = normalizeText(junk)
    const table = tokenizeView(view)
    const starts = splitSentences(view, table)
    let ascending = starts[0] === 0
    for (let s = 1; s < starts.length; s++) if (!(starts[s]! > starts[s - 1]! && starts[s]! < table.count)) ascending = false
    expect(ascending).toBe(true)
  })
})
