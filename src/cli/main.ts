#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { once } from 'node:events'
import { runCli } from './run.js'

// A full pipe buffer makes write() return false: wait for 'drain' so that a long JSONL run does not pile up output.
const write = (stream: NodeJS.WriteStream) => (chunk: string) => (stream.write(chunk) ? undefined : once(stream, 'drain'))

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  readStdin: () => readFileSync(0, 'utf8'),
  stdin: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
})
