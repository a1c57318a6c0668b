import { describe, expect, it } from 'vitest'
import type { EntityRecord } from '../src/analysis.js'
import { withSurnamesJoined } from '../src/link/surnames.js'

type Type = EntityRecord['type']

/** An entity whose mentions are the name's spans at `starts` in some text. */
function record(id: string, name: string, type: Type, starts: number[], written = name): EntityRecord {
  return { id, name, type, salience: 0, mentions: starts.map((start) => ({ start, end: start + written.length, kind: 'name' as const })) }
}

describe('withSurnamesJoined', () => {
  it('joins a surname read as a place, a body or a thing into the one person of the article who has it', () => {
    const joined = withSurnamesJoined(
      [
        record('person:christoph-strasser', 'Christoph Strasser', 'person', [0]),
        record('place:strasser', 'Strasser', 'place', [60, 120]),
        record('person:dmytro-firtasch', 'Dmytro Firtasch', 'person', [200]),
        record('organization:firtaschs', 'Firtaschs', 'organization', [260]),
        record('place:graz', 'Graz', 'place', [300]),
      ],
      () => false,
    )
    expect(joined.map((e) => [e.id, e.mentions.map((m) => m.start)])).toEqual([
      ['person:christoph-strasser', [0, 60, 120]],
      ['person:dmytro-firtasch', [200, 260]],
      ['place:graz', [300]],
    ])
  })

  it('leaves a name the knowledge base knows, a surname two people share and a short one alone', () => {
    const entities = [
      record('person:nikola-tesla', 'Nikola Tesla', 'person', [0]),
      record('organization:tesla', 'Tesla', 'organization', [40]),
      record('person:serena-williams', 'Serena Williams', 'person', [80]),
      record('person:venus-williams', 'Venus Williams', 'person', [120]),
      record('other:williams', 'Williams', 'other', [160]),
      record('person:li-na', 'Li Na', 'person', [200]),
      record('place:na', 'Na', 'place', [240]),
    ]
    const joined = withSurnamesJoined(entities, (id) => id === 'organization:tesla')
    expect(joined.map((e) => e.id)).toEqual(entities.map((e) => e.id))
  })
})
