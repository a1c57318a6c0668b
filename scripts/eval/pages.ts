// npm run eval -- pages [--json] [--verbose]
// The project's own realistic pages (test/fixtures/pages: scraped-style German news pages written for the project,
// each with the article's people, places and organisations and the names that stand only in the page debris, all
// written down before the tagger first ran on them):
// - sections: article snippets kept, debris snippets leaked (the boilerplate-de rule, scripts/lib/boilerplate.ts);
// - entities: recall of the expected names, precision of the tagged people, places and organisations (a tag counts
//   when it is one of the expected names or of `also`), and how many debris-only names were tagged.
// Expected names and their judging: scripts/lib/own-pages.ts. Two sets: test/fixtures/pages (the pages the rules
// were tuned on) and test/fixtures/pages-holdout (written complete by another hand before the tagger ran on them).
import { tag } from '../../src/index.js'
import { parseArgs } from '../lib/args.js'
import { figures, judgePage, readOwnPages } from '../lib/boilerplate.js'
import { judgeNames, readExpectedNames } from '../lib/own-pages.js'

const round = (x: number) => Math.round(x * 1000) / 1000

interface Tally {
  pages: number
  expected: number
  found: number
  tagged: number
  right: number
  forbidden: number
  forbiddenTagged: number
  judged: ReturnType<typeof judgePage>[]
}

function evaluate(dir: string, verbose: boolean): Tally {
  const pages = readOwnPages('.', { holdout: true }).filter((page) => page.id.startsWith(dir + '/'))
  const tally: Tally = { pages: pages.length, expected: 0, found: 0, tagged: 0, right: 0, forbidden: 0, forbiddenTagged: 0, judged: [] }
  for (const page of pages) {
    const doc = tag(page.text)
    tally.judged.push(judgePage(page, doc.sections()))
    const expected = readExpectedNames(page.id)
    const { missing, wrong, leaked, expected: names, tagged } = judgeNames(expected, doc.entities())
    tally.expected += names
    tally.found += names - missing.length
    tally.tagged += tagged
    tally.right += tagged - wrong.length
    tally.forbidden += expected.forbidden.length
    tally.forbiddenTagged += leaked.length
    if (verbose) {
      console.log(`${page.id}: missing ${JSON.stringify(missing)} unexpected ${JSON.stringify(wrong.map((e) => e.name))} debris ${JSON.stringify(leaked)}`)
    }
  }
  return tally
}

function report(label: string, t: Tally): Record<string, unknown> {
  const s = figures(t.judged)
  const recall = t.expected ? t.found / t.expected : 0
  const precision = t.tagged ? t.right / t.tagged : 0
  console.log(`${label}: ${t.pages} pages`)
  console.log(`  sections: article recall ${s.recall.toFixed(3)}, debris precision ${s.precision.toFixed(3)}, F1 ${s.f1.toFixed(3)}, leak pages ${s.leakPages}, lost pages ${s.lostPages}`)
  console.log(`  entities: recall ${recall.toFixed(3)} (${t.found}/${t.expected}), precision ${precision.toFixed(3)} (${t.right}/${t.tagged}), debris names tagged ${t.forbiddenTagged}/${t.forbidden}`)
  return { pages: t.pages, sections: { recall: round(s.recall), precision: round(s.precision), f1: round(s.f1) }, entities: { recall: round(recall), precision: round(precision), debris_tagged: t.forbiddenTagged } }
}

export function run(argv: string[]): void {
  const args = parseArgs(argv)
  const verbose = args.flags.has('verbose')
  const own = report('own pages (tuned on)', evaluate('test/fixtures/pages', verbose))
  const holdout = report('held-out own pages', evaluate('test/fixtures/pages-holdout', verbose))
  if (args.json) console.log(JSON.stringify({ task: 'pages', ...own, holdout }))
}
