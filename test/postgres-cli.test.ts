// `schlagwort index --pg` and `related --pg` against a real server (SCHLAGWORT_PG_URL; skipped without it).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runIndexCli } from '../src/cli/index-cmd.js'
import { runCli } from '../src/cli/run.js'
import { RelatedIndex, tag } from '../src/index.js'
import { announceSkip, poolForTests, ARTICLES, freshTable, PG_URL } from './pg-helpers.js'

announceSkip('test/postgres-cli.test.ts')

describe.skipIf(PG_URL === undefined)('schlagwort index --pg and related --pg', () => {
  const tests = poolForTests(2)

  it('indexes tagged JSONL into the store, reporting bad lines, and answers as the in-memory index', async () => {
    const table = await freshTable(tests.pool, 'cli')
    const records = ARTICLES.map((a) => ({ id: a.id, publishedAt: a.publishedAt, ...tag(a.text, { title: a.title }).toJSON() }))
    const lines = [...records.slice(0, 5).map((r) => JSON.stringify(r)), '{"id": "kaputt"}', 'kein JSON', ...records.slice(5).map((r) => JSON.stringify(r))]
    const file = join(mkdtempSync(join(tmpdir(), 'schlagwort-pg-')), 'tagged.jsonl')
    writeFileSync(file, lines.join('\n') + '\n')
    let stderr = ''
    const code = await runIndexCli([file, '--pg', PG_URL!, '--table', table], { stdout: () => {}, stderr: (s) => (stderr += s), readStdin: () => '' })
    expect(code).toBe(1)
    expect(stderr).toContain('{"line":6,"id":"kaputt","error":"not a tagged record (needs entities, topics and terms arrays)"}')
    expect(stderr).toContain('{"line":7,"id":null,"error":"not JSON')
    expect(stderr).toContain(`indexed ${records.length} documents into ${table} (${records.length} in the store), 2 lines failed`)
    const index = new RelatedIndex()
    for (const r of records) index.add(r.id, r, { publishedAt: r.publishedAt })
    let stdout = ''
    const related = await runCli(['related', '--pg', PG_URL!, '--table', table, '--for', 'bahn-1', '--limit', '3', '--no-recency'], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => '' })
    expect(related).toBe(0)
    expect(JSON.parse(stdout)).toEqual(index.related('bahn-1', { limit: 3, recency: false }))
  })

  it('says in one line what is wrong with the store, exit code 2', async () => {
    let stderr = ''
    const io = { stdout: () => {}, stderr: (s: string) => (stderr += s), readStdin: () => '' }
    expect(await runCli(['related', '--pg', PG_URL!, '--table', 'no_such_store', '--for', 'a'], io)).toBe(2)
    expect(stderr).toBe('schlagwort: RelatedStore.has: table "no_such_store" does not exist: call migrate() first\n')
    stderr = ''
    expect(await runCli(['related', '--pg', PG_URL!, '--index', 'x.jsonl', '--for', 'a'], io)).toBe(2)
    expect(stderr).toMatch(/one of them/)
  })
})
