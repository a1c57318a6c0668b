// End-to-end expectations for whole articles. The expected tags of the own articles were written down before the
// tagger first ran on them.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tag, type Entity } from '../src/index.js'

const SAMPLE = '../shared/samples/putin-trump-gipfel.txt'

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/tagging/${name}`, import.meta.url), 'utf8')
}

function names(entities: Entity[]): string[] {
  return entities.map((entity) => entity.name)
}

const ROLE_WORDS = /\b(Präsident|Präsidentin|Staatschef|Kremlchef|Vorstandschef|Ministerpräsident|Trainer|Festivalleiterin|Kulturstaatsminister|Baudezernentin)\b/

function expectValidMentions(text: string, entities: Entity[]): void {
  for (const entity of entities) {
    expect(entity.mentions.length).toBeGreaterThan(0)
    expect(entity.salience).toBeGreaterThanOrEqual(0)
    expect(entity.salience).toBeLessThanOrEqual(1)
    for (const mention of entity.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text)
    expect(entity.name).not.toMatch(ROLE_WORDS)
  }
}

describe.skipIf(!existsSync(SAMPLE))('the shared sample article', () => {
  const text = existsSync(SAMPLE) ? readFileSync(SAMPLE, 'utf8') : ''
  const doc = tag(text)

  it('has exactly one Wladimir Putin and one Donald Trump, the two most salient people', () => {
    const people = doc.people()
    expect(people.filter((p) => p.name === 'Wladimir Putin')).toHaveLength(1)
    expect(people.filter((p) => p.name === 'Donald Trump')).toHaveLength(1)
    expect(names(people.slice(0, 2)).sort()).toEqual(['Donald Trump', 'Wladimir Putin'])
  })

  it('finds the places, with Russland from Russland, Russlands and russisch-amerikanischen', () => {
    const places = doc.places()
    expect(names(places)).toEqual(expect.arrayContaining(['Russland', 'USA', 'Syrien', 'Ukraine', 'Moskau', 'Washington', 'Hamburg']))
    const russland = places.find((p) => p.name === 'Russland')!
    const texts = russland.mentions.map((m) => m.text)
    // Each part of russisch-amerikanischen is the mention of its own place: a span names one entity.
    expect(texts).toEqual(expect.arrayContaining(['Russland', 'Russlands', 'russisch']))
    expect(places.find((p) => p.name === 'USA')!.mentions.map((m) => m.text)).toContain('amerikanischen')
  })

  it('finds the Kreml as an organization', () => {
    expect(names(doc.organizations())).toContain('Kreml')
  })

  it('has Putin, Trump and the summit among its topics', () => {
    const labels = doc.topics().map((t) => t.label)
    expect(labels).toEqual(expect.arrayContaining(['Wladimir Putin', 'Donald Trump', 'Gipfeltreffen']))
  })

  it('takes no tag from teasers, links and debris, and no role word into a name', () => {
    const all = [...doc.entities().map((e) => e.name), ...doc.topics().map((t) => t.label)].join(' | ')
    for (const debris of ['Seehofer', 'CSU', 'EKD', 'Bedford-Strohm', 'Obama', 'Malmström', 'Altmaier', 'Helsinki', 'Mittelmeer', 'Meistgelesene', 'Lesen Sie', 'Kommentare', 'Auch interessant']) {
      expect(all).not.toContain(debris)
    }
    expectValidMentions(text, doc.entities())
  })
})

describe('own articles', () => {
  it('economy: Siemens in Erlangen', () => {
    const text = fixture('wirtschaft-siemens.txt')
    const doc = tag(text)
    expectValidMentions(text, doc.entities())
    expect(names(doc.organizations())).toEqual(expect.arrayContaining(['Siemens', 'IG Metall']))
    expect(names(doc.places())).toEqual(expect.arrayContaining(['Erlangen', 'München', 'China', 'Bayern']))
    expect(names(doc.people())).toEqual(expect.arrayContaining(['Roland Busch', 'Markus Söder']))
    const labels = doc.topics().map((t) => t.label)
    expect(labels).toEqual(expect.arrayContaining(['Siemens', 'Stellenabbau']))
    expect(names(doc.entities())).not.toContain('Reuters')
  })

  it('sport: the Bayern are the club, not the state', () => {
    const text = fixture('sport-bayern-bvb.txt')
    const doc = tag(text)
    expectValidMentions(text, doc.entities())
    expect(names(doc.organizations())).toEqual(expect.arrayContaining(['FC Bayern München', 'Borussia Dortmund']))
    expect(names(doc.places())).not.toContain('Bayern')
    expect(names(doc.people())).toEqual(expect.arrayContaining(['Harry Kane', 'Vincent Kompany', 'Jamal Musiala']))
    const bvb = doc.organizations().find((o) => o.name === 'Borussia Dortmund')!
    expect(bvb.mentions.map((m) => m.text)).toContain('BVB')
    const bayern = doc.organizations().find((o) => o.name === 'FC Bayern München')!
    expect(bayern.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['FC Bayern München', 'Bayern']))
    expect(names(doc.entities())).not.toEqual(expect.arrayContaining(['Leverkusen']))
    expect(names(doc.entities()).some((n) => n.includes('Freiburg'))).toBe(false)
  })

  it('culture: the Berlinale', () => {
    const text = fixture('kultur-berlinale.txt')
    const doc = tag(text)
    expectValidMentions(text, doc.entities())
    expect(names(doc.places())).toEqual(expect.arrayContaining(['Kolumbien', 'Berlin']))
    expect(names(doc.people())).toEqual(expect.arrayContaining(['Tricia Tuttle', 'Wolfram Weimer']))
    expect(names(doc.entities())).toContain('Berlinale')
    const labels = doc.topics().map((t) => t.label)
    expect(labels.some((label) => ['Filmfestspiele', 'Wettbewerb', 'Familiendrama', 'Eröffnungsfilm'].includes(label))).toBe(true)
  })

  it('regional: a bridge in Köln', () => {
    const text = fixture('regional-koeln.txt')
    const doc = tag(text)
    expectValidMentions(text, doc.entities())
    expect(names(doc.places())).toEqual(expect.arrayContaining(['Köln', 'Rhein', 'Nordrhein-Westfalen']))
    expect(names(doc.people())).toContain('Sabine Krüger')
    expect(names(doc.entities())).not.toContain('Düsseldorf')
    expect(doc.topics().map((t) => t.label)).toContain('Sanierung')
  })
})
