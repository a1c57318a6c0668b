#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { once } from 'node:events'
import { runCli } from './run.js'
import { runIndexCli, type IndexIO } from './index-cmd.js'

// A full pipe buffer makes write() return false: wait for 'drain' so that a long JSONL run does not pile up output.
const write = (stream: NodeJS.WriteStream) => (chunk: string | Uint8Array) => (stream.write(chunk) ? undefined : once(stream, 'drain'))

const argv = process.argv.slice(2)
const io: Readonly<IndexIO> = {
  stdout: write(process.stdout),
  stdoutBytes: write(process.stdout),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderr: write(process.stderr),
  readStdin: () => readFileSync(0, 'utf8'),
  stdin: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
}
// `index` writes binary and has its own entry (index-cmd.ts); every other command goes through runCli.
process.exitCode = argv[0] === 'index' ? await runIndexCli(argv.slice(1), io) : await runCli(argv, io)
