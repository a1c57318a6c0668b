import { open } from 'node:fs/promises'
import { tag } from '../engine/index.js'
import { parseRelatedArgs, parseTagArgs, type TagArgs } from './args.js'
import { inputSize, openInput, OutputClosed, readInput, UsageError, type CliIO } from './io.js'
import { Progress } from './progress.js'
import { relatedCommand } from './related.js'
import { tagJsonLines } from './tag-jsonl.js'
import { packageVersion } from './version.js'

export type { CliIO } from './io.js'

export const HELP = `schlagwort — German entity and topic tagging for news articles

Usage:
  schlagwort tag [FILE|-] [--title TITLE] [--pretty] [--text] [--sentences]
      Tag one article (FILE, or standard input for - or no FILE) and print its JSON.
  schlagwort tag --jsonl [FILE|-] [--text] [--sentences] [--workers N] [--errors FILE] [--progress]
      Tag many articles: one {"id", "text", "title"?, "publishedAt"?} object per input line (UTF-8,
      a byte-order mark and CRLF line ends accepted, blank lines skipped), one tagged record
      {"id", "publishedAt"?, ...document JSON} per output line, in input order. A line that fails
      (not UTF-8, not JSON, a bad field, an error while tagging) gives instead one error record
      {"line", "id", "error"} on standard error (or in the --errors file); the run goes on.
  schlagwort related --index TAGGED.jsonl --for ID_OR_FILE [--limit 10] [--pretty] [--min-score X]
                    [--half-life DAYS | --no-recency] [--from DATE] [--to DATE] [--published-at DATE]
      Print, as JSON, the articles of TAGGED.jsonl (the output of tag --jsonl) most related to
      ID (an id in the index) or to the article in FILE (tagged first):
      [{"id", "score", "ranking", "shared"}]. With publication times (publishedAt), articles
      published near the query rank higher (half-life 3 days by default).
  schlagwort related --pg URL [--table NAME] --for ID_OR_FILE [...the options above]
      The same from the store in PostgreSQL that schlagwort index --pg URL filled.

Options:
  --title TITLE  a headline given apart from the text
  --pretty       indent the JSON
  --text         include the input text in the JSON
  --sentences    include sentences in the JSON
  --jsonl        read and write JSON lines (see above)
  --workers N    worker threads for --jsonl (default: one per core; 0 or 1: none)
  --errors FILE  write the error records of --jsonl to FILE instead of standard error
  --progress     show records done, rate and time left on standard error (default: when it is
                 a terminal); --no-progress: never
  --index FILE   tagged JSONL to search
  --pg URL       the PostgreSQL store to search (postgres://user@host:port/database)
  --table NAME   the store's table with --pg (default schlagwort_related)
  --for X        an id in the index, or an article text file
  --limit N      most results (default 10)
  --min-score X  leave out results with a relatedness below X
  --half-life D  half-life in days of the preference for articles published near the query
  --no-recency   order by relatedness alone
  --from DATE    only articles published at or after DATE (ISO 8601)
  --to DATE      only articles published at or before DATE
  --published-at DATE  the publication time of the article in FILE
  -h, --help     show this help
  --version      print the version

Exit codes:
  0  done (also when the reader of the output went away, as with | head)
  1  some input lines failed (each reported)
  2  bad usage, or input or output that cannot be read or written
  3  interrupted (SIGINT); a summary on standard error says up to which line the output is complete
`

/** A writer of error records into FILE. */
async function errorFile(path: string): Promise<{ write: (line: string) => Promise<unknown>; close: () => Promise<void> }> {
  try {
    const handle = await open(path, 'w')
    return { write: (line) => handle.write(line), close: () => handle.close() }
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

async function tagJsonlCommand(args: TagArgs, io: CliIO): Promise<number> {
  const input = await openInput(args.file, io)
  const errors = args.errors === undefined ? undefined : await errorFile(args.errors)
  const signal = io.interrupts?.()
  const progress = (args.progress ?? io.stderrIsTTY === true) ? new Progress(io, await inputSize(args.file)) : undefined
  try {
    const json = { text: args.text, sentences: args.sentences }
    const report = errors ? errors.write : io.stderr
    const summary = await tagJsonLines(input, { json, workers: args.workers ?? io.cores ?? 1, report, progress, signal }, io)
    if (signal?.aborted) {
      await io.stderr(`schlagwort: interrupted after line ${summary.lastLine}: ${summary.tagged} tagged, ${summary.failed} failed; the lines after it were not read\n`)
      return 3
    }
    if (summary.failed > 0 && errors) await io.stderr(`schlagwort: ${summary.failed} lines failed, see ${args.errors}\n`)
    return summary.failed > 0 ? 1 : 0
  } finally {
    await errors?.close()
  }
}

async function tagCommand(rest: string[], io: CliIO): Promise<number> {
  const args = parseTagArgs(rest)
  if (args.jsonl) return tagJsonlCommand(args, io)
  const text = await readInput(args.file, io)
  const doc = tag(text, args.title === undefined ? {} : { title: args.title })
  await io.stdout(JSON.stringify(doc.toJSON({ text: args.text, sentences: args.sentences }), null, args.pretty ? 2 : undefined) + '\n')
  return 0
}

/** Runs the CLI and resolves to its exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv
    if (command === '--version') {
      await io.stdout(`schlagwort ${packageVersion()}\n`)
      return 0
    }
    if (command === undefined || command === '-h' || command === '--help' || rest.includes('--help') || rest.includes('-h')) {
      await io.stdout(HELP)
      return command === undefined ? 2 : 0
    }
    if (command === 'tag') return await tagCommand(rest, io)
    if (command === 'related') return (await relatedCommand(parseRelatedArgs(rest), io)) > 0 ? 1 : 0
    throw new UsageError(`unknown command ${command} (try --help)`)
  } catch (error) {
    if (error instanceof OutputClosed) return 0
    if (error instanceof UsageError) {
      await io.stderr(`schlagwort: ${error.message}\n`)
      return 2
    }
    throw error
  }
}
