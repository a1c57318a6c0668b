// Import time and memory of a package in a fresh process, so that nothing already loaded flatters the figure.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

export interface Startup {
  import_ms: number
  first_call_ms: number
  rss_mb_after_import: number
  rss_mb_after_first_call: number
}

const PROBE = `
const t0 = performance.now()
const mod = await import(process.argv[1])
const t1 = performance.now()
const rss1 = process.memoryUsage().rss
await (await import(process.argv[2])).default(mod)
const t2 = performance.now()
const rss2 = process.memoryUsage().rss
console.log(JSON.stringify({ import_ms: t1 - t0, first_call_ms: t2 - t1, rss_mb_after_import: rss1 / 1e6, rss_mb_after_first_call: rss2 / 1e6 }))
`

/** `caller` is a module whose default export gets the imported module and makes one first call (forcing lazy loads). */
export function measureStartup(moduleSpecifier: string, callerFile: string): Startup {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROBE, moduleSpecifier, resolve(callerFile)], { encoding: 'utf8', cwd: process.cwd() })
  return JSON.parse(out.trim().split('\n').pop()!) as Startup
}

export function builtPackage(): string | undefined {
  const path = resolve('dist/index.js')
  return existsSync(path) ? path : undefined
}
