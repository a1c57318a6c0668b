import { describe, expect, it } from 'vitest'
import { expandForms, kbEntries, NAMES_NOTHING, parseKb, regionalNames, slugify, type KbEntry } from '../src/lexicon/index.js'
import { ID_PREFIX } from '../src/shared/ids.js'

/**
 * Aliases that may be another entry's canonical name of the same type, with the reason. Keep this list short: an
 * alias that names another entry makes that name ambiguous for the linker.
 */
const DOCUMENTED_ALIAS_CLASHES: ReadonlyMap<string, string> = new Map([
  [
    'org:die-gruenen-oesterreich alias "Grüne" = name of org:gruene',
    'both Green parties are called so; the linker prefers the entry whose canonical name matches (the German party)',
  ],
])

const PLACE_KINDS = new Set(['country', 'state', 'city', 'region', 'continent', 'water'])

describe('knowledge base files (corpora/kb/*.tsv)', () => {
  const entries = kbEntries()

  it('loads all five files', () => {
    expect(entries.length).toBeGreaterThan(1000)
    expect(entries.some((e) => e.type === 'place')).toBe(true)
    expect(entries.some((e) => e.type === 'other')).toBe(true)
  })

  it('has regional names (kb/regional.tsv) that point to entries of their country, or name nothing there but an entry elsewhere', () => {
    const byId = new Map(entries.map((e) => [e.id, e]))
    const known = new Set(entries.flatMap((e) => [e.name, ...e.aliases]))
    const wrong: string[] = []
    let rows = 0
    for (const [country, names] of regionalNames()) {
      for (const [name, id] of names) {
        rows++
        if (id === NAMES_NOTHING ? !known.has(name) : byId.get(id)?.info['country'] !== country) wrong.push(`${country} ${name} ${id}`)
      }
    }
    expect(rows).toBeGreaterThan(10)
    expect(wrong).toEqual([])
  })

  it('has unique ids', () => {
    const ids = new Set<string>()
    const duplicates = entries.filter((e) => (ids.has(e.id) ? true : (ids.add(e.id), false))).map((e) => e.id)
    expect(duplicates).toEqual([])
  })

  it('has known types, matching id prefixes and non-empty names', () => {
    for (const e of entries) {
      expect(Object.keys(ID_PREFIX)).toContain(e.type)
      expect(e.id.startsWith(ID_PREFIX[e.type] + ':'), e.id).toBe(true)
      expect(e.name.trim(), e.id).not.toBe('')
    }
  })

  it('makes every id slug from the canonical name (FORMAT.md), a disambiguating -suffix allowed', () => {
    const bad = entries.filter((e) => {
      const slug = e.id.slice(e.id.indexOf(':') + 1)
      const expected = slugify(e.name)
      return slug !== expected && !slug.startsWith(expected + '-')
    })
    expect(bad.map((e) => `${e.id} ← ${e.name}`)).toEqual([])
  })

  it('uses no alias that is the canonical name of another entry of the same type, unless documented', () => {
    const byName = new Map<string, KbEntry[]>()
    for (const e of entries) byName.set(`${e.type}\t${e.name}`, [...(byName.get(`${e.type}\t${e.name}`) ?? []), e])
    const clashes: string[] = []
    for (const e of entries) {
      for (const alias of e.aliases) {
        const owners = (byName.get(`${e.type}\t${alias}`) ?? []).filter((other) => other.id !== e.id)
        for (const owner of owners) {
          const clash = `${e.id} alias "${alias}" = name of ${owner.id}`
          if (!DOCUMENTED_ALIAS_CLASHES.has(clash)) clashes.push(clash)
        }
      }
    }
    expect(clashes).toEqual([])
  })

  it('gives places a known kind and an ISO country code', () => {
    for (const e of entries.filter((entry) => entry.type === 'place')) {
      expect(PLACE_KINDS.has(e.info['kind'] ?? ''), e.id).toBe(true)
      const country = e.info['country']
      if (country !== undefined) expect(country, e.id).toMatch(/^[A-Z]{2}$/)
    }
  })

  it('returns the same cached array on every call', () => {
    expect(kbEntries()).toBe(entries)
  })
})

describe('parseKb', () => {
  const header = '# test file\n'

  it('parses a line into an entry with expanded forms and info', () => {
    const [entry] = parseKb(header + 'place:russland\tplace\tRussland\tRussische Föderation\trussisch~|Russe\tkind=country;country=RU\n', 'x.tsv')
    expect(entry).toEqual({
      id: 'place:russland',
      type: 'place',
      name: 'Russland',
      aliases: ['Russische Föderation'],
      forms: ['russisch', 'russische', 'russischen', 'russischer', 'russisches', 'russischem', 'Russe'],
      info: { kind: 'country', country: 'RU' },
    })
  })

  it('accepts empty aliases, forms and info', () => {
    const [entry] = parseKb('org:kreml\torganization\tKreml\t\t\t\n', 'x.tsv')
    expect(entry?.aliases).toEqual([])
    expect(entry?.forms).toEqual([])
    expect(entry?.info).toEqual({})
  })

  it('names file, line and problem on a wrong column count', () => {
    expect(() => parseKb(header + 'place:rom\tplace\tRom\n', 'kb/a.tsv')).toThrow(/kb\/a\.tsv:2: expected 6 tab-separated columns, found 3/)
  })

  it('names the field on an unknown type', () => {
    expect(() => parseKb('place:rom\tstadt\tRom\t\t\t\n', 'kb/a.tsv')).toThrow(/kb\/a\.tsv:1: field type: unknown type "stadt"/)
  })

  it('names the field on an id prefix that does not match the type', () => {
    expect(() => parseKb('org:rom\tplace\tRom\t\t\t\n', 'kb/a.tsv')).toThrow(/kb\/a\.tsv:1: field id: "org:rom" must be place:<slug>/)
  })

  it('names both places of a duplicate id, also across files', () => {
    const seen = new Map<string, string>()
    parseKb('place:rom\tplace\tRom\t\t\t\n', 'kb/a.tsv', seen)
    expect(() => parseKb('\nplace:rom\tplace\tRom\t\t\t\n', 'kb/b.tsv', seen)).toThrow(/kb\/b\.tsv:2: field id: duplicate id "place:rom" \(first defined at kb\/a\.tsv:1\)/)
  })

  it('rejects info that is not key=value and an empty name', () => {
    expect(() => parseKb('place:rom\tplace\tRom\t\t\tHauptstadt\n', 'a.tsv')).toThrow(/a\.tsv:1: field info/)
    expect(() => parseKb('place:rom\tplace\t \t\t\t\n', 'a.tsv')).toThrow(/a\.tsv:1: field name: empty/)
  })
})

describe('slugify', () => {
  it('follows the FORMAT.md rule', () => {
    expect(slugify('Wladimir Putin')).toBe('wladimir-putin')
    expect(slugify('FC Bayern München')).toBe('fc-bayern-muenchen')
    expect(slugify('Weißes Haus')).toBe('weisses-haus')
    expect(slugify('1. FC Köln')).toBe('1-fc-koeln')
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan')
    expect(slugify('Baschar al-Assad')).toBe('baschar-al-assad')
    expect(slugify('Frankfurt (Oder)')).toBe('frankfurt-oder')
    expect(slugify('Łódź')).toBe('lodz')
    expect(slugify('Île-de-France')).toBe('ile-de-france')
    expect(slugify('ÄÖÜ')).toBe('aeoeue')
  })

  it('treats decomposed umlauts like composed ones', () => {
    expect(slugify('Mu\u0308nchen')).toBe('muenchen')
  })

  it('keeps ids of names run together from debris short and distinct', () => {
    const long = slugify('Berliner Verkehrsbetriebe '.repeat(20000))
    const other = slugify('Berliner Verkehrsbetriebe '.repeat(20001))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long.startsWith('berliner-verkehrsbetriebe-berliner')).toBe(true)
    expect(other).not.toBe(long)
    expect(slugify('x'.repeat(80))).toBe('x'.repeat(80))
  })
})

describe('expandForms', () => {
  it('expands a stem with ~ into its six adjective forms and keeps other forms', () => {
    expect(expandForms(['bayerisch~', 'Bayerin'])).toEqual(['bayerisch', 'bayerische', 'bayerischen', 'bayerischer', 'bayerisches', 'bayerischem', 'Bayerin'])
  })

  it('drops repeats', () => {
    expect(expandForms(['Münchner', 'Münchner'])).toEqual(['Münchner'])
  })
})
