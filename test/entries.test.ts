// `schlagwort` never loads the PostgreSQL store or its client: nothing that src/index.ts (or the batch entry) imports,
// however indirectly, is under src/postgres/ or the `pg` package. Only the CLI reaches the store, by a dynamic import.
import { readdirSync, readFileSync } from 'node:fs'
import { posix } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importSpecifiers, resolveImport } from '../scripts/lib/imports.js'

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.endsWith('.as.ts') ? [path] : []
  })
}

const FILES = new Set(sourceFiles('src'))

/** Every file of src/ and every package that `entry` imports, directly or not. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>([entry])
  const packages = new Set<string>()
  for (const file of files) {
    for (const specifier of importSpecifiers(file, readFileSync(file, 'utf8'))) {
      const resolved = resolveImport(file, specifier, FILES)
      if (resolved.kind === 'file') files.add(resolved.path)
      else if (!specifier.startsWith('.')) packages.add(specifier)
    }
  }
  return { files, packages }
}

describe('the PostgreSQL store stays out of the main entries', () => {
  for (const entry of ['src/index.ts', 'src/batch/index.ts']) {
    it(`${entry} reaches no file of src/postgres/ and not pg`, () => {
      const { files, packages } = reached(entry)
      expect(files.size).toBeGreaterThan(10)
      expect([...files].filter((file) => file.startsWith('src/postgres/'))).toEqual([])
      expect([...packages].filter((name) => name === 'pg' || name.startsWith('pg/'))).toEqual([])
    })
  }

  it('src/postgres/index.ts does reach pg (so the check above can fail)', () => {
    expect(reached('src/postgres/index.ts').packages.has('pg')).toBe(true)
  })
})
