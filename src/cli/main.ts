#!/usr/bin/env node
import { readFileSync } from 'node:fs'
import { runCli } from './run.js'

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
  readStdin: () => readFileSync(0, 'utf8'),
})
