// Checks corpora/kb/people-world.tsv: shape, ids, kinds, countries, aliases, order, and overlap with people-de.tsv.
// node --import tsx --import ./scripts/corpora-hooks.mjs scripts/check-kb-people-world.ts [--json]
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { slugify } from '../src/lexicon/slug.js'
import { parseArgs } from './lib/args.js'

const KINDS = ['politician', 'business', 'sport', 'culture', 'media', 'religion', 'science', 'other'] as const
const INFO_KEYS = new Set(['kind', 'country', 'role'])

interface Row {
  line: number
  id: string
  name: string
  aliases: string[]
  kind: string
}

function kbPath(file: string): string {
  return fileURLToPath(new URL(`../corpora/kb/${file}`, import.meta.url))
}

function readRows(file: string, problems: string[]): Row[] {
  const rows: Row[] = []
  const lines = readFileSync(kbPath(file), 'utf8').split('\n')
  lines.forEach((raw, i) => {
    const line = i + 1
    if (raw.trim() === '' || raw.startsWith('#')) return
    const cols = raw.split('\t')
    const at = `${file}:${line}`
    if (cols.length !== 6) {
      problems.push(`${at}: ${cols.length} columns, expected 6`)
      return
    }
    const [id, type, name, aliases, forms, infoField] = cols as [string, string, string, string, string, string]
    const info = new Map<string, string>()
    for (const pair of infoField.split(';').filter((p) => p !== '')) {
      const eq = pair.indexOf('=')
      if (eq <= 0) problems.push(`${at}: info "${pair}" is not key=value`)
      else info.set(pair.slice(0, eq), pair.slice(eq + 1))
    }
    if (type !== 'person') problems.push(`${at}: type "${type}" is not person`)
    if (id !== `person:${slugify(name)}`) problems.push(`${at}: id ${id} does not match slug of "${name}"`)
    if (name !== name.trim() || name === '') problems.push(`${at}: name has stray spaces or is empty`)
    if (forms !== '') problems.push(`${at}: forms should be empty for people ("${forms}")`)
    for (const key of info.keys()) if (!INFO_KEYS.has(key)) problems.push(`${at}: unknown info key "${key}"`)
    const kind = info.get('kind') ?? ''
    if (!(KINDS as readonly string[]).includes(kind)) problems.push(`${at}: kind "${kind}" is not one of ${KINDS.join(', ')}`)
    const country = info.get('country')
    if (country !== undefined && !/^[A-Z]{2}$/.test(country)) problems.push(`${at}: country "${country}" is not ISO alpha-2`)
    rows.push({ line, id, name, aliases: aliases === '' ? [] : aliases.split('|'), kind })
  })
  return rows
}

function checkAliases(rows: Row[], file: string, problems: string[]): void {
  const owner = new Map<string, string>()
  const claim = (text: string, id: string, at: string): void => {
    const key = text.toLowerCase()
    const previous = owner.get(key)
    if (previous !== undefined && previous !== id) problems.push(`${at}: "${text}" names both ${previous} and ${id}`)
    owner.set(key, id)
  }
  for (const row of rows) {
    const at = `${file}:${row.line}`
    claim(row.name, row.id, at)
    const surname = row.name.split(' ').at(-1) ?? ''
    for (const alias of row.aliases) {
      if (alias.trim() !== alias || alias === '') problems.push(`${at}: alias "${alias}" is empty or has stray spaces`)
      if (alias === row.name) problems.push(`${at}: alias repeats the name`)
      if (!alias.includes(' ') && alias === surname) problems.push(`${at}: alias "${alias}" is a bare surname`)
      claim(alias, row.id, at)
    }
  }
}

function checkOrder(rows: Row[], file: string, problems: string[]): void {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!
    const b = rows[i]!
    const ka = KINDS.indexOf(a.kind as (typeof KINDS)[number])
    const kb = KINDS.indexOf(b.kind as (typeof KINDS)[number])
    if (ka > kb || (ka === kb && a.id > b.id)) problems.push(`${file}:${b.line}: out of order (kind, then id)`)
  }
}

/** People in both files: same id, or a name/alias of one equal to a name/alias of the other. */
function overlap(world: Row[], de: Row[]): string[] {
  const deNames = new Map<string, string>()
  for (const row of de) for (const text of [row.name, ...row.aliases]) deNames.set(text.toLowerCase(), row.id)
  const deIds = new Set(de.map((row) => row.id))
  const found: string[] = []
  for (const row of world) {
    const hit = deIds.has(row.id) ? row.id : [row.name, ...row.aliases].map((t) => deNames.get(t.toLowerCase())).find((x) => x)
    if (hit !== undefined) found.push(`${row.id} (line ${row.line}) ~ people-de ${hit}`)
  }
  return found
}

const args = parseArgs(process.argv.slice(2))
const problems: string[] = []
const rows = readRows('people-world.tsv', problems)
const ids = new Set<string>()
for (const row of rows) {
  if (ids.has(row.id)) problems.push(`people-world.tsv:${row.line}: duplicate id ${row.id}`)
  ids.add(row.id)
}
checkAliases(rows, 'people-world.tsv', problems)
checkOrder(rows, 'people-world.tsv', problems)
const deProblems: string[] = []
const dupes = overlap(rows, readRows('people-de.tsv', deProblems))
const perKind = Object.fromEntries(KINDS.map((kind) => [kind, rows.filter((row) => row.kind === kind).length]))

if (args.json) {
  process.stdout.write(JSON.stringify({ people: rows.length, perKind, problems, overlapWithPeopleDe: dupes }, null, 2) + '\n')
} else {
  process.stdout.write(`people-world.tsv: ${rows.length} people\n`)
  for (const [kind, n] of Object.entries(perKind)) process.stdout.write(`  ${kind.padEnd(10)} ${n}\n`)
  process.stdout.write(`problems: ${problems.length}\n`)
  for (const p of problems) process.stdout.write(`  ${p}\n`)
  process.stdout.write(`overlap with people-de.tsv: ${dupes.length}\n`)
  for (const d of dupes) process.stdout.write(`  ${d}\n`)
}
process.exitCode = problems.length > 0 || dupes.length > 0 ? 1 : 0
