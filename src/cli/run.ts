import { tag } from '../engine/index.js'
import { parseRelatedArgs, parseTagArgs } from './args.js'
import { openInput, readInput, UsageError, type CliIO } from './io.js'
import { relatedCommand } from './related.js'
import { tagJsonLines } from './tag-jsonl.js'

export type { CliIO } from './io.js'

export const HELP = `schlagwort — German entity and topic tagging for news articles

Usage:
  schlagwort tag [FILE|-] [--title TITLE] [--pretty] [--text] [--sentences]
      Tag one article (FILE, or standard input for - or no FILE) and print its JSON.
  schlagwort tag --jsonl [FILE|-] [--text] [--sentences]
      Tag many articles: one {"id", "text", "title"?, "publishedAt"?} object per input line, one
      tagged record {"id", "publishedAt"?, ...document JSON} per output line. A bad line is reported on standard error with its
      line number and skipped; the exit code is then 1.
  schlagwort related --index TAGGED.jsonl --for ID_OR_FILE [--limit 10] [--pretty] [--min-score X]
                    [--half-life DAYS | --no-recency] [--from DATE] [--to DATE] [--published-at DATE]
      Print, as JSON, the articles of TAGGED.jsonl (the output of tag --jsonl) most related to
      ID (an id in the index) or to the article in FILE (tagged first):
      [{"id", "score", "ranking", "shared"}]. With publication times (publishedAt), articles
      published near the query rank higher (half-life 3 days by default).

Options:
  --title TITLE  a headline given apart from the text
  --pretty       indent the JSON
  --text         include the input text in the JSON
  --sentences    include sentences in the JSON
  --jsonl        read and write JSON lines (see above)
  --index FILE   tagged JSONL to search
  --for X        an id in the index, or an article text file
  --limit N      most results (default 10)
  --min-score X  leave out results with a relatedness below X
  --half-life D  half-life in days of the preference for articles published near the query
  --no-recency   order by relatedness alone
  --from DATE    only articles published at or after DATE (ISO 8601)
  --to DATE      only articles published at or before DATE
  --published-at DATE  the publication time of the article in FILE
  -h, --help     show this help

Exit codes: 0 done, 1 some input lines failed, 2 bad usage or unreadable input.
`

async function tagCommand(rest: string[], io: CliIO): Promise<number> {
  const args = parseTagArgs(rest)
  const options = { text: args.text, sentences: args.sentences }
  if (args.jsonl) return (await tagJsonLines(await openInput(args.file, io), options, io)) > 0 ? 1 : 0
  const text = await readInput(args.file, io)
  const doc = tag(text, args.title === undefined ? {} : { title: args.title })
  await io.stdout(JSON.stringify(doc.toJSON(options), null, args.pretty ? 2 : undefined) + '\n')
  return 0
}

/** Runs the CLI and resolves to its exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === undefined || command === '-h' || command === '--help' || rest.includes('--help') || rest.includes('-h')) {
      await io.stdout(HELP)
      return command === undefined ? 2 : 0
    }
    if (command === 'tag') return await tagCommand(rest, io)
    if (command === 'related') return (await relatedCommand(parseRelatedArgs(rest), io)) > 0 ? 1 : 0
    throw new UsageError(`unknown command ${command} (try --help)`)
  } catch (error) {
    if (error instanceof UsageError) {
      await io.stderr(`schlagwort: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
