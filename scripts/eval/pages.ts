// npm run eval -- pages [--json] [--verbose]
// The project's own realistic pages (test/fixtures/pages: scraped-style German news pages written for the project,
// each with the article's people, places and organisations and the names that stand only in the page debris, all
// written down before the tagger first ran on them):
// - sections: article snippets kept, debris snippets leaked (the boilerplate-de rule, scripts/lib/boilerplate.ts);
// - entities: recall of the expected names, precision of the tagged people, places and organisations (a tag counts
//   when it is one of the expected names), and how many debris-only names were tagged.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { tag, type Entity } from '../../src/index.js'
import { slugify } from '../../src/lexicon/index.js'
import { parseArgs } from '../lib/args.js'
import { figures, judgePage, readOwnPages } from '../lib/boilerplate.js'

interface Expected {
  entities: Partial<Record<'person' | 'place' | 'organization', string[]>>
  forbidden: string[]
}

const TYPES = ['person', 'place', 'organization'] as const
const round = (x: number) => Math.round(x * 1000) / 1000

/** An entity answers to a name when its canonical name, its id's slug or one of its mentions is that name. */
function answersTo(entity: Entity, name: string): boolean {
  const lower = name.toLowerCase()
  return entity.name.toLowerCase() === lower || entity.id.endsWith(':' + slugify(name)) || entity.mentions.some((m) => m.text.toLowerCase() === lower)
}

export function run(argv: string[]): void {
  const args = parseArgs(argv)
  const pages = readOwnPages().filter((page) => page.id.startsWith('test/fixtures/pages/'))
  let expectedCount = 0
  let found = 0
  let tagged = 0
  let right = 0
  let forbiddenTagged = 0
  let forbiddenCount = 0
  const judged = []
  for (const page of pages) {
    const doc = tag(page.text)
    judged.push(judgePage(page, doc.sections()))
    const expected = JSON.parse(readFileSync(join(page.id + '.json'), 'utf8')) as Expected
    const entities = doc.entities().filter((e) => e.type !== 'other')
    const names = TYPES.flatMap((type) => expected.entities[type] ?? [])
    expectedCount += names.length
    const missing = names.filter((name) => !entities.some((e) => answersTo(e, name)))
    found += names.length - missing.length
    tagged += entities.length
    const wrong = entities.filter((e) => !names.some((name) => answersTo(e, name)))
    right += entities.length - wrong.length
    forbiddenCount += expected.forbidden.length
    const leaked = expected.forbidden.filter((name) => entities.some((e) => answersTo(e, name)))
    forbiddenTagged += leaked.length
    if (args.flags.has('verbose')) {
      console.log(`${page.id}: missing ${JSON.stringify(missing)} unexpected ${JSON.stringify(wrong.map((e) => e.name))} debris ${JSON.stringify(leaked)}`)
    }
  }
  const s = figures(judged)
  const recall = expectedCount ? found / expectedCount : 0
  const precision = tagged ? right / tagged : 0
  console.log(`own pages: ${pages.length}`)
  console.log(`sections: article recall ${s.recall.toFixed(3)}, debris precision ${s.precision.toFixed(3)}, F1 ${s.f1.toFixed(3)}, leak pages ${s.leakPages}, lost pages ${s.lostPages}`)
  console.log(`entities: recall ${recall.toFixed(3)} (${found}/${expectedCount}), precision ${precision.toFixed(3)} (${right}/${tagged}), debris names tagged ${forbiddenTagged}/${forbiddenCount}`)
  if (args.json) {
    console.log(JSON.stringify({ task: 'pages', pages: pages.length, sections: { recall: round(s.recall), precision: round(s.precision), f1: round(s.f1) }, entities: { recall: round(recall), precision: round(precision), debris_tagged: forbiddenTagged } }))
  }
}
