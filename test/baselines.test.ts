// The related evaluation's BM25 baseline: its fast cosine gives wink-nlp's bow cosine, value for value.
import { describe, expect, it } from 'vitest'
import { bowCosine, bowCosines, type Bow } from '../scripts/lib/baselines.js'

describe('bowCosines', () => {
  it('equals wink-nlp\'s bow cosine, also for empty bows and number-like words', async () => {
    const bows: Bow[] = [
      { hochwasser: 1.7, elbe: 2.1, dresden: 0.9, '2024': 0.4 },
      { elbe: 1.2, pegel: 2.4, dresden: 1.1, '2024': 0.2, '17': 0.3 },
      { bundestag: 1.5, haushalt: 2.2 },
      {},
      {},
      { elbe: 3.3 },
    ]
    const wink = await bowCosine()
    const fast = bowCosines(bows)
    for (let i = 0; i < bows.length; i++) for (let j = 0; j < bows.length; j++) expect(fast(i, j)).toBe(wink(bows[i]!, bows[j]!))
    expect(fast(0, 2)).toBe(0)
    expect(fast(3, 4)).toBe(1)
    expect(fast(3, 0)).toBe(0)
  })
})
