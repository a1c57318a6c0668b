// `schlagwort index [TAGGED.jsonl|-] [--out FILE]`: index tagged JSONL once and write the binary RelatedIndex
// (RelatedIndex.serialize), so that `schlagwort related --index FILE` loads it instead of indexing the JSONL again.
import { writeFile } from 'node:fs/promises'
import { parseIndexArgs, type IndexArgs } from './args.js'
import { UsageError, type CliIO } from './io.js'
import { loadIndex, storeFailure, taggedRecords } from './related.js'
import { Progress } from './progress.js'

export interface IndexIO extends CliIO {
  /** Standard output for bytes (the index goes there without --out). */
  stdoutBytes?: (chunk: Uint8Array) => unknown
  /** Whether standard output is a terminal: a binary index is not written there. */
  stdoutIsTTY?: boolean
}

export const INDEX_HELP = `Usage: schlagwort index [TAGGED.jsonl|-] [--out FILE]
       schlagwort index [TAGGED.jsonl|-] --pg URL [--table NAME] [--progress | --no-progress]
  Index the tagged records of TAGGED.jsonl (the output of tag --jsonl; standard input for - or none)
  and write the index in binary to FILE (or standard output), for related --index FILE; or, with
  --pg, add them to the store in PostgreSQL at URL (tables made when missing; table NAME, default
  schlagwort_related), 1,000 records per transaction, for related --pg URL.
  A bad line is reported on standard error with its line number and skipped; the exit code is then 1.
  --progress (default: when standard error is a terminal) shows records indexed and the rate.
`

/** Runs the command; returns the number of bad input lines. */
export async function indexCommand(args: IndexArgs, io: IndexIO): Promise<number> {
  if (args.pg !== undefined) return indexIntoStore(args, args.pg, io)
  if (args.out === undefined && (io.stdoutIsTTY === true || io.stdoutBytes === undefined)) {
    throw new UsageError('index writes binary: give --out FILE or redirect standard output to a file')
  }
  const { index, failed } = await loadIndex(args.file ?? '-', io)
  const bytes = index.serialize()
  if (args.out === undefined) await io.stdoutBytes!(bytes)
  else {
    try {
      await writeFile(args.out, bytes)
    } catch (error) {
      throw new UsageError(`cannot write ${args.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
  }
  await io.stderr(`schlagwort: indexed ${index.size} documents (${bytes.length} bytes)${failed > 0 ? `, ${failed} lines failed` : ''}\n`)
  return failed
}

/** `index --pg URL`: the records go into the store in PostgreSQL (schlagwort/postgres, loaded only here). */
async function indexIntoStore(args: IndexArgs, url: string, io: IndexIO): Promise<number> {
  const { createRelatedStore } = await import('../postgres/index.js')
  const store = createRelatedStore({ connectionString: url, ...(args.table === undefined ? {} : { table: args.table }) })
  const file = args.file ?? '-'
  const counts = { failed: 0 }
  const progress = (args.progress ?? io.stderrIsTTY === true) ? new Progress(io, undefined, 'indexed') : undefined
  let read = 0
  async function* records() {
    for await (const record of taggedRecords(file, io, counts)) {
      yield record
      await progress?.update(++read, counts.failed, 0)
    }
  }
  try {
    await store.migrate()
    const written = await store.addMany(records())
    await progress?.finish(written, counts.failed)
    await io.stderr(`schlagwort: indexed ${written} documents into ${args.table ?? 'schlagwort_related'} (${await store.size()} in the store)${counts.failed > 0 ? `, ${counts.failed} lines failed` : ''}\n`)
    return counts.failed
  } catch (error) {
    return storeFailure(error)
  } finally {
    await store.close()
  }
}

/** `schlagwort index …` (argv without the command) to its exit code: 0 done, 1 some lines failed, 2 bad usage. */
export async function runIndexCli(argv: string[], io: IndexIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await io.stdout(INDEX_HELP)
    return 0
  }
  try {
    return (await indexCommand(parseIndexArgs(argv), io)) > 0 ? 1 : 0
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    await io.stderr(`schlagwort: ${error.message}\n`)
    return 2
  }
}
