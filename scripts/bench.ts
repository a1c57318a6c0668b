// npm run bench -- <task> [--data dir] [--json]
import { parseArgs, fail } from './lib/args.js'

const TASKS: Record<string, () => Promise<{ run: (argv: string[]) => Promise<void> | void }>> = {
  tag: () => import('./bench/tag.js'),
  tokens: () => import('./bench/tokens.js'),
  related: () => import('./bench/related.js'),
  memory: () => import('./bench/memory.js'),
  batch: () => import('./bench/batch.js'),
  fuzz: () => import('./bench/fuzz.js'),
  scale: () => import('./bench/scale.js'),
}

const args = parseArgs(process.argv.slice(2))
const task = args.positional[0]
const load = task === undefined ? undefined : TASKS[task]
if (!load) fail(`usage: npm run bench -- <${Object.keys(TASKS).join('|')}> [--data dir] [--json]`)
await (await load()).run(process.argv.slice(3))
