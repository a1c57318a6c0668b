import { describe, expect, it } from 'vitest'
import { isRoleWord, kbEntries, lexiconList, wordFrequencies, type KbEntry, type ListName } from '../src/lexicon/index.js'

function place(name: string): KbEntry {
  const entry = kbEntries().find((e) => e.type === 'place' && e.name === name)
  if (!entry) throw new Error(`no place named ${name}`)
  return entry
}

describe('word lists (corpora/lexicon)', () => {
  it('has first names from German, other European and world news', () => {
    const names = lexiconList('firstNames')
    for (const name of ['Wladimir', 'Annalena', 'Olaf', 'Friedrich', 'Wolodymyr', 'Recep', 'Emmanuel', 'Giorgia', 'Kamala', 'Narendra', 'Luiz']) {
      expect(names.has(name), name).toBe(true)
    }
  })

  it('has surnames including multi-word ones, and no common nouns or stopwords', () => {
    const surnames = lexiconList('surnames')
    for (const name of ['Putin', 'Selenskyj', 'Lawrow', 'Erdoğan', 'Erdogan', 'Netanjahu', 'Scholz', 'Müller', 'von der Leyen']) {
      expect(surnames.has(name), name).toBe(true)
    }
    for (const word of ['Mai', 'Hand', 'Frieden', 'Will', 'Man']) {
      expect(surnames.has(word) || lexiconList('firstNames').has(word), word).toBe(false)
    }
  })

  it('has titles, their Bundes- and ministry forms, and hyphen title suffixes', () => {
    const titles = lexiconList('titles')
    for (const title of ['Kanzlerin', 'Bundeskanzler', 'Präsident', 'Kremlchef', 'Außenminister', 'Bundesinnenministerin', 'Innensenatorin', 'Trainer', 'Papst', 'Herr', 'Dr.']) {
      expect(titles.has(title), title).toBe(true)
    }
    const suffixes = lexiconList('titleSuffixes')
    for (const suffix of ['Chef', 'Chefin', 'Vorsitzende', 'Politikerin', 'Abgeordnete', 'Sprecher', 'Star']) {
      expect(suffixes.has(suffix), suffix).toBe(true)
    }
    expect(suffixes.has('Herr')).toBe(false)
    expect(titles.has('Star')).toBe(false)
  })

  it('reads role words: listed, after a hyphen, and compounds ending in a role with at least three letters before it', () => {
    for (const word of ['Minister', 'SPD-Chefin', 'Kremlchef', 'Bundesinnenminister', 'Verteidigungsministerin']) expect(isRoleWord(word), word).toBe(true)
    // Too little before the suffix, a suffix that does not end the word, or no role at all.
    for (const word of ['Ochef', 'Chefkoch', 'Ministerium', 'Kartoffel', '']) expect(isRoleWord(word), word).toBe(false)
  })

  it('has organization suffixes and heads', () => {
    const suffixes = lexiconList('orgSuffixes')
    for (const suffix of ['GmbH', 'AG', 'SE', 'e.V.', 'Inc.', 'Ltd.', 'GmbH & Co. KG', 'plc']) expect(suffixes.has(suffix), suffix).toBe(true)
    const heads = lexiconList('orgHeads')
    for (const head of ['Ministerium', 'Bundesministerium', 'Verband', 'Universität', 'Partei', 'Sparkasse', 'Gericht']) expect(heads.has(head), head).toBe(true)
  })

  it('has lowercase stopwords', () => {
    const stopwords = lexiconList('stopwords')
    for (const word of ['der', 'die', 'das', 'und', 'nicht', 'wurde', 'über']) expect(stopwords.has(word), word).toBe(true)
    for (const word of stopwords) expect(word).toBe(word.toLowerCase())
  })

  it('parses every list once and caches it', () => {
    const lists: ListName[] = ['firstNames', 'surnames', 'titles', 'titleSuffixes', 'orgSuffixes', 'orgHeads', 'stopwords']
    for (const name of lists) {
      expect(lexiconList(name).size, name).toBeGreaterThan(50)
      expect(lexiconList(name)).toBe(lexiconList(name))
      for (const entry of lexiconList(name)) expect(entry.startsWith('#') || entry.trim() !== entry, entry).toBe(false)
    }
  })

  it('gives word frequencies as a map (empty when the table was not built)', () => {
    const frequencies = wordFrequencies()
    expect(frequencies).toBe(wordFrequencies())
    if (frequencies.size > 0) {
      expect(frequencies.get('der') ?? 0).toBeGreaterThan(frequencies.get('kanzlerin') ?? 0)
    }
  })
})

describe('places (corpora/kb/places.tsv)', () => {
  it('has Russland with its official name and russisch~ forms', () => {
    const russland = place('Russland')
    expect(russland.id).toBe('place:russland')
    expect(russland.aliases).toContain('Russische Föderation')
    expect(russland.forms).toEqual(expect.arrayContaining(['russisch', 'russische', 'russischen', 'russischer', 'russisches', 'russischem', 'Russe', 'Russin']))
    expect(russland.info).toMatchObject({ kind: 'country', country: 'RU' })
  })

  it('has the USA with the US alias and Großbritannien with its short forms', () => {
    expect(place('USA').aliases).toEqual(expect.arrayContaining(['US', 'Vereinigte Staaten', 'Vereinigte Staaten von Amerika', 'Amerika']))
    expect(place('Großbritannien').aliases).toEqual(expect.arrayContaining(['Vereinigtes Königreich', 'Britannien']))
  })

  it('has cities with German exonyms, population and -er forms', () => {
    const moskau = place('Moskau')
    expect(moskau.info).toMatchObject({ kind: 'city', country: 'RU' })
    expect(Number(moskau.info['population'])).toBeGreaterThan(1_000_000)
    expect(moskau.forms).toContain('Moskauer')
    expect(place('München').forms).toEqual(expect.arrayContaining(['Münchner', 'Münchener', 'Münchnerin']))
    expect(place('Hamburg').forms).toContain('Hamburger')
    expect(place('Washington').info).toMatchObject({ kind: 'city', country: 'US' })
    for (const name of ['Mailand', 'Rom', 'Prag', 'Peking', 'Neu-Delhi', 'Kiew', 'Lissabon', 'Warschau']) expect(place(name).info['kind'], name).toBe('city')
  })

  it('keeps the bigger city as owner of a shared short name', () => {
    expect(place('Frankfurt am Main').aliases).toContain('Frankfurt')
    expect(place('Frankfurt (Oder)').id).toBe('place:frankfurt-oder')
    expect(place('Frankfurt (Oder)').aliases).not.toContain('Frankfurt')
  })

  it('has German states, regions, continents and waters', () => {
    expect(place('Bayern').forms).toContain('bayerische')
    expect(place('Bayern').info).toMatchObject({ kind: 'state', country: 'DE' })
    expect(place('Nahost').aliases).toContain('Naher Osten')
    expect(place('Europa').forms).toContain('europäischen')
    expect(place('Europa').info['kind']).toBe('continent')
    expect(place('Rhein').info['kind']).toBe('water')
    expect(place('Gazastreifen').info['kind']).toBe('region')
  })

  it('has at least 600 cities', () => {
    expect(kbEntries().filter((e) => e.info['kind'] === 'city').length).toBeGreaterThanOrEqual(600)
  })
})
