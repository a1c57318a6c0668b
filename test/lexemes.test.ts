import { describe, expect, it } from 'vitest'
import { COLUMN_STRIDE, LexemeInts, LexemeTable } from '../src/shared/lexemes.js'

const at = (ints: LexemeInts, lexeme: number) => lexeme * COLUMN_STRIDE + ints.offset

describe('per-lexeme ints (shared columns)', () => {
  it('keeps each column apart, each with its own missing value', () => {
    const table = new LexemeTable()
    const rows = new LexemeInts(table, -1)
    const pieces = new LexemeInts(table, -3)
    const haus = table.internString('Haus')
    const garten = table.internString('Garten')
    const values = rows.sync()
    expect(pieces.sync()).toBe(values)
    expect([values[at(rows, haus)], values[at(pieces, haus)]]).toEqual([-1, -3])
    values[at(rows, haus)] = 7
    values[at(pieces, garten)] = 11
    expect([values[at(rows, haus)], values[at(pieces, haus)], values[at(rows, garten)], values[at(pieces, garten)]]).toEqual([7, -3, -1, 11])
  })

  it('grows with the vocabulary and keeps what was written', () => {
    const table = new LexemeTable()
    const ints = new LexemeInts(table, -1)
    const first = table.internString('Bahnstreik')
    ints.sync()[at(ints, first)] = 42
    for (let i = 0; i < 5000; i++) table.internString(`Wort${i}`)
    const values = ints.sync()
    expect(values.length).toBeGreaterThanOrEqual(table.count * COLUMN_STRIDE)
    expect(values[at(ints, first)]).toBe(42)
    expect(values[at(ints, table.count - 1)]).toBe(-1)
  })

  it('resets one column alone, and every column when the vocabulary is dropped', () => {
    const table = new LexemeTable(10)
    const a = new LexemeInts(table, -1)
    const b = new LexemeInts(table, 0)
    for (let i = 0; i < 20; i++) table.internString(`Wort${i}`)
    let values = a.sync()
    values[at(a, 3)] = 5
    values[at(b, 3)] = 6
    a.reset()
    values = a.sync()
    expect([values[at(a, 3)], values[at(b, 3)]]).toEqual([-1, 6])
    values[at(a, 4)] = 9
    table.startDocument()
    expect(table.generation).toBe(1)
    expect(b.generation).toBe(0)
    values = b.sync()
    expect(b.generation).toBe(1)
    expect([values[at(a, 4)], values[at(b, 3)]]).toEqual([-1, 0])
  })

  it(`gives a column beyond the table's ${COLUMN_STRIDE} its own storage, indexed the same way`, () => {
    const table = new LexemeTable()
    const shared = Array.from({ length: COLUMN_STRIDE }, (_, i) => new LexemeInts(table, -1 - i))
    const extra = new LexemeInts(table, -20)
    const wort = table.internString('Wort')
    const values = extra.sync()
    expect(values).not.toBe(shared[0]!.sync())
    expect(values[at(extra, wort)]).toBe(-20)
    values[at(extra, wort)] = 3
    expect(shared.map((ints) => ints.sync()[at(ints, wort)])).toEqual(shared.map((_, i) => -1 - i))
    extra.reset()
    expect(extra.sync()[at(extra, wort)]).toBe(-20)
  })
})
