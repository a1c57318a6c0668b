#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { once } from 'node:events'
import { availableParallelism } from 'node:os'
import { OutputClosed, UsageError } from './io.js'
import { runCli } from './run.js'
import { runIndexCli } from './index-cmd.js'

/**
 * A writer for stdout or stderr. A full pipe buffer makes write() return false: it waits for 'drain', so that a long
 * JSONL run does not pile up output. The stream's errors are kept (so none is thrown unhandled) and turned into the
 * next write's failure: EPIPE (the reader went away, `| head -1`) ends the run quietly, any other is an IO error.
 */
function writer(stream: NodeJS.WriteStream, name: string): (chunk: string | Uint8Array) => Promise<void> | undefined {
  let failed: NodeJS.ErrnoException | undefined
  stream.on('error', (error: NodeJS.ErrnoException) => (failed ??= error))
  const check = (): void => {
    if (failed === undefined) return
    if (failed.code === 'EPIPE') throw new OutputClosed()
    throw new UsageError(`cannot write ${name}: ${failed.code ?? failed.message}`)
  }
  return (chunk) => {
    check()
    if (stream.write(chunk)) return undefined
    return once(stream, 'drain').then(check, (error: NodeJS.ErrnoException) => {
      failed ??= error
      check()
    })
  }
}

/** SIGINT aborts the returned signal (the JSONL run then stops reading and writes its summary); a second one kills. */
function interrupts(): AbortSignal {
  const controller = new AbortController()
  process.once('SIGINT', () => controller.abort())
  return controller.signal
}

const argv = process.argv.slice(2)
const stdout = writer(process.stdout, 'standard output')
const stderr = writer(process.stderr, 'standard error')
const readStdin = () => readFileSync(0, 'utf8')
const stdin = () => process.stdin
const stderrIsTTY = process.stderr.isTTY === true
// `index` writes binary and has its own entry (index-cmd.ts); every other command goes through runCli.
process.exitCode =
  argv[0] === 'index'
    ? await runIndexCli(argv.slice(1), { stdout, stdoutBytes: stdout, stdoutIsTTY: process.stdout.isTTY === true, stderr, readStdin, stdin, stderrIsTTY })
    : await runCli(argv, { stdout, stderr, readStdin, stdin, stderrIsTTY, cores: availableParallelism(), interrupts })
// A read of standard input may still wait (the run was interrupted, or the output closed): it must not keep the
// process alive.
process.stdin.destroy()
