import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../src/cli/run.js'

function cli(argv: string[], stdin = '') {
  let stdout = ''
  let stderr = ''
  const code = runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), readStdin: () => stdin })
  return { code, stdout, stderr }
}

describe('cli', () => {
  it('tags a file and prints its JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schlagwort-'))
    const file = join(dir, 'artikel.txt')
    writeFileSync(file, 'Der Zug nach Hamburg fällt heute aus.\n')
    const result = cli(['tag', file])
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout)
    expect(json.sections[0].text).toBe('Der Zug nach Hamburg fällt heute aus.')
    expect(result.stdout.trim().split('\n')).toHaveLength(1)
  })

  it('reads standard input for - and pretty-prints on request', () => {
    const result = cli(['tag', '-', '--pretty'], 'Heute regnet es in Bremen.')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('\n  "sections"')
  })

  it('exits 2 with one line on a missing file', () => {
    const result = cli(['tag', '/nicht/vorhanden.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('schlagwort: no such file: /nicht/vorhanden.txt\n')
  })

  it('exits 2 on unknown commands and options', () => {
    expect(cli(['zerlege']).code).toBe(2)
    expect(cli(['tag', '--schnell']).code).toBe(2)
  })

  it('prints help', () => {
    const result = cli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('schlagwort tag [FILE|-]')
  })
})
