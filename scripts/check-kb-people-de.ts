// Checks corpora/kb/people-de.tsv against corpora/kb/FORMAT.md and the curation rules of issue 4.
// node --import tsx --import ./scripts/corpora-hooks.mjs scripts/check-kb-people-de.ts [file] [--world file]
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs, fail } from './lib/args.js'

const KINDS = ['politician', 'business', 'sport', 'culture', 'media', 'religion', 'science', 'other'] as const
const INFO_KEYS = new Set(['kind', 'country', 'role'])
// Letters NFD does not split into base + mark.
const PLAIN_LETTERS: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe' }

interface Row {
  line: number
  id: string
  name: string
  aliases: string[]
  forms: string[]
  info: Map<string, string>
}

function slug(name: string): string {
  const lower = name.toLowerCase().replaceAll('ä', 'ae').replaceAll('ö', 'oe').replaceAll('ü', 'ue').replaceAll('ß', 'ss')
  const bare = lower.normalize('NFD').replace(/\p{M}/gu, '')
  let out = ''
  for (const ch of bare) {
    const plain = PLAIN_LETTERS[ch] ?? ch
    const isWordChar = /^[a-z0-9]+$/.test(plain)
    if (isWordChar) out += plain
    else if (out !== '' && !out.endsWith('-')) out += '-'
  }
  return out.endsWith('-') ? out.slice(0, -1) : out
}

function parseInfo(text: string): Map<string, string> {
  const info = new Map<string, string>()
  for (const pair of text === '' ? [] : text.split(';')) {
    const at = pair.indexOf('=')
    info.set(at < 0 ? pair : pair.slice(0, at), at < 0 ? '' : pair.slice(at + 1))
  }
  return info
}

function splitList(text: string): string[] {
  return text === '' ? [] : text.split('|')
}

function readRows(path: string, errors: string[]): Row[] {
  const rows: Row[] = []
  readFileSync(path, 'utf8').split('\n').forEach((text, index) => {
    if (text === '' || text.startsWith('#')) return
    const cells = text.split('\t')
    const line = index + 1
    if (cells.length !== 6) return void errors.push(`line ${line}: ${cells.length} columns, expected 6`)
    const [id, type, name, aliases, forms, info] = cells as [string, string, string, string, string, string]
    if (type !== 'person') errors.push(`line ${line}: type ${type}, expected person`)
    if (cells.some((cell) => cell !== cell.trim())) errors.push(`line ${line}: a field has outer whitespace`)
    rows.push({ line, id, name, aliases: splitList(aliases), forms: splitList(forms), info: parseInfo(info) })
  })
  return rows
}

function checkRow(row: Row, errors: string[], suffixed: string[]): void {
  const where = `line ${row.line} (${row.id})`
  const expected = slug(row.name)
  if (!row.id.startsWith('person:')) errors.push(`${where}: id must start with person:`)
  const suffix = row.id.slice('person:'.length)
  if (suffix.startsWith(`${expected}-`)) suffixed.push(row.id)
  else if (suffix !== expected) errors.push(`${where}: id suffix should be ${expected}`)
  const kind = row.info.get('kind') ?? ''
  if (!(KINDS as readonly string[]).includes(kind)) errors.push(`${where}: invalid kind "${kind}"`)
  const country = row.info.get('country')
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) errors.push(`${where}: invalid country "${country}"`)
  if (row.info.has('role') && row.info.get('role') === '') errors.push(`${where}: empty role`)
  for (const key of row.info.keys()) if (!INFO_KEYS.has(key)) errors.push(`${where}: unknown info key "${key}"`)
  const surname = row.name.split(' ').at(-1)
  for (const alias of row.aliases) {
    if (alias === '' || alias === row.name) errors.push(`${where}: empty alias or alias equal to the name`)
    if (alias === surname) errors.push(`${where}: bare surname "${alias}" as alias`)
  }
  if (new Set(row.aliases).size !== row.aliases.length) errors.push(`${where}: repeated alias`)
  for (const form of row.forms) if (form === '' || form.slice(0, -1).includes('~')) errors.push(`${where}: bad form "${form}"`)
}

function rank(row: Row): number {
  return (KINDS as readonly string[]).indexOf(row.info.get('kind') ?? '')
}

function checkOrder(rows: readonly Row[], errors: string[]): void {
  for (let i = 1; i < rows.length; i++) {
    const before = rows[i - 1]!
    const row = rows[i]!
    const inOrder = rank(before) < rank(row) || (rank(before) === rank(row) && before.id < row.id)
    if (!inOrder) errors.push(`line ${row.line}: out of order (sort by kind, then id)`)
  }
}

function namesOf(rows: readonly Row[]): Map<string, string> {
  const names = new Map<string, string>()
  for (const row of rows) for (const name of [row.name, ...row.aliases]) names.set(name, row.id)
  return names
}

function countBy(rows: readonly Row[], key: string): string {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const value = row.info.get(key) ?? '-'
    counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return [...counts].map(([value, n]) => `${value} ${n}`).join(', ')
}

const args = parseArgs(process.argv.slice(2))
const path = args.positional[0] ?? 'corpora/kb/people-de.tsv'
const worldFlag = args.flags.get('world')
const worldPath = typeof worldFlag === 'string' ? worldFlag : 'corpora/kb/people-world.tsv'
if (!existsSync(path)) fail(`${path} not found`)

const errors: string[] = []
const suffixed: string[] = []
const rows = readRows(path, errors)
const ids = new Set<string>()
for (const row of rows) {
  if (ids.has(row.id)) errors.push(`line ${row.line}: duplicate id ${row.id}`)
  ids.add(row.id)
  checkRow(row, errors, suffixed)
}
checkOrder(rows, errors)

const overlaps: string[] = []
if (existsSync(worldPath)) {
  const world = namesOf(readRows(worldPath, []))
  for (const [name, id] of namesOf(rows)) {
    const other = world.get(name)
    if (other !== undefined) overlaps.push(`${name}: ${id} here, ${other} in ${worldPath}`)
  }
}

process.stdout.write(`${rows.length} people in ${path}\n`)
process.stdout.write(`by kind: ${countBy(rows, 'kind')}\nby country: ${countBy(rows, 'country')}\n`)
if (suffixed.length > 0) process.stdout.write(`disambiguated ids: ${suffixed.join(', ')}\n`)
for (const overlap of overlaps) process.stdout.write(`also in world file: ${overlap}\n`)
for (const error of errors) process.stderr.write(`error: ${error}\n`)
if (errors.length > 0 || overlaps.length > 0) process.exit(1)
