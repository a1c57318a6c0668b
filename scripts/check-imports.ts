// npm run check:imports [-- --json]
// Enforces the layering of src/: a module imports from its own layer or a lower one, never a higher one; every file
// sits in a layer; no import cycles between files (type-only imports included). Exit code 1 on any violation.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join, posix } from 'node:path'
import { checkImports, violationCount, type ImportReport } from './lib/imports.js'
import { parseArgs } from './lib/args.js'

/** The layers of src/, lowest first; the stages in pipeline order. A folder ends in `/`; a listed path may not exist yet. */
const LAYERS: readonly string[] = [
  'src/types.ts', // public shapes
  'src/shared/', // facts and helpers every stage uses
  'src/lexicon/', // bundled data, parsed lazily
  'src/stem/', // the Snowball stemmer
  'src/analysis.ts', // the per-document record the stages fill
  'src/stage.ts', // the stage contract
  'src/normalize/', // stage: the same-length view of the text that later stages read
  'src/tokenize/', // stage: tokens and sentences
  'src/sections/', // stage: title, lead, body and the page furniture around them
  'src/recognize/', // stage: named-entity mentions
  'src/link/', // stage: mentions linked into entities with canonical names and ids
  'src/topics/', // stage: topics by weight, salient entities and keyphrases
  'src/terms/', // stage: the document's term vector
  'src/doc/', // the Doc over an analysis
  'src/related/', // relatedness and the related-articles index, which read tagged documents
  'src/engine/', // the engine that owns state and runs the pipeline
  'src/index.ts', // the public entry
  'src/batch/', // the batch entry (schlagwort/batch, Node only), built on the public entry
  'src/postgres/', // the PostgreSQL store (schlagwort/postgres, needs the pg package), built on src/related
  'src/cli/', // the command line
]

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The checked files under `folder` (relative to the repository root): .ts, without declarations and AssemblyScript. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    const checked = entry.isFile() && path.endsWith('.ts') && !path.endsWith('.d.ts') && !path.endsWith('.as.ts')
    return checked ? [path] : []
  })
}

function print(report: ImportReport, json: boolean): void {
  const violations = [...report.unplaced, ...report.unresolved, ...report.upward, ...report.cycles]
  console.log(`files: ${report.files}, imports: ${report.imports} (${report.edges} between files of src/)`)
  for (const line of violations) console.log(line)
  console.log(violations.length === 0 ? 'ok' : `${violations.length} violations`)
  if (!json) return
  const { files, imports } = report
  const counts = { upward: report.upward.length, cycles: report.cycles.length, unplaced: report.unplaced.length, unresolved: report.unresolved.length }
  console.log(JSON.stringify({ task: 'imports', files, imports, ...counts, ok: violations.length === 0 }))
}

const args = parseArgs(process.argv.slice(2))
const sources = new Map(sourceFiles('src').map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]))
const report = checkImports(sources, LAYERS)
print(report, args.json)
process.exitCode = violationCount(report) === 0 ? 0 : 1
