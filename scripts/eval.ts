// npm run eval -- <task> [--data dir] [--json]
import { parseArgs, fail } from './lib/args.js'

const TASKS: Record<string, () => Promise<{ run: (argv: string[]) => Promise<void> | void }>> = {
  tokens: () => import('./eval/tokens.js'),
  ner: () => import('./eval/ner.js'),
  related: () => import('./eval/related.js'),
  'related-pg': () => import('./eval/related-pg.js'),
  boilerplate: () => import('./eval/boilerplate.js'),
  pages: () => import('./eval/pages.js'),
  topics: () => import('./eval/topics.js'),
  overlaps: () => import('./eval/overlaps.js'),
}

const args = parseArgs(process.argv.slice(2))
const task = args.positional[0]
const load = task === undefined ? undefined : TASKS[task]
if (!load) fail(`usage: npm run eval -- <${Object.keys(TASKS).join('|')}> [--data dir] [--json]`)
await (await load()).run(process.argv.slice(3))
