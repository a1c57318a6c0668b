import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runIndexCli } from '../src/cli/index-cmd.js'
import { runCli } from '../src/cli/run.js'

interface Run {
  code: number
  stdout: string
  stderr: string
  bytes: Uint8Array[]
}

/** Runs `schlagwort index …` with standard input `stdin`, collecting what it writes. */
async function index(argv: string[], stdin = '', stdoutIsTTY = false): Promise<Run> {
  const run: Run = { code: 0, stdout: '', stderr: '', bytes: [] }
  run.code = await runIndexCli(argv, { stdout: (s) => (run.stdout += s), stderr: (s) => (run.stderr += s), stdoutBytes: (b) => run.bytes.push(b), readStdin: () => stdin, stdoutIsTTY })
  return run
}

async function related(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['related', ...argv], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => '' })
  return { code, stdout, stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'schlagwort-index-'))

function tempFile(name: string, content: string | Uint8Array): string {
  const file = join(dir, name)
  writeFileSync(file, content)
  return file
}

/** Tagged records as `tag --jsonl` writes them, made by hand: what the index reads is entities, topics and terms. */
const RECORDS = [
  { id: 'flut-1', publishedAt: '2024-06-01', terms: [['elb', 1, 'Elbe'], ['hochwass', 0.8, 'Hochwasser'], ['sandsack', 0.5, 'Sandsäcke']] },
  { id: 'flut-2', publishedAt: '2024-06-02', terms: [['elb', 0.9, 'Elbe'], ['hochwass', 1, 'Hochwasser'], ['deich', 0.6, 'Deiche']] },
  { id: 'derby', publishedAt: '2024-06-01', terms: [['derby', 1, 'Derby'], ['torwart', 0.7, 'Torwart'], ['abwehr', 0.5, 'Abwehr']] },
  { id: 'derby-2', publishedAt: '2024-05-30', terms: [['derby', 0.8, 'Derby'], ['trainer', 0.7, 'Trainer'], ['abwehr', 0.6, 'Abwehr']] },
].map((record) => ({ ...record, sections: [], entities: [{ id: 'place:dresden', name: 'Dresden', type: 'place', salience: record.id.startsWith('flut') ? 0.9 : 0.1, mentions: [] }], topics: [] }))

const JSONL = RECORDS.map((record) => JSON.stringify(record)).join('\n') + '\n'

describe('cli index', () => {
  it('writes the binary index once; related reads it and answers as from the JSONL', async () => {
    const jsonl = tempFile('tagged.jsonl', JSONL)
    const out = join(dir, 'index.bin')
    const written = await index([jsonl, '--out', out])
    expect(written.code).toBe(0)
    expect(written.stderr).toMatch(/^schlagwort: indexed 4 documents \(\d+ bytes\)\n$/)
    expect(readFileSync(out).subarray(1, 6).toString()).toBe('SWIDX')
    for (const target of ['flut-1', 'derby-2']) {
      const fromJsonl = await related(['--index', jsonl, '--for', target])
      const fromBinary = await related(['--index', out, '--for', target])
      expect(fromBinary).toEqual(fromJsonl)
      expect(fromBinary.code).toBe(0)
    }
    expect(JSON.parse((await related(['--index', out, '--for', 'flut-1'])).stdout)[0].id).toBe('flut-2')
  })

  it('reads standard input and writes the index to standard output, but not to a terminal', async () => {
    const piped = await index([], JSONL)
    expect(piped.code).toBe(0)
    const bytes = Buffer.concat(piped.bytes)
    expect(bytes.equals(readFileSync(join(dir, 'index.bin')))).toBe(true)
    const tty = await index([], JSONL, true)
    expect(tty.code).toBe(2)
    expect(tty.stderr).toBe('schlagwort: index writes binary: give --out FILE or redirect standard output to a file\n')
  })

  it('reports each bad line as an error record (as tag --jsonl does), indexes the rest and exits 1', async () => {
    const lines = [JSON.stringify(RECORDS[0]), '{kaputt', JSON.stringify({ id: 'leer' }), JSON.stringify({ ...RECORDS[1], publishedAt: 'gestern' }), JSON.stringify(RECORDS[2])]
    const jsonl = tempFile('bad.jsonl', lines.join('\n'))
    const result = await index([jsonl, '--out', join(dir, 'bad.bin')])
    expect(result.code).toBe(1)
    const errors = result.stderr.trim().split('\n')
    expect(JSON.parse(errors[0]!)).toMatchObject({ line: 2, id: null, error: expect.stringMatching(/^not JSON/) })
    expect(errors.slice(1, 3).map((line) => JSON.parse(line))).toEqual([
      { line: 3, id: 'leer', error: 'not a tagged record (needs entities, topics and terms arrays)' },
      { line: 4, id: RECORDS[1]!.id, error: 'publishedAt must be an ISO 8601 date string or epoch milliseconds' },
    ])
    expect(errors[3]).toBe('schlagwort: indexed 2 documents (' + readFileSync(join(dir, 'bad.bin')).length + ' bytes), 3 lines failed')
  })

  it('exits 2 on bad usage, unreadable input, an unwritable output, and a corrupted index for related', async () => {
    expect((await index(['--schnell'])).code).toBe(2)
    expect((await index(['a.jsonl', 'b.jsonl'])).stderr).toBe('schlagwort: one FILE only, got also b.jsonl\n')
    expect((await index(['/nicht/da.jsonl', '--out', join(dir, 'x.bin')])).stderr).toBe('schlagwort: no such file: /nicht/da.jsonl\n')
    expect((await index([tempFile('ok.jsonl', JSONL), '--out', '/nicht/da/index.bin'])).stderr).toBe('schlagwort: cannot write /nicht/da/index.bin: ENOENT\n')
    const bytes = readFileSync(join(dir, 'index.bin'))
    const broken = tempFile('broken.bin', bytes.subarray(0, bytes.length - 10))
    const result = await related(['--index', broken, '--for', 'flut-1'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`schlagwort: ${broken}: RelatedIndex.deserialize: bytes are truncated: the header says ${bytes.length - 24} payload bytes, ${bytes.length - 34} follow\n`)
    expect((await index(['--help'])).stdout).toContain('schlagwort index [TAGGED.jsonl|-] [--out FILE]')
  })
})
