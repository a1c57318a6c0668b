// The binary array parameters of the PostgreSQL store: their layout, and (with a server) what PostgreSQL reads from them.
import { describe, expect, it } from 'vitest'
import { byteaArray, decodeInt8Array, float8NullArray, int4Array, textArray } from '../src/postgres/arrays.js'
import { announceSkip, poolForTests, PG_URL } from './pg-helpers.js'

announceSkip('test/postgres-arrays.test.ts')

describe('binary array parameters', () => {
  it('write a one-dimensional array: dimensions, null flag, element type, length, lower bound, then each element with its length', () => {
    const bytes = int4Array([7, -2])
    expect([...Array(5).keys()].map((i) => bytes.readInt32BE(4 * i))).toEqual([1, 0, 23, 2, 1])
    expect([bytes.readInt32BE(20), bytes.readInt32BE(24), bytes.readInt32BE(28), bytes.readInt32BE(32)]).toEqual([4, 7, 4, -2])
    expect(bytes.length).toBe(36)
  })

  it('mark an array with a missing date as holding nulls, and write the null as length -1', () => {
    const bytes = float8NullArray([1.5, NaN])
    expect(bytes.readInt32BE(4)).toBe(1)
    expect(bytes.readInt32BE(20)).toBe(8)
    expect(bytes.readDoubleBE(24)).toBe(1.5)
    expect(bytes.readInt32BE(32)).toBe(-1)
    expect(float8NullArray([2]).readInt32BE(4)).toBe(0)
  })

  it('write the UTF-8 length of a text, not its UTF-16 length', () => {
    const bytes = textArray(['Straße'])
    expect(bytes.readInt32BE(20)).toBe(7)
    expect(bytes.subarray(24).toString('utf8')).toBe('Straße')
  })

  it('read an int8[] as its high and low 32 bits, an empty one as empty, and refuse another element type', () => {
    const bytes = Buffer.alloc(44)
    ;[1, 0, 20, 2, 1, 8, 5, -1, 8, -1, -16].forEach((value, i) => bytes.writeInt32BE(value, 4 * i))
    const { high, low } = decodeInt8Array(bytes)
    expect([...high]).toEqual([5, -1])
    expect([...low]).toEqual([0xffffffff, 0xfffffff0])
    const empty = Buffer.alloc(12)
    empty.writeInt32BE(20, 8)
    expect(decodeInt8Array(empty).high.length).toBe(0)
    expect(() => decodeInt8Array(int4Array([1]))).toThrow(/not a one-dimensional int8/)
  })
})

describe.skipIf(PG_URL === undefined)('binary array parameters in PostgreSQL', () => {
  const holder = poolForTests(1)

  it('are read as the arrays they encode: integers, dates with nulls, texts with quotes and emoji, byte strings', async () => {
    const texts = ["o'brien", 'a,b', '{x}', 'say "hi"', 'back\\slash', 'Straße 😀', '']
    const result = await holder.pool.query<{ ints: number[]; dates: Array<number | null>; texts: string[]; sizes: number[] }>(
      'SELECT $1::int4[] AS ints, $2::float8[] AS dates, $3::text[] AS texts, (SELECT array_agg(length(b)) FROM unnest($4::bytea[]) AS b) AS sizes',
      [int4Array([0, -1, 2147483647, -2147483648]), float8NullArray([1.7e12, NaN, -0.5]), textArray(texts), byteaArray([Buffer.alloc(0), Buffer.from([0, 1, 2])])],
    )
    const row = result.rows[0]!
    expect(row.ints).toEqual([0, -1, 2147483647, -2147483648])
    expect(row.dates).toEqual([1.7e12, null, -0.5])
    expect(row.texts).toEqual(texts)
    expect(row.sizes).toEqual([0, 3])
  })

  it('send an int8[] that decodes to the values it holds, through base64 as the store fetches posting lists', async () => {
    const values = ['0', '1', '-1', '140737488355327', '-9223372036854775808', '9223372036854775807']
    const result = await holder.pool.query<{ b: string }>(`SELECT encode(array_send($1::int8[]), 'base64') AS b`, [`{${values.join(',')}}`])
    const { high, low } = decodeInt8Array(Buffer.from(result.rows[0]!.b, 'base64'))
    expect(Array.from(high, (h, k) => ((BigInt(h) << 32n) | BigInt(low[k]!)).toString())).toEqual(values)
  })
})
