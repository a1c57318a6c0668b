// npm run eval -- overlaps [--data dir] [--json] [--show N]
// A span of text names at most one entity: over every 10kGNAD test article, the mentions of different entities that
// overlap. Prints the articles with such a pair, a few pairs, and exits 1 when there is any.
import { tag, type Entity } from '../../src/index.js'
import { numberFlag, parseArgs } from '../lib/args.js'
import { readGnad } from '../lib/gnad.js'

export interface Overlap {
  a: string
  b: string
  text: string
}

/** Pairs of mentions of different entities that share a code unit, by a sweep over the mentions sorted by start. */
export function overlappingMentions(entities: readonly Entity[]): Overlap[] {
  const all = entities.flatMap((entity) => entity.mentions.map((mention) => ({ id: entity.id, start: mention.start, end: mention.end, text: mention.text })))
  all.sort((x, y) => x.start - y.start || x.end - y.end)
  const found: Overlap[] = []
  let reach = -1
  let reacher = -1
  for (let i = 0; i < all.length; i++) {
    const mention = all[i]!
    if (reacher >= 0 && mention.start < reach && all[reacher]!.id !== mention.id) found.push({ a: all[reacher]!.id, b: mention.id, text: mention.text })
    if (mention.end > reach) {
      reach = mention.end
      reacher = i
    }
  }
  return found
}

export function run(argv: string[]): void {
  const args = parseArgs(argv)
  const show = numberFlag(args, 'show', 10)
  const articles = readGnad(args)
  let withOverlap = 0
  const examples: Overlap[] = []
  for (const article of articles) {
    const found = overlappingMentions(tag(article.text).entities())
    if (found.length === 0) continue
    withOverlap++
    if (examples.length < show) examples.push(found[0]!)
  }
  if (args.json) console.log(JSON.stringify({ task: 'overlaps', articles: articles.length, with_overlap: withOverlap }))
  else {
    console.log(`10kGNAD test: ${withOverlap} of ${articles.length} articles have a span credited to two entities`)
    for (const { a, b, text } of examples) console.log(`  ${text}: ${a} / ${b}`)
  }
  if (withOverlap > 0) process.exitCode = 1
}
