// npm run bench -- tag [--data dir] [--rounds 3] [--peers wink-nlp,compromise,de-compromise] [--json] [--gate-wink R]
// Tags every article of 10kGNAD test.csv (evaluation/benchmark use only) with schlagwort and with each peer in the same
// process. Rounds are interleaved (ours, peer 1, peer 2, …, ours, …) so that machine load drift hits all alike; the
// figure per engine is the median round. MB = 10^6 bytes of UTF-8 input. With --gate-wink R the run fails (exit 1)
// when schlagwort's throughput is below R times wink-nlp's.
import { Buffer } from 'node:buffer'
import { numberFlag, parseArgs } from '../lib/args.js'
import { readGnad } from '../lib/gnad.js'
import { ALL_PEERS, loadPeers, type Engine } from './peers.js'
import { builtPackage, measureStartup, type Startup } from './startup.js'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function timeRound(engine: Engine, texts: string[]): number {
  const t0 = performance.now()
  for (const text of texts) engine.run(text)
  return (performance.now() - t0) / 1000
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv)
  const rounds = numberFlag(args, 'rounds', 3)
  const peerFlag = args.flags.get('peers')
  const peerNames = typeof peerFlag === 'string' ? peerFlag.split(',').filter(Boolean) : [...ALL_PEERS]
  const texts = readGnad(args).map((article) => article.text)
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6

  // The shipped build when there is one (npm run build), else the sources through tsx.
  const dist = builtPackage()
  const { tag } = (dist ? await import(dist) : await import('../../src/index.js')) as typeof import('../../src/index.js')
  console.log(`schlagwort from ${dist ? 'dist/ (the build)' : 'src/ (no dist/: run npm run build to measure the build)'}`)
  const ours: Engine = { name: 'schlagwort', run: (text) => tag(text).toJSON() }
  const engines = [ours, ...(await loadPeers(peerNames))]
  const warmup = texts.slice(0, 100)
  for (const engine of engines) for (const text of warmup) engine.run(text)

  const seconds = new Map<string, number[]>(engines.map((engine) => [engine.name, []]))
  for (let round = 0; round < rounds; round++) {
    for (const engine of engines) seconds.get(engine.name)!.push(timeRound(engine, texts))
  }
  const mbps = new Map(engines.map((engine) => [engine.name, megabytes / median(seconds.get(engine.name)!)]))
  const ourMbps = mbps.get(ours.name)!

  console.log(`10kGNAD test: ${texts.length} articles, ${megabytes.toFixed(2)} MB, ${rounds} rounds after a warm-up, median round`)
  console.log('engine           MB/s    ours ÷ engine')
  for (const engine of engines) {
    const value = mbps.get(engine.name)!
    console.log(`${engine.name.padEnd(15)} ${value.toFixed(2).padStart(6)}   ${(ourMbps / value).toFixed(2).padStart(6)}`)
  }

  let startup: { ours: Startup; 'wink-nlp': Startup } | undefined
  if (dist) {
    startup = {
      ours: measureStartup(dist, 'scripts/bench/probes/ours.mjs'),
      'wink-nlp': measureStartup('wink-nlp', 'scripts/bench/probes/wink.mjs'),
    }
    console.log('\nstartup in a fresh process   import ms   first call ms   RSS MB after import   after first call')
    for (const [name, s] of Object.entries(startup)) {
      console.log(`${name.padEnd(28)} ${s.import_ms.toFixed(0).padStart(9)}   ${s.first_call_ms.toFixed(0).padStart(13)}   ${s.rss_mb_after_import.toFixed(0).padStart(19)}   ${s.rss_mb_after_first_call.toFixed(0).padStart(16)}`)
    }
  } else {
    console.log('\nstartup: not measured (no dist/; run `npm run build` first)')
  }

  const gate = args.flags.get('gate-wink')
  if (gate !== undefined && mbps.has('wink-nlp')) {
    const ratio = ourMbps / mbps.get('wink-nlp')!
    const floor = Number(gate)
    console.log(`gate: schlagwort ÷ wink-nlp = ${ratio.toFixed(2)} (floor ${floor}) ${ratio >= floor ? 'ok' : 'MISSED'}`)
    if (!(ratio >= floor)) process.exitCode = 1
  }
  if (args.json) {
    const round2 = (x: number) => Math.round(x * 100) / 100
    const peers: Record<string, { mbps: number; ratio: number }> = {}
    for (const engine of engines.slice(1)) peers[engine.name] = { mbps: round2(mbps.get(engine.name)!), ratio: round2(ourMbps / mbps.get(engine.name)!) }
    const round0 = (s: Startup) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.round(v)]))
    console.log(JSON.stringify({ task: 'tag', articles: texts.length, mb: round2(megabytes), ours: { mbps: round2(ourMbps) }, peers, ...(startup ? { startup: { ours: round0(startup.ours), 'wink-nlp': round0(startup['wink-nlp']) } } : {}) }))
  }
}
