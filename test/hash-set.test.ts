// The hash set behind the recogniser's name and place hashes and the lemma list's forms: found, absent, values.
import { describe, expect, it } from 'vitest'
import { HashSet } from '../src/shared/hash-set.js'
import { FNV_OFFSET, hashBackward, hashString } from '../src/shared/hash.js'

describe('HashSet', () => {
  it('finds every hash it was made from, with its value, and no other', () => {
    const names = ['Dresden', 'Leipzig', 'Chemnitz', 'Zwickau', 'Plauen', 'Görlitz', 'Bautzen', 'Meißen']
    const set = HashSet.from(names.map((name, i) => [hashString(FNV_OFFSET, name), (i % 3) + 1] as const))
    names.forEach((name, i) => expect(set.value(hashString(FNV_OFFSET, name))).toBe((i % 3) + 1))
    for (const other of ['Dresdens', 'Halle', 'Jena', '']) expect(set.has(hashString(FNV_OFFSET, other))).toBe(false)
    expect(set.size).toBe(names.length)
  })

  it('keeps the larger value of a hash given twice, and answers for many hashes that share probe slots', () => {
    const set = HashSet.from([[7, 1], [7, 3], [7 + 2 ** 20, 2]])
    expect(set.value(7)).toBe(3)
    expect(set.value(7 + 2 ** 20)).toBe(2)
    const many = Array.from({ length: 5000 }, (_, i) => [(i * 2654435761) >>> 0, 1] as const)
    const big = HashSet.from(many)
    expect(many.every(([hash]) => big.has(hash))).toBe(true)
    expect(big.has(1)).toBe(many.some(([hash]) => hash === 1))
  })

  it('reads a word backwards: every ending of it is one more step (Ministerium in Bundesministerium)', () => {
    const ending = hashBackward(FNV_OFFSET, 'ministerium')
    expect(hashBackward(ending, 'Bundes')).toBe(hashBackward(FNV_OFFSET, 'Bundesministerium'))
  })
})
