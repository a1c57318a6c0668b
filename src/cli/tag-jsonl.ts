// `schlagwort tag --jsonl`: one article `{id, text, title?, publishedAt?}` per input line, one tagged record per output
// line (the publication time passed on as given, for `schlagwort related`).
import type { DocJSONOptions } from '../doc/index.js'
import { tag } from '../engine/index.js'
import type { CliIO } from './io.js'
import { isRecord, publishedAtProblem, readJsonLines, recordId } from './jsonl.js'

const PROGRESS_EVERY = 100

/** Problem with one input record, or undefined when it can be tagged. */
function recordProblem(record: unknown): string | undefined {
  if (!isRecord(record)) return 'not a JSON object'
  if (recordId(record) === undefined) return 'id must be a string or a number'
  if (typeof record.text !== 'string') return 'text must be a string'
  if (record.title !== undefined && typeof record.title !== 'string') return 'title must be a string'
  return publishedAtProblem(record.publishedAt)
}

/** Tags every line; bad lines are reported on stderr and skipped. Returns the number of failed lines. */
export async function tagJsonLines(input: NodeJS.ReadableStream, options: DocJSONOptions, io: CliIO): Promise<number> {
  let done = 0
  let failed = 0
  for await (const line of readJsonLines(input)) {
    const problem = line.error ?? recordProblem(line.value)
    if (problem !== undefined) {
      failed++
      await io.stderr(`schlagwort: line ${line.number}: ${problem}\n`)
      continue
    }
    const record = line.value as { id: string | number; text: string; title?: string; publishedAt?: string | number }
    const doc = tag(record.text, record.title === undefined ? {} : { title: record.title })
    const dated = record.publishedAt === undefined ? {} : { publishedAt: record.publishedAt }
    await io.stdout(JSON.stringify({ id: record.id, ...dated, ...doc.toJSON(options) }) + '\n')
    done++
    if (io.stderrIsTTY && done % PROGRESS_EVERY === 0) await io.stderr(`\rtagged ${done} articles`)
  }
  if (io.stderrIsTTY) await io.stderr(`\rtagged ${done} articles${failed > 0 ? `, ${failed} lines failed` : ''}\n`)
  return failed
}
