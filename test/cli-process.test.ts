// The CLI as a process in a pipeline (the sources through tsx): SIGINT while it waits for input ends it with exit 3
// and a summary; a reader that goes away (`| head -1`) ends it quietly with exit 0, workers and all.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'
import { describe, expect, it } from 'vitest'

function startCli(args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/corpora-hooks.mjs', 'src/cli/main.ts', 'tag', '--jsonl', '--no-progress', ...args])
}

async function ended(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'close')) as [number | null]
  return { code, stderr }
}

const ARTICLE = (id: number) => JSON.stringify({ id, text: `Bericht ${id}: Der Stadtrat von Würzburg beschließt einen neuen Radweg am Main.` }) + '\n'

describe('the CLI process', () => {
  it('ends with exit 3 and a summary on SIGINT while standard input stays open', async () => {
    const child = startCli(['--workers', '1'])
    const result = ended(child)
    child.stdin.write(ARTICLE(1))
    const [first] = (await once(child.stdout, 'data')) as [Buffer]
    expect(JSON.parse(first.toString()).id).toBe(1)
    child.kill('SIGINT')
    expect(await result).toEqual({ code: 3, stderr: 'schlagwort: interrupted after line 1: 1 tagged, 0 failed; the lines after it were not read\n' })
  }, 60_000)

  it('ends quietly with exit 0 when the reader of its output goes away', async () => {
    const child = startCli(['--workers', '2'])
    const result = ended(child)
    child.stdin.end(Array.from({ length: 300 }, (_, i) => ARTICLE(i)).join(''))
    await once(child.stdout, 'data')
    child.stdout.destroy()
    expect(await result).toEqual({ code: 0, stderr: '' })
  }, 120_000)
})
