import { describe, expect, it } from 'vitest'
import { tag } from '../src/index.js'
import { buildKbIndex } from '../src/link/index.js'
import { lookupName, lookupPrefix } from '../src/link/lookup.js'
import { kbEntries } from '../src/lexicon/index.js'

const KINDS = new Set(['award', 'competition', 'event', 'history', 'law', 'product', 'work'])
const entries = kbEntries()
const others = entries.filter((e) => e.type === 'other')
const index = buildKbIndex(entries)

/** The entity of the given id in the tagged text, with its type and canonical name. */
function entity(text: string, id: string) {
  return tag(text)
    .entities()
    .filter((e) => e.id === id)
    .map((e) => ({ id: e.id, type: e.type, name: e.name }))[0]
}

describe('other things in the knowledge base (corpora/kb/other.tsv)', () => {
  it('loads entries of type other, each with a known kind', () => {
    expect(others.length).toBeGreaterThan(200)
    for (const e of others) {
      expect(e.id.startsWith('other:'), e.id).toBe(true)
      expect(KINDS.has(e.info['kind'] ?? ''), e.id).toBe(true)
    }
  })

  it('uses no name or alias of an entry of another file', () => {
    const own = new Set(others.map((e) => e.id))
    const surfaces = new Map<string, string>()
    for (const e of entries) if (!own.has(e.id)) for (const s of [e.name, ...e.aliases]) surfaces.set(s.toLowerCase(), e.id)
    const clashes = others.flatMap((e) => [e.name, ...e.aliases].filter((s) => surfaces.has(s.toLowerCase())).map((s) => `${e.id} "${s}" = ${surfaces.get(s.toLowerCase())}`))
    expect(clashes).toEqual([])
  })

  it('finds names, aliases, genitives and compounds', () => {
    expect(lookupName(index, 'Olympia')?.entries.map((e) => e.id)).toEqual(['other:olympische-spiele'])
    expect(lookupName(index, 'Heizungsgesetz')?.entries.map((e) => e.id)).toEqual(['other:gebaeudeenergiegesetz'])
    expect(lookupName(index, 'Wiesn')?.entries.map((e) => e.id)).toEqual(['other:oktoberfest'])
    expect(lookupName(index, 'Oktoberfests')?.entries.map((e) => e.id)).toEqual(['other:oktoberfest'])
    expect(lookupName(index, 'Kalten Krieges')?.entries.map((e) => e.id)).toEqual(['other:kalter-krieg'])
    expect(lookupPrefix(index, 'Nobelpreisträgerin')?.entries.map((e) => e.id)).toEqual(['other:nobelpreis'])
  })

  it('links festivals, competitions and awards in tagged text', () => {
    expect(entity('Die Berlinale beginnt am Donnerstag in Berlin.', 'other:berlinale')).toEqual({ id: 'other:berlinale', type: 'other', name: 'Berlinale' })
    expect(entity('Die Fußball-WM 2026 findet in Nordamerika statt.', 'other:fussball-weltmeisterschaft')?.type).toBe('other')
    expect(entity('Im Finale der Champions League trifft Inter Mailand auf Paris.', 'other:champions-league')?.type).toBe('other')
    expect(entity('Der Verein steigt nach dieser Saison in die 2. Bundesliga ab.', 'other:2-bundesliga')?.type).toBe('other')
    expect(entity('Die Autorin erhielt im Herbst den Nobelpreis für Literatur.', 'other:literaturnobelpreis')?.name).toBe('Literaturnobelpreis')
  })

  it('links historical events and indices in tagged text', () => {
    expect(entity('Das Museum erinnert an die Opfer des Zweiten Weltkrieges.', 'other:zweiter-weltkrieg')?.name).toBe('Zweiter Weltkrieg')
    expect(entity('Der Dax schloss am Freitag mit einem Plus von einem Prozent.', 'other:dax')?.type).toBe('other')
  })

  it('finds one-word names of things where the recogniser sees none, but not ordinary words', () => {
    expect(entity('Das Oktoberfest beginnt am Samstag in München.', 'other:oktoberfest')?.type).toBe('other')
    expect(entity('Das Bürgergeld soll im Januar steigen, sagte der Minister.', 'other:buergergeld')?.type).toBe('other')
    expect(tag('Die Polizei sperrte den Tatort am Abend weiträumig ab.').entities()).toEqual([])
  })
})
