// Property test: 2,000 generated hostile inputs (scripts/lib/hostile-text.ts), seeded, each tagged three times.
// The long run of the same properties is `npm run bench -- fuzz`.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEngine } from '../src/index.js'
import { checkInput, hostileInput } from '../scripts/lib/hostile-text.js'

describe('any string', () => {
  it('tags 2,000 hostile inputs: no throw, valid spans, deterministic round-tripping JSON', () => {
    const engine = createEngine()
    const other = createEngine()
    fc.assert(fc.property(hostileInput, (input) => {
      expect(checkInput(engine, other, input).failure).toBeUndefined()
    }), { seed: 13, numRuns: 2000 })
  })
})
