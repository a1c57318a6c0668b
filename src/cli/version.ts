// The package's version, read from its package.json: the nearest one above this module named schlagwort (dist/ in
// the package, src/cli/ in the sources, so the depth differs).
import { readFileSync } from 'node:fs'

export function packageVersion(): string {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    try {
      const json = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: unknown; version?: unknown }
      if (json.name === 'schlagwort' && typeof json.version === 'string') return json.version
    } catch {
      // No package.json here, or not ours: look further up.
    }
    if (dir.pathname === '/') return 'unknown'
  }
}
