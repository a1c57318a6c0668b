// `schlagwort tag --jsonl`: one article `{id, text, title?, publishedAt?}` per input line, one tagged record per output
// line (the publication time passed on as given, for `schlagwort related`), in input order whatever the number of
// workers. Every non-blank input line gives its output line or one error record `{"line", "id", "error"}`.
import { runBatch } from '../batch/run.js'
import type { Planned } from '../batch/jobs.js'
import type { DocJSONOptions } from '../doc/index.js'
import { UsageError, type CliIO } from './io.js'
import { givenId, isRecord, publishedAtProblem, readJsonLines, type JsonLine } from './jsonl.js'
import { Progress } from './progress.js'

export interface JsonlOptions {
  json: DocJSONOptions
  workers: number
  /** Where error records go (standard error, or the --errors file). */
  report: (line: string) => unknown
  progress: Progress | undefined
  /** Once aborted (SIGINT), no further line is read; the started ones are written. */
  signal?: AbortSignal | undefined
}

export interface JsonlSummary {
  tagged: number
  failed: number
  /** The last input line handed on: every line up to it has its output or its error. */
  lastLine: number
}

interface Meta {
  line: number
  id: string | number | null
  /** Bytes of input read to the end of this line. */
  end: number
}

/** Problem with one input record, or undefined when it can be tagged. */
function recordProblem(record: unknown): string | undefined {
  if (!isRecord(record)) return 'not a JSON object'
  if (givenId(record) === null) return 'id must be a string or a number'
  if (typeof record.text !== 'string') return 'text must be a string'
  if (record.title !== undefined && typeof record.title !== 'string') return 'title must be a string'
  return publishedAtProblem(record.publishedAt)
}

function planLine(line: JsonLine): Planned<Meta> {
  const record = line.value
  const id = givenId(record)
  const meta = { line: line.number, id, end: line.end }
  const problem = line.error ?? recordProblem(record)
  if (problem !== undefined) return { meta, error: problem }
  const { text, title, publishedAt } = record as { text: string; title?: string; publishedAt?: string | number }
  const head = publishedAt === undefined ? { id } : { id, publishedAt }
  return { meta, job: title === undefined ? { text, head } : { text, title, head } }
}

async function* planLines(input: NodeJS.ReadableStream): AsyncGenerator<Planned<Meta>> {
  try {
    for await (const line of readJsonLines(input as AsyncIterable<Buffer | string>)) yield planLine(line)
  } catch (error) {
    // Lines are checked one by one in readJsonLines: what gets here is the input itself failing (EIO, a vanished file).
    throw new UsageError(`cannot read input: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** Tags every line; failed lines are reported as error records and the run goes on. */
export async function tagJsonLines(input: NodeJS.ReadableStream, options: JsonlOptions, io: CliIO): Promise<JsonlSummary> {
  const summary: JsonlSummary = { tagged: 0, failed: 0, lastLine: 0 }
  const batch = runBatch(planLines(input), { workers: options.workers, ordered: true, engine: {}, json: options.json, signal: options.signal })
  for await (const done of batch) {
    const { line, id, end } = done.meta
    if ('output' in done) {
      await io.stdout(done.output + '\n')
      summary.tagged++
    } else {
      await options.report(JSON.stringify({ line, id, error: done.error }) + '\n')
      summary.failed++
    }
    summary.lastLine = line
    await options.progress?.update(summary.tagged, summary.failed, end)
  }
  await options.progress?.finish(summary.tagged, summary.failed)
  return summary
}
