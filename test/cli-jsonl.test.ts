// `tag --jsonl` loses nothing: every non-blank input line gives its output line or one error record naming it, in
// input order, the same bytes with any number of workers; a closed output ends quietly, an interrupt with a summary.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { OutputClosed, type CliIO } from '../src/cli/io.js'
import { runCli } from '../src/cli/run.js'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], extra: Partial<CliIO> = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const io: CliIO = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => '', cores: 1, ...extra }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

function tempFile(name: string, content: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'schlagwort-jsonl-')), name)
  writeFileSync(file, content)
  return file
}

const line = (record: unknown) => JSON.stringify(record)

const HAFEN = { id: 'hafen', title: 'Streik im Hafen', text: 'In Hamburg streiken die Hafenarbeiter. Die Gewerkschaft Verdi fordert mehr Lohn für die Beschäftigten.' }
const WAHL = { id: 'wahl', text: 'Die Bürgermeisterwahl in Leipzig gewinnt überraschend eine parteilose Kandidatin.' }
const ENDE = { id: 'ende', text: 'Zum Schluss: In Kiel beginnt am Samstag die Kieler Woche mit einem Feuerwerk.' }

/** A 20 MB line: a short report padded with spaces, which the tagger reads quickly. */
const LONG = { id: 'lang', text: `Ein Bericht aus Rostock. ${' '.repeat(20_000_000)}Der Hafen wächst.` }

/** Every kind of bad line, between good ones; lines numbered as the input counts them. */
function faultyInput(): { bytes: Buffer; good: string[]; bad: Array<{ line: number; id: string | null; error: RegExp }> } {
  const parts: Array<string | Buffer> = [
    Buffer.from([0xef, 0xbb, 0xbf]), line(HAFEN), '\r\n', // 1: byte-order mark and CRLF
    '{kaputt\r\n', // 2: not JSON
    line({ id: 'ohne-text' }), '\n', // 3: no text
    line({ id: 'zahl', text: 42 }), '\n', // 4: text not a string
    '\n', '   \n', // 5, 6: blank lines, skipped
    Buffer.from('{"id":"latin1","text":"M\xfcnchen im Regen"}\n', 'latin1'), // 7: not UTF-8 (ü as one Latin-1 byte)
    line(WAHL), '\n', // 8
    line(LONG), '\n', // 9: 20 MB
    line({ id: 'datum', text: 'Heute.', publishedAt: 'gestern' }), '\n', // 10: bad publishedAt
    line(ENDE), // 11: no newline at the end
  ]
  return {
    bytes: Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part))),
    good: ['hafen', 'wahl', 'lang', 'ende'],
    bad: [
      { line: 2, id: null, error: /^not JSON/ },
      { line: 3, id: 'ohne-text', error: /^text must be a string$/ },
      { line: 4, id: 'zahl', error: /^text must be a string$/ },
      { line: 7, id: 'latin1', error: /^not valid UTF-8$/ },
      { line: 10, id: 'datum', error: /^publishedAt must be/ },
    ],
  }
}

describe('tag --jsonl on a file with every kind of fault', () => {
  const input = faultyInput()
  const file = tempFile('faulty.jsonl', input.bytes)
  let single: Run

  it('gives one output line or one error record per non-blank line, in order, and exits 1', async () => {
    single = await cli(['tag', '--jsonl', '--workers', '1', file])
    expect(single.code).toBe(1)
    const records = single.stdout.split('\n')
    expect(records.pop()).toBe('')
    expect(records.map((record) => JSON.parse(record).id)).toEqual(input.good)
    const hafen = JSON.parse(records[0]!)
    expect(hafen.sections[0]).toMatchObject({ type: 'title', text: 'Streik im Hafen' })
    expect(hafen.entities.map((entity: { id: string }) => entity.id)).toContain('place:hamburg')
    expect(JSON.parse(records[2]!).entities.map((entity: { id: string }) => entity.id)).toContain('place:rostock')
    const errors = single.stderr.trim().split('\n').map((error) => JSON.parse(error))
    expect(errors).toHaveLength(input.bad.length)
    input.bad.forEach((bad, i) => expect(errors[i]).toEqual({ line: bad.line, id: bad.id, error: expect.stringMatching(bad.error) }))
  })

  it('writes the same bytes with two workers, and the error records into --errors FILE', async () => {
    const errorsFile = join(mkdtempSync(join(tmpdir(), 'schlagwort-errors-')), 'fehler.jsonl')
    const pooled = await cli(['tag', '--jsonl', '--workers', '2', '--errors', errorsFile, file])
    expect(pooled.code).toBe(1)
    expect(pooled.stdout).toBe(single.stdout)
    expect(readFileSync(errorsFile, 'utf8')).toBe(single.stderr)
    expect(pooled.stderr).toBe(`schlagwort: ${input.bad.length} lines failed, see ${errorsFile}\n`)
  }, 120_000)
})

describe('tag --jsonl ends', () => {
  const articles = [HAFEN, WAHL, ENDE, { ...WAHL, id: 'wahl-2' }]
  const stdin = () => Readable.from([Buffer.from(articles.map(line).join('\n') + '\n')])

  it('with exit 0 when all lines are tagged', async () => {
    const result = await cli(['tag', '--jsonl'], { stdin })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.trim().split('\n')).toHaveLength(4)
  })

  it('quietly with exit 0 when the reader of the output goes away', async () => {
    let written = 0
    const result = await cli(['tag', '--jsonl'], {
      stdin,
      stdout: () => {
        if (++written > 1) throw new OutputClosed()
      },
    })
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(written).toBe(2)
  })

  it('with exit 3 and a summary on an interrupt: the output is complete up to the line it names', async () => {
    const controller = new AbortController()
    let stdout = ''
    const result = await cli(['tag', '--jsonl'], {
      stdin,
      interrupts: () => controller.signal,
      stdout: (s) => {
        stdout += s
        controller.abort()
      },
    })
    expect(result.code).toBe(3)
    expect(stdout.trim().split('\n').map((record) => JSON.parse(record).id)).toEqual(['hafen'])
    expect(result.stderr).toBe('schlagwort: interrupted after line 1: 1 tagged, 0 failed; the lines after it were not read\n')
  })

  it('with exit 2 when the errors file cannot be written', async () => {
    const result = await cli(['tag', '--jsonl', '--errors', '/nicht/vorhanden/fehler.jsonl'], { stdin })
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'schlagwort: cannot write /nicht/vorhanden/fehler.jsonl: ENOENT\n' })
  })
})
