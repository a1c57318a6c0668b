import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'

async function cli(argv: string[], stdin = '', stderrIsTTY = false) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => stdin, stderrIsTTY, cores: 1 })
  return { code, stdout, stderr }
}

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'schlagwort-')), name)
  writeFileSync(file, content)
  return file
}

const ARTICLES = [
  { id: 'a1', title: 'Hochwasser an der Elbe', text: 'In Dresden steigt die Elbe weiter. Die Feuerwehr stapelt Sandsäcke an der Elbe, das Hochwasser soll am Freitag seinen Höchststand erreichen.' },
  { id: 'a2', text: 'Die Elbe erreicht in Dresden ihren Höchststand. Helfer und Feuerwehr sichern die Deiche mit Sandsäcken gegen das Hochwasser.' },
  { id: 'a3', text: 'Der Hamburger SV gewinnt das Nordderby gegen Werder Bremen mit zwei zu eins. Der Trainer lobte die Abwehr und den Torwart.' },
  { id: 'a4', text: 'Werder Bremen verliert in Hamburg: Nach dem Derby kritisiert der Trainer die Abwehr, der Torwart hielt lange gut.' },
]

describe('cli', () => {
  it('tags a file and prints its JSON', async () => {
    const result = await cli(['tag', tempFile('artikel.txt', 'Der Zug nach Hamburg fällt heute aus.\n')])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json.sections[0].text).toBe('Der Zug nach Hamburg fällt heute aus.')
    expect(json.terms.map((term: [string, number]) => term[0])).toContain('zug')
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
  })

  it('reads standard input for - and pretty-prints on request', async () => {
    const result = await cli(['tag', '-', '--pretty'], 'Heute regnet es in Bremen.')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('\n  "sections"')
  })

  it('exits 2 with one line on a missing file', async () => {
    const result = await cli(['tag', '/nicht/vorhanden.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('schlagwort: no such file: /nicht/vorhanden.txt\n')
  })

  it('exits 2 on unknown commands and options', async () => {
    expect((await cli(['zerlege'])).code).toBe(2)
    expect((await cli(['tag', '--schnell'])).code).toBe(2)
    expect((await cli(['tag', '--jsonl', '--pretty'])).code).toBe(2)
    expect((await cli(['related', '--for', 'a1'])).code).toBe(2)
    expect((await cli(['related', '--index', 'x.jsonl', '--for', 'a1', '--limit', '-3'])).code).toBe(2)
    expect((await cli(['tag', '--workers', '2'])).stderr).toBe('schlagwort: --workers needs --jsonl\n')
    expect((await cli(['tag', '--jsonl', '--workers', 'zwei'])).stderr).toBe('schlagwort: --workers must be a non-negative integer, got zwei\n')
    expect((await cli(['tag', '--title'])).stderr).toBe("schlagwort: Option '--title <value>' argument missing\n")
    expect((await cli(['tag', 'a.txt', 'b.txt'])).stderr).toBe('schlagwort: one FILE only, got also b.txt\n')
  })

  it('prints its version', async () => {
    const result = await cli(['--version'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^schlagwort \d+\.\d+\.\d+\n$/)
  })

  it('prints help naming every command', async () => {
    const result = await cli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('schlagwort tag [FILE|-]')
    expect(result.stdout).toContain('schlagwort tag --jsonl')
    expect(result.stdout).toContain('schlagwort related --index')
  })
})

describe('cli tag --jsonl', () => {
  it('writes one tagged record per input line, ids kept', async () => {
    const input = ARTICLES.map((article) => JSON.stringify(article)).join('\n') + '\n'
    const result = await cli(['tag', '--jsonl'], input)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => record.id)).toEqual(['a1', 'a2', 'a3', 'a4'])
    expect(records[0].sections[0]).toMatchObject({ type: 'title', field: 'title', text: 'Hochwasser an der Elbe' })
    for (const record of records) expect(record.terms.length).toBeGreaterThan(3)
  })

  it('reports bad lines with their numbers, goes on and exits 1', async () => {
    const lines = [
      JSON.stringify(ARTICLES[0]),
      '{kaputt',
      JSON.stringify({ id: 'ohne-text' }),
      '',
      JSON.stringify({ id: 7, text: 'Zahlen als Kennung sind erlaubt.' }),
      JSON.stringify([1, 2]),
    ]
    const result = await cli(['tag', '--jsonl', tempFile('artikel.jsonl', lines.join('\n'))])
    expect(result.code).toBe(1)
    const errors = result.stderr.trim().split('\n').map((line) => JSON.parse(line))
    expect(errors).toHaveLength(3)
    expect(errors[0]).toMatchObject({ line: 2, id: null, error: expect.stringMatching(/^not JSON/) })
    expect(errors[1]).toEqual({ line: 3, id: 'ohne-text', error: 'text must be a string' })
    expect(errors[2]).toEqual({ line: 6, id: null, error: 'not a JSON object' })
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['a1', 7])
  })

  it('shows progress when stderr is a terminal or on request, with the rate', async () => {
    const input = JSON.stringify(ARTICLES[2]) + '\n'
    expect((await cli(['tag', '--jsonl'], input)).stderr).toBe('')
    expect((await cli(['tag', '--jsonl', '--no-progress'], input, true)).stderr).toBe('')
    expect((await cli(['tag', '--jsonl'], input, true)).stderr).toMatch(/^\rtagged 1 articles, 0 failed, [\d.]+\/s, 0:\d\d in all\x1b\[K\n$/)
    expect((await cli(['tag', '--jsonl', '--progress'], input)).stderr).toMatch(/^tagged 1 articles, 0 failed, [\d.]+\/s, 0:\d\d in all\n$/)
  })
})

describe('cli related', () => {
  async function taggedIndex(): Promise<string> {
    const tagged = await cli(['tag', '--jsonl'], ARTICLES.map((article) => JSON.stringify(article)).join('\n'))
    return tempFile('tagged.jsonl', tagged.stdout)
  }

  it('lists the articles related to an id in the index', async () => {
    const index = await taggedIndex()
    const result = await cli(['related', '--index', index, '--for', 'a3', '--limit', '2'])
    expect(result.code).toBe(0)
    const hits = JSON.parse(result.stdout)
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.length).toBeLessThanOrEqual(2)
    expect(hits[0].id).toBe('a4')
    expect(hits.map((hit: { id: string }) => hit.id)).not.toContain('a3')
    expect(hits[0].shared.length).toBeGreaterThan(0)
  })

  it('tags a text file and queries with it', async () => {
    const index = await taggedIndex()
    const article = tempFile('neu.txt', 'Sandsäcke gegen die Flut: In Dresden kämpfen Feuerwehr und Helfer gegen das Hochwasser der Elbe.')
    const result = await cli(['related', '--index', index, '--for', article, '--pretty'])
    expect(result.code).toBe(0)
    const hits = JSON.parse(result.stdout)
    expect(hits.slice(0, 2).map((hit: { id: string }) => hit.id).sort()).toEqual(['a1', 'a2'])
    expect(result.stdout).toContain('\n  {')
  })

  it('skips bad index lines with a message and exits 1', async () => {
    const tagged = (await cli(['tag', '--jsonl'], ARTICLES.map((article) => JSON.stringify(article)).join('\n'))).stdout
    const index = tempFile('tagged.jsonl', tagged + 'kein json\n{"id":"x"}\n')
    const result = await cli(['related', '--index', index, '--for', 'a1'])
    expect(result.code).toBe(1)
    const errors = result.stderr.trim().split('\n').map((line) => JSON.parse(line))
    expect(errors).toEqual([
      { line: 5, id: null, error: expect.stringMatching(/^not JSON/) },
      { line: 6, id: 'x', error: 'not a tagged record (needs entities, topics and terms arrays)' },
    ])
    expect(JSON.parse(result.stdout)[0].id).toBe('a2')
  })

  it('exits 2 when --for is neither an id nor a file, or the index is missing', async () => {
    const index = await taggedIndex()
    expect((await cli(['related', '--index', index, '--for', 'nirgends'])).stderr).toContain('neither an id')
    const missing = await cli(['related', '--index', '/nicht/da.jsonl', '--for', 'a1'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('schlagwort: no such file: /nicht/da.jsonl\n')
  })

  it('passes publication times through tag --jsonl and prefers articles of the same days', async () => {
    const dated = [
      { ...ARTICLES[0]!, publishedAt: '2024-06-03T08:00:00+02:00' },
      { ...ARTICLES[1]!, publishedAt: '2024-06-04T09:30:00+02:00' },
      { id: 'a0', text: ARTICLES[1]!.text, publishedAt: '2013-06-05T12:00:00+02:00' },
      { id: 'bad', text: 'Die Elbe steigt.', publishedAt: 'vorgestern' },
    ]
    const tagged = await cli(['tag', '--jsonl'], dated.map((article) => JSON.stringify(article)).join('\n'))
    expect(tagged.code).toBe(1)
    expect(JSON.parse(tagged.stderr)).toEqual({ line: 4, id: 'bad', error: 'publishedAt must be an ISO 8601 date string or epoch milliseconds' })
    const records = tagged.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(records.map((record) => record.publishedAt)).toEqual(['2024-06-03T08:00:00+02:00', '2024-06-04T09:30:00+02:00', '2013-06-05T12:00:00+02:00'])
    const index = tempFile('dated.jsonl', tagged.stdout + JSON.stringify({ ...records[1], id: 'kaputt', publishedAt: 'nie' }) + '\n')
    const near = await cli(['related', '--index', index, '--for', 'a1'])
    expect(near.code).toBe(1)
    expect(JSON.parse(near.stderr)).toEqual({ line: 4, id: 'kaputt', error: 'publishedAt must be an ISO 8601 date string or epoch milliseconds' })
    const hits = JSON.parse(near.stdout)
    expect(hits[0].id).toBe('a2')
    expect(hits.find((hit: { id: string }) => hit.id === 'a0').ranking).toBeLessThan(0.001)
    // The 2013 report has the same text as a2: without the time preference they tie on relatedness (ties by id).
    const plain = JSON.parse((await cli(['related', '--index', index, '--for', 'a1', '--no-recency'])).stdout)
    expect(plain.slice(0, 2).map((hit: { id: string }) => hit.id)).toEqual(['a0', 'a2'])
    const windowed = JSON.parse((await cli(['related', '--index', index, '--for', 'a1', '--from', '2024-01-01', '--min-score', '0.01'])).stdout)
    expect(windowed.map((hit: { id: string }) => hit.id)).toEqual(['a2'])
    expect((await cli(['related', '--index', index, '--for', 'a1', '--half-life', '0'])).code).toBe(2)
    expect((await cli(['related', '--index', index, '--for', 'a1', '--from', 'gestern'])).code).toBe(2)
  })
})
