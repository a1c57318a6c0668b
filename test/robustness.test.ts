// Inputs that once crashed or stalled tag(): HTML entity names of Object.prototype, long inline images, one huge
// word, long runs of the same name. The size tests use inputs that take seconds when every stage is linear and
// minutes or more when one is quadratic; they assert results, not times.
import { describe, expect, it } from 'vitest'
import type { DictionaryMatch } from '../src/recognize/dictionary.js'
import { mergeMentions } from '../src/recognize/dictionary.js'
import { Groups } from '../src/link/groups.js'
import { resolveOverlaps } from '../src/link/overlaps.js'
import { rankBySalience } from '../src/link/salience.js'
import type { EntityRecord, MentionInput, MentionRange } from '../src/analysis.js'
import { normalizeText } from '../src/normalize/index.js'
import { tag, type Doc } from '../src/index.js'
import { seededRandom } from './helpers.js'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function base64(length: number, seed: number): string {
  const random = seededRandom(seed)
  let out = ''
  for (let i = 0; i < length; i++) out += BASE64[Math.floor(random() * 64)]
  return out
}

describe('HTML entities', () => {
  it('does not look entity names up through Object.prototype', () => {
    const text = 'A &valueOf; B &toString; C &constructor; D &__proto__; E &hasOwnProperty; F &amp; G'
    expect(normalizeText(text)).toBe(text.replace('&amp;', '&\u00ad\u00ad\u00ad\u00ad'))
    for (const name of ['valueOf', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'isPrototypeOf']) {
      expect(() => tag(`&${name};`).toJSON()).not.toThrow()
    }
  })
})

describe('inline images', () => {
  const prose = 'Die Bürgermeisterin Klara Hofstetter eröffnete in Regensburg die Ausstellung.'

  it('blanks an <img> whose data: URI is longer than the tag limit', () => {
    const img = `<img alt="Titelbild" src="data:image/jpeg;base64,${base64(6000, 3)}==">`
    const text = `<p>${prose}</p>${img}<p>${prose}</p>`
    const from = text.indexOf('<img')
    expect(normalizeText(text).slice(from, from + img.length).trim()).toBe('')
    for (const entity of tag(text).entities()) {
      for (const mention of entity.mentions) expect(mention.end <= from || mention.start >= from + img.length).toBe(true)
    }
  })

  it('blanks a data: URI that stands in plain text', () => {
    const uri = `data:image/png;base64,${base64(3000, 4)}`
    const text = `${prose} Bild: ${uri} ${prose}`
    const from = text.indexOf(uri)
    expect(normalizeText(text).slice(from, from + uri.length).trim()).toBe('')
    expect(normalizeText(prose)).toBe(prose)
    expect(normalizeText('Die Metadata:x/y,z bleiben')).toBe('Die Metadata:x/y,z bleiben')
  })
})

describe('long words', () => {
  it('tags one word of a million letters without per-suffix work', () => {
    const doc = tag('Vorwort ' + 'A' + 'b'.repeat(1_000_000) + ' Nachwort')
    expect(doc.entities()).toEqual([])
    expect(doc.toJSON().terms.every(([term]) => term.length <= 100)).toBe(true)
  })

  it('tags a word of letters and zero-width joiners', () => {
    expect(tag('A\u200d'.repeat(200_000)).entities()).toEqual([])
  })

  it('still tags a long real compound', () => {
    const word = 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz'
    const doc = tag(`Der Landtag in Schwerin hat das ${word} aufgehoben. Das ${word} galt seit Jahren.`)
    expect(doc.toJSON().terms.length).toBeGreaterThan(0)
    expect(doc.entities().map((entity) => entity.id)).toContain('place:schwerin')
  })
})

describe('long runs of names', () => {
  it('tags 130,000 repetitions of one surname (no spread into push)', () => {
    const doc = tag('Merkel '.repeat(130_000))
    const mentions = doc.entities().reduce((sum, entity) => sum + entity.mentions.length, 0)
    expect(mentions).toBe(130_000)
  })

  it('keeps each of 300,000 mentions of one entity once (no all-pairs duplicate check)', () => {
    const groups = new Groups()
    for (let i = 0; i < 300_000; i++) groups.add('place:berlin', 'Berlin', 'place', { start: i * 7, end: i * 7 + 6, kind: 'name' })
    groups.add('place:berlin', 'Berlin', 'place', { start: 7, end: 13, kind: 'derived' })
    const [record] = groups.records()
    expect(record!.mentions.length).toBe(300_000)
    expect(record!.mentions[1]).toEqual({ start: 7, end: 13, kind: 'name' })
  })

  it('tags long runs of three places', () => {
    const doc = tag('Berlin München Hamburg '.repeat(20_000))
    expect(doc.entities().map((entity) => [entity.id, entity.mentions.length])).toEqual([['place:berlin', 20_000], ['place:hamburg', 20_000], ['place:muenchen', 20_000]])
  })

  it('ranks 500,000 entities (no Math.max over a spread)', () => {
    const entities: EntityRecord[] = []
    for (let i = 0; i < 500_000; i++) entities.push({ id: `e${i}`, name: `E${i}`, type: 'other', salience: 0, mentions: [{ start: i * 2, end: i * 2 + 1, kind: 'name' }] })
    const ranked = rankBySalience(entities, [{ type: 'body', start: 0, end: 1_000_000 }])
    expect(ranked[0]!.salience).toBe(1)
    expect(ranked[0]!.id).toBe('e0')
  })
})

describe('mergeMentions', () => {
  const recognized = (start: number): MentionInput => ({ start, end: start + 3, label: 'PER', kind: 'name' })
  const match = (start: number, override: boolean): DictionaryMatch => ({ start, end: start + 3, label: 'ORG', kind: 'name', entryId: `e${start}`, override })

  it('replaces overlapped mentions and fills gaps', () => {
    const merged = mergeMentions([recognized(0), recognized(10), recognized(20)], [match(1, true), match(11, false), match(30, false)])
    expect(merged.map((m) => [m.start, m.label])).toEqual([[1, 'ORG'], [10, 'PER'], [20, 'PER'], [30, 'ORG']])
  })

  it('merges 300,000 mentions with 300,000 matches (not all pairs)', () => {
    const mentions: MentionInput[] = []
    const matches: DictionaryMatch[] = []
    for (let i = 0; i < 300_000; i++) {
      mentions.push(recognized(i * 10))
      matches.push(match(i * 10 + 5, i % 2 === 0))
    }
    const merged = mergeMentions(mentions, matches)
    expect(merged.length).toBe(600_000)
  })
})

/** Pairs of mentions of different entities that share a code unit (all pairs: the documents here are small). */
function overlapping(doc: Doc): string[] {
  const mentions = doc.entities().flatMap((entity) => entity.mentions.map((mention) => ({ id: entity.id, ...mention })))
  const pairs: string[] = []
  for (const a of mentions) for (const b of mentions) if (a.id < b.id && a.start < b.end && b.start < a.end) pairs.push(`${a.text}: ${a.id} / ${b.id}`)
  return pairs
}

describe('one span, one entity', () => {
  it('credits no span of hyphenated compounds to two entities', () => {
    const texts = [
      'Beim EU-Türkei-Gipfel in Brüssel sprach der Ex-ÖVP-Landesrat über die Nicht-EU-Staaten.',
      'Die Stiftung fördert ein Projekt, sagte die Red-Bull-Managerin in Salzburg.',
    ]
    for (const text of texts) expect(overlapping(tag(text))).toEqual([])
    expect(tag(texts[0]!).entities().map((entity) => entity.id)).toContain('place:bruessel')
  })

  it('gives each part of a hyphenated derived word its own span', () => {
    const doc = tag('Die deutsch-französischen Beziehungen sind eng, sagte der Botschafter in Paris.')
    const texts = Object.fromEntries(doc.entities().map((entity) => [entity.id, entity.mentions.map((mention) => mention.text)]))
    expect(texts['place:deutschland']).toEqual(['deutsch'])
    expect(texts['place:frankreich']).toEqual(['französischen'])
  })

  it('keeps the knowledge-base entity, then the longer mention', () => {
    const mention = (start: number, end: number): MentionRange => ({ start, end, kind: 'part' })
    const record = (id: string, mentions: MentionRange[]): EntityRecord => ({ id, name: id, type: 'organization', salience: 0, mentions })
    const known = (id: string) => id === 'org:kb'
    expect(resolveOverlaps([record('org:a', [mention(0, 10)]), record('org:kb', [mention(0, 10), mention(20, 25)])], known).map((e) => e.id)).toEqual(['org:kb'])
    const longer = resolveOverlaps([record('org:a', [mention(0, 4), mention(30, 34)]), record('org:b', [mention(2, 12)])], () => false)
    expect(longer.map((e) => [e.id, e.mentions.length])).toEqual([['org:a', 1], ['org:b', 1]])
  })
})

describe('maxLength', () => {
  it('refuses a text over maxLength with a RangeError naming it and the length', () => {
    expect(() => tag('Köln liegt am Rhein.', { maxLength: 10 })).toThrow(/maxLength 10/)
    expect(() => tag('Köln liegt am Rhein.', { maxLength: 10 })).toThrow(RangeError)
    expect(() => tag('Rhein', { title: 'Köln', maxLength: 8 })).toThrow(/title of 9 UTF-16 code units/)
    expect(tag('Köln liegt am Rhein.', { maxLength: 20 }).entities().map((entity) => entity.id)).toContain('place:koeln')
  })

  it('has a default of 2^25 code units: a 20 MB line passes, a longer text is refused', () => {
    expect(tag(' '.repeat(20_000_001)).entities()).toEqual([])
    expect(() => tag(' '.repeat(33_554_433))).toThrow(/33554433 UTF-16 code units exceed maxLength 33554432/)
  })

  it('is a TypeError when not a number', () => {
    expect(() => tag('Köln', { maxLength: '5' as unknown as number })).toThrow(/options\.maxLength/)
    expect(() => tag('Köln', { maxLength: Number.NaN })).toThrow(TypeError)
  })
})
