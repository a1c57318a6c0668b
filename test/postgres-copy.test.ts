// COPY in the binary format for int4 rows (a load's postings), against a real server (SCHLAGWORT_PG_URL).
import { describe, expect, it } from 'vitest'
import { copyInt4Rows } from '../src/postgres/copy.js'
import { announceSkip, poolForTests, PG_URL } from './pg-helpers.js'

announceSkip('test/postgres-copy.test.ts')

describe.skipIf(PG_URL === undefined)('copyInt4Rows (PostgreSQL)', () => {
  const holder = poolForTests(1)

  it('copies every row with its values, over several chunks, and none when there are none', async () => {
    const client = await holder.pool.connect()
    try {
      await client.query('CREATE TEMP TABLE copied (a int4 NOT NULL, b int4 NOT NULL)')
      const n = 70_000
      const a = Int32Array.from({ length: n }, (_, k) => k - 2)
      const b = Int32Array.from({ length: n }, (_, k) => (k % 7 === 0 ? -2147483648 : 2147483647 - k))
      await copyInt4Rows(client, 'copied (a, b)', [a, b])
      await copyInt4Rows(client, 'copied (a, b)', [new Int32Array(0), new Int32Array(0)])
      const rows = await client.query('SELECT count(*)::int AS n, sum(a)::text AS a, sum(b)::text AS b, min(b) AS low FROM copied')
      const sum = (values: Int32Array) => values.reduce((total, value) => total + BigInt(value), 0n).toString()
      expect(rows.rows[0]).toEqual({ n, a: sum(a), b: sum(b), low: -2147483648 })
      const some = await client.query('SELECT a, b FROM copied WHERE a IN (-2, 40000) ORDER BY a')
      expect(some.rows).toEqual([{ a: -2, b: -2147483648 }, { a: 40000, b: 2147483647 - 40002 }])
    } finally {
      client.release()
    }
  })

  it('rejects with the server error and leaves the connection usable', async () => {
    const client = await holder.pool.connect()
    try {
      await expect(copyInt4Rows(client, 'no_such_table_for_copy (a)', [Int32Array.of(1)])).rejects.toThrow(/no_such_table_for_copy" does not exist/)
      await client.query('CREATE TEMP TABLE one (a int4 NOT NULL)')
      await expect(copyInt4Rows(client, 'one (a)', [Int32Array.of(1), Int32Array.of(2)])).rejects.toThrow(/extra data|row field count/)
      expect((await client.query('SELECT count(*)::int AS n FROM one')).rows[0].n).toBe(0)
    } finally {
      client.release()
    }
  })
})
