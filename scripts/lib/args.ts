// Shared command-line handling for scripts: `--data <dir>` (default ../shared/data), `--json`, `--key value`.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export interface ScriptArgs {
  positional: string[]
  flags: Map<string, string | true>
  json: boolean
  dataDir: string
}

export function parseArgs(argv: string[]): ScriptArgs {
  const positional: string[] = []
  const flags = new Map<string, string | true>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
      const next = argv[i + 1]
      if (inline !== undefined) flags.set(key, inline)
      else if (next !== undefined && !next.startsWith('--') && key !== 'json') flags.set(key, (i++, next))
      else flags.set(key, true)
    } else positional.push(arg)
  }
  const data = flags.get('data')
  return { positional, flags, json: flags.has('json'), dataDir: resolve(typeof data === 'string' ? data : '../shared/data') }
}

export function numberFlag(args: ScriptArgs, key: string, fallback: number): number {
  const value = args.flags.get(key)
  if (value === undefined || value === true) return fallback
  const n = Number(value)
  if (!Number.isFinite(n)) fail(`--${key} must be a number, got ${value}`)
  return n
}

/** Path of a data file, or exit non-zero with a plain message when the data is missing. */
export function dataFile(args: ScriptArgs, relative: string): string {
  const path = resolve(args.dataDir, relative)
  if (!existsSync(path)) {
    fail(`data missing: ${path} not found (pass --data <dir>; the shared data sets live in ../shared/data)`)
  }
  return path
}

export function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`)
  process.exit(1)
}
