// npm run eval -- boilerplate [--data dir] [--json] [--examples N] [--pages]
// What sections() takes for article text on real pages: boilerplate-de/dev.jsonl (244 German pages as a naive
// scraper's text; evaluation and tuning only), scored by the rule of its README (scripts/lib/boilerplate.ts).
// Bars: F1 >= 0.82 with article recall >= 0.90, the whole article lost on at most 3 pages. Exit 1 when one is missed.
// --examples N prints N lost article snippets and N leaked debris snippets with the section type that holds them.
import { tag, type Section } from '../../src/index.js'
import { numberFlag, parseArgs } from '../lib/args.js'
import { figures, judgePage, readPages, type JudgedPage, type Page } from '../lib/boilerplate.js'

const F1_BAR = 0.82
const RECALL_BAR = 0.9
const LOST_BAR = 3

const round = (x: number) => Math.round(x * 1000) / 1000

function sectionAt(sections: readonly Section[], offset: number): string {
  return sections.find((section) => section.start <= offset && offset < section.end)?.type ?? 'none'
}

function examples(pages: readonly Page[], judged: readonly JudgedPage[], all: readonly Section[][], n: number): void {
  const context = (page: Page, at: [number, number] | undefined) => (at ? JSON.stringify(page.text.slice(Math.max(0, at[0] - 40), at[1] + 40)) : '(not found)')
  for (const [title, pick] of [['lost article snippets', (j: JudgedPage) => j.withs.filter((x) => !x.hit)], ['leaked debris snippets', (j: JudgedPage) => j.withouts.filter((x) => x.hit)]] as const) {
    console.log(`\n${title} (first ${n}):`)
    let shown = 0
    judged.forEach((j, i) => {
      for (const x of pick(j)) if (shown++ < n) console.log(`  [${x.at ? sectionAt(all[i]!, x.at[0]) : 'none'}] ${j.id}: ${context(pages[i]!, x.at)}`)
    })
  }
}

export function run(argv: string[]): void {
  const args = parseArgs(argv)
  const pages = readPages(args)
  const t0 = performance.now()
  const sections = pages.map((page) => tag(page.text).sections())
  const seconds = (performance.now() - t0) / 1000
  const judged = pages.map((page, i) => judgePage(page, sections[i]!))
  const f = figures(judged)
  console.log(`boilerplate-de dev: ${pages.length} pages, tagged in ${seconds.toFixed(1)} s`)
  console.log('kept/with   recall   leaked/without   precision   F1      leak pages   lost pages')
  console.log(`${`${f.kept}/${f.with}`.padEnd(11)} ${f.recall.toFixed(3)}    ${`${f.leaked}/${f.without}`.padEnd(16)} ${f.precision.toFixed(3)}       ${f.f1.toFixed(3)}   ${`${f.leakPages}/${f.pages}`.padEnd(12)} ${f.lostPages}`)
  if (args.flags.has('pages')) {
    for (const j of judged) {
      const p = figures([j])
      console.log(`  ${j.id.padEnd(48)} ${`${p.kept}/${p.with}`.padStart(5)} ${`${p.leaked}/${p.without}`.padStart(5)}`)
    }
  }
  const n = numberFlag(args, 'examples', 0)
  if (n > 0) examples(pages, judged, sections, n)
  const met = f.f1 >= F1_BAR && f.recall >= RECALL_BAR && f.lostPages <= LOST_BAR
  console.log(`bars: F1 >= ${F1_BAR}, recall >= ${RECALL_BAR}, lost pages <= ${LOST_BAR}: ${met ? 'met' : 'MISSED'}`)
  if (args.json) console.log(JSON.stringify({ task: 'boilerplate', recall: round(f.recall), precision: round(f.precision), f1: round(f.f1), leak_pages: f.leakPages, lost_pages: f.lostPages, pages: f.pages }))
  if (!met) process.exitCode = 1
}
