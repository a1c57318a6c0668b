// npm run bench -- batch [--data dir] [--workers 1,2] [--rounds 3] [--json] [--gate R]
// Throughput of `schlagwort tag --jsonl --workers N` on the 1,028 articles of 10kGNAD test.csv (evaluation and
// benchmark use only), one fresh CLI process per run: the build in dist/ when there is one, else the sources through
// tsx. Each round runs every worker count (the first one rotating, so that the load drift of a shared machine hits
// all alike); a figure is the median over rounds. Wall: spawn to exit, data loading included. Steady: from the first
// output line to the last, the rate once the data is loaded. Every run's output must be byte-identical to the first
// one's. Articles per CPU-second (all threads of the CLI process) tells what the workers cost beyond the tagging, which
// a busy machine's wall time hides. With --gate R the run fails (exit 1) when the largest worker count's wall-time rate is below R × one worker's.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fail, numberFlag, parseArgs } from '../lib/args.js'
import { readGnad } from '../lib/gnad.js'

interface Run {
  wall: number
  steady: number
  /** CPU seconds of the CLI process, all its threads (user + system), as last read from /proc before it ended. */
  cpu: number
  hash: string
}

const TICKS_PER_SECOND = 100

/** User + system CPU seconds of a live process and all its threads (Linux /proc), or 0 where that cannot be read. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
  } catch {
    return 0
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** How to start the CLI: the build, or the sources. */
function cliCommand(): { argv: string[]; from: string } {
  const dist = resolve('dist/cli.js')
  if (existsSync(dist)) return { argv: [dist], from: 'dist/ (the build)' }
  return { argv: ['--import', 'tsx', '--import', './scripts/corpora-hooks.mjs', 'src/cli/main.ts'], from: 'src/ (no dist/: run npm run build to measure the build)' }
}

/** One CLI run over `file`; seconds from spawn to exit and from the first output line to the last. */
function runCli(argv: string[], file: string, workers: number): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now()
    let first = 0
    let last = 0
    const hash = createHash('sha256')
    const child = spawn(process.execPath, [...argv, 'tag', '--jsonl', '--workers', String(workers), '--no-progress', file], { stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout.on('data', (chunk: Buffer) => {
      last = performance.now()
      first ||= last
      hash.update(chunk)
    })
    // The process's CPU time can be read only while it lives: read often, keep the last.
    let cpu = 0
    const poll = setInterval(() => (cpu = Math.max(cpu, cpuSeconds(child.pid!))), 50)
    child.stdout.on('end', () => (cpu = Math.max(cpu, cpuSeconds(child.pid!))))
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(poll)
      if (code !== 0) reject(new Error(`tag --jsonl --workers ${workers} exited with ${code}`))
      else resolvePromise({ wall: (performance.now() - t0) / 1000, steady: (last - first) / 1000, cpu, hash: hash.digest('hex') })
    })
  })
}

export async function run(argvIn: string[]): Promise<void> {
  const args = parseArgs(argvIn)
  const rounds = numberFlag(args, 'rounds', 3)
  const flag = args.flags.get('workers')
  const counts = (typeof flag === 'string' ? flag : '1,2').split(',').map(Number)
  if (counts.some((n) => !Number.isSafeInteger(n) || n < 1)) fail(`--workers must be a list of positive integers, got ${String(flag)}`)
  const texts = readGnad(args).map((article) => article.text)
  const dir = mkdtempSync(join(tmpdir(), 'schlagwort-bench-batch-'))
  const file = join(dir, 'gnad.jsonl')
  writeFileSync(file, texts.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n')
  const { argv, from } = cliCommand()
  console.log(`schlagwort CLI from ${from}; load average before: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)

  const runs = new Map<number, Run[]>(counts.map((n) => [n, []]))
  let reference: string | undefined
  try {
    for (let round = 0; round < rounds; round++) {
      for (let k = 0; k < counts.length; k++) {
        const workers = counts[(k + round) % counts.length]!
        const result = await runCli(argv, file, workers)
        reference ??= result.hash
        if (result.hash !== reference) fail(`output of --workers ${workers} differs from the first run's`)
        runs.get(workers)!.push(result)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  const n = texts.length
  const rate = (workers: number, of: 'wall' | 'steady' | 'cpu') => median(runs.get(workers)!.map((r) => (of === 'steady' ? n - 1 : n) / r[of]))
  const base = counts[0]!
  console.log(`10kGNAD test: ${n} articles, ${rounds} rounds, median; load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`)
  console.log('workers   articles/s wall   × first   articles/s steady   × first   articles per CPU-second')
  for (const workers of counts) {
    const wall = rate(workers, 'wall')
    const steady = rate(workers, 'steady')
    const cpu = rate(workers, 'cpu')
    console.log(`${String(workers).padStart(7)}   ${wall.toFixed(0).padStart(15)}   ${(wall / rate(base, 'wall')).toFixed(2).padStart(7)}   ${steady.toFixed(0).padStart(17)}   ${(steady / rate(base, 'steady')).toFixed(2).padStart(7)}   ${cpu.toFixed(0).padStart(23)}`)
  }
  console.log('output: byte-identical across all runs')
  const most = counts[counts.length - 1]!
  const speedup = rate(most, 'wall') / rate(base, 'wall')
  const gate = args.flags.get('gate')
  if (gate !== undefined) {
    const floor = Number(gate)
    console.log(`gate: ${most} workers ÷ ${base} = ${speedup.toFixed(2)} (floor ${floor}) ${speedup >= floor ? 'ok' : 'MISSED'}`)
    if (!(speedup >= floor)) process.exitCode = 1
  }
  if (args.json) {
    const round1 = (x: number) => Math.round(x * 10) / 10
    const figures = Object.fromEntries(counts.map((w) => [w, { wall: round1(rate(w, 'wall')), steady: round1(rate(w, 'steady')), per_cpu_s: round1(rate(w, 'cpu')) }]))
    console.log(JSON.stringify({ task: 'batch', articles: n, rounds, articles_per_s: figures, speedup: Math.round(speedup * 100) / 100, identical: true }))
  }
}
