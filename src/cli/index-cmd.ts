// `schlagwort index [TAGGED.jsonl|-] [--out FILE]`: index tagged JSONL once and write the binary RelatedIndex
// (RelatedIndex.serialize), so that `schlagwort related --index FILE` loads it instead of indexing the JSONL again.
import { writeFile } from 'node:fs/promises'
import { parseIndexArgs, type IndexArgs } from './args.js'
import { UsageError, type CliIO } from './io.js'
import { loadIndex } from './related.js'

export interface IndexIO extends CliIO {
  /** Standard output for bytes (the index goes there without --out). */
  stdoutBytes?: (chunk: Uint8Array) => unknown
  /** Whether standard output is a terminal: a binary index is not written there. */
  stdoutIsTTY?: boolean
}

export const INDEX_HELP = `Usage: schlagwort index [TAGGED.jsonl|-] [--out FILE]
  Index the tagged records of TAGGED.jsonl (the output of tag --jsonl; standard input for - or none)
  and write the index in binary to FILE (or standard output), for related --index FILE.
  A bad line is reported on standard error with its line number and skipped; the exit code is then 1.
`

/** Runs the command; returns the number of bad input lines. */
export async function indexCommand(args: IndexArgs, io: IndexIO): Promise<number> {
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
