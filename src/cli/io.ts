import { open, stat } from 'node:fs/promises'
import { Readable } from 'node:stream'

export interface CliIO {
  /** May return a promise to apply back-pressure; it is awaited. Rejects with OutputClosed when the reader has gone. */
  stdout: (chunk: string) => unknown
  stderr: (chunk: string) => unknown
  readStdin: () => string
  /** Standard input as a byte stream (for JSONL input); default: readStdin() as one chunk. */
  stdin?: () => NodeJS.ReadableStream
  /** Whether standard error is a terminal: then long runs print a progress line. */
  stderrIsTTY?: boolean
  /** The number of cores: the default number of workers (default 1). */
  cores?: number
  /** Starts listening for an interrupt (SIGINT); the signal aborts when one comes. */
  interrupts?: () => AbortSignal
}

/** Bad usage or unreadable input: one line on stderr, exit code 2. */
export class UsageError extends Error {}

/** The reader of standard output went away (`| head -1`): the run ends quietly, exit code 0. */
export class OutputClosed extends Error {}

function readError(error: unknown, what: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return new UsageError(`no such file: ${what}`)
  if (code === 'EISDIR') return new UsageError(`is a directory: ${what}`)
  return new UsageError(`cannot read ${what}: ${code ?? (error as Error).message}`)
}

export function isStdin(file: string | undefined): boolean {
  return file === undefined || file === '-'
}

/** A whole input: FILE, or standard input for - or none. */
export async function readInput(file: string | undefined, io: CliIO): Promise<string> {
  try {
    if (isStdin(file)) return io.readStdin()
    const handle = await open(file!, 'r')
    try {
      return await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch (error) {
    throw readError(error, isStdin(file) ? 'standard input' : file!)
  }
}

/** An input as a byte stream (FILE, or standard input for - or none); a missing or unreadable file is a UsageError. */
export async function openInput(file: string | undefined, io: CliIO): Promise<NodeJS.ReadableStream> {
  if (isStdin(file)) return io.stdin ? io.stdin() : Readable.from([io.readStdin()])
  try {
    const handle = await open(file!, 'r')
    const stat = await handle.stat()
    if (stat.isDirectory()) {
      await handle.close()
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    }
    return handle.createReadStream()
  } catch (error) {
    throw readError(error, file!)
  }
}

/** The size in bytes of an input that is a regular file (for a progress estimate), else undefined. */
export async function inputSize(file: string | undefined): Promise<number | undefined> {
  if (isStdin(file)) return undefined
  try {
    const info = await stat(file!)
    return info.isFile() ? info.size : undefined
  } catch {
    return undefined
  }
}
