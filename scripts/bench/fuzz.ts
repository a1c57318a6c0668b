// npm run bench -- fuzz [--runs 200000] [--seed 13] [--big-every 2000] [--json]
// The property test's check (scripts/lib/hostile-text.ts) on many more generated inputs: no throw, valid spans,
// deterministic round-tripping JSON (every 10th input also against a second engine). Every --big-every inputs one more
// is a generated text repeated to between 0.1 and 1 MB. Prints the count, the failures (the first few in full) and
// the slowest input by CPU time (wall time on a shared machine drifts with the neighbours); the bar is no input of at
// most 1 MB over 2 s.
import fc from 'fast-check'
import { createEngine } from '../../src/index.js'
import { numberFlag, parseArgs } from '../lib/args.js'
import { checkInput, hostileInput, type HostileInput } from '../lib/hostile-text.js'

const BATCH = 1000
const SHOW = 5

function describeInput(input: HostileInput): string {
  const head = JSON.stringify(input.text.slice(0, 80))
  return `${input.text.length} code units${input.title === undefined ? '' : ` + title ${input.title.length}`}, starting ${head}`
}

function big(input: HostileInput, size: number): HostileInput {
  const unit = input.text === '' ? 'Berlin ' : input.text + '\n'
  return { text: unit.repeat(Math.ceil(size / unit.length)).slice(0, size), title: input.title }
}

export function run(argv: string[]): void {
  const args = parseArgs(argv)
  const runs = numberFlag(args, 'runs', 200_000)
  const seed = numberFlag(args, 'seed', 13)
  const bigEvery = numberFlag(args, 'big-every', 2000)
  const engine = createEngine()
  const other = createEngine()
  // The first tag() loads the bundled data: not a property of any input.
  for (const warm of [engine, other]) warm.tag('Angela Merkel sprach am Montag in Berlin über die Robert-Bosch-Stiftung: 3,5 Prozent mehr.').toJSON()
  let count = 0
  let failures = 0
  let slowest = { ms: 0, cpuMs: 0, input: { text: '', title: undefined } as HostileInput }
  const t0 = performance.now()
  const check = (input: HostileInput) => {
    const result = checkInput(engine, count % 10 === 0 ? other : undefined, input)
    count++
    if (result.cpuMs > slowest.cpuMs) slowest = { ms: result.ms, cpuMs: result.cpuMs, input }
    if (result.failure === undefined) return
    failures++
    if (failures <= SHOW) console.error(`failure ${failures}: ${describeInput(input)}\n  ${result.failure}\n  input: ${JSON.stringify(input).slice(0, 2000)}`)
  }
  for (let batch = 0; count < runs; batch++) {
    const inputs = fc.sample(hostileInput, { numRuns: Math.min(BATCH, runs - count), seed: seed + batch })
    for (const input of inputs) {
      check(input)
      if (bigEvery > 0 && count % bigEvery === 0 && count < runs) check(big(input, 100_000 + ((count * 7919) % 900_001)))
    }
    if (!args.json && process.stderr.isTTY) process.stderr.write(`\r${count} inputs, ${failures} failures`)
  }
  const seconds = Math.round((performance.now() - t0) / 100) / 10
  const result = { task: 'fuzz', seed, inputs: count, failures, seconds, slowest_cpu_ms: Math.round(slowest.cpuMs), slowest_wall_ms: Math.round(slowest.ms), slowest_length: slowest.input.text.length + (slowest.input.title?.length ?? 0) }
  if (args.json) console.log(JSON.stringify(result))
  else {
    console.log(`${count} inputs (seed ${seed}) in ${seconds} s: ${failures} failures`)
    console.log(`slowest: ${Math.round(slowest.cpuMs)} ms CPU (${Math.round(slowest.ms)} ms wall), ${describeInput(slowest.input)}`)
  }
  if (failures > 0) process.exitCode = 1
}
