// npm run check:kb [-- --json]
// Checks the hand-curated knowledge-base files (people-de, people-world, organizations, other) beyond what the loader
// enforces (shape, types, id prefixes, duplicate ids: src/lexicon/kb.ts parseKb): ids are the slug of the name
// (a `-suffix` disambiguates namesakes), kinds and info keys per type, ISO country codes, clean aliases (no generic
// nouns, no bare surnames), no surface naming two entries unless listed as shared on purpose (other.tsv: nor an entry of
// any other KB file), and the file order.
// places.tsv is generated (npm run build:corpora) and checked by test/kb.test.ts.
import { readFileSync } from 'node:fs'
import countries from 'i18n-iso-countries'
import { kbEntries, parseKb, slugify, type KbEntry } from '../src/lexicon/index.js'
import { ID_PREFIX } from '../src/shared/ids.js'
import { parseArgs } from './lib/args.js'

interface FileRules {
  file: string
  /** Allowed kinds, in the order the file is sorted by. */
  kinds: readonly string[]
  infoKeys: ReadonlySet<string>
  /** Within a kind: by id (people) or by name in German collation (organizations). */
  sortBy: 'id' | 'name'
  /** Surfaces compared case-folded (people: also across both people files) or exactly. */
  foldCase: boolean
  /** No surface, case-folded, may name an entry of another KB file, places included (other things: Tagesschau is media). */
  apart?: boolean
}

const PEOPLE_KINDS = ['politician', 'business', 'sport', 'culture', 'media', 'religion', 'science', 'other']
const ORGANIZATION_KINDS = ['agency', 'club', 'company', 'institution', 'international', 'media', 'militant', 'ngo', 'party']
const OTHER_KINDS = ['award', 'competition', 'event', 'history', 'law', 'product', 'work']
const PEOPLE = { kinds: PEOPLE_KINDS, infoKeys: new Set(['kind', 'country', 'role']), sortBy: 'id', foldCase: true } as const
const FILES: readonly FileRules[] = [
  { file: 'people-de.tsv', ...PEOPLE },
  { file: 'people-world.tsv', ...PEOPLE },
  { file: 'organizations.tsv', kinds: ORGANIZATION_KINDS, infoKeys: new Set(['kind', 'country', 'role', 'short']), sortBy: 'name', foldCase: false },
  { file: 'other.tsv', kinds: OTHER_KINDS, infoKeys: new Set(['kind', 'country']), sortBy: 'name', foldCase: false, apart: true },
]
const HEADER_LINES = 3

/** Surfaces that two entries really share; the linker decides them by context (the German and Austrian Greens, …). */
const SHARED_ON_PURPOSE = new Set(['Grüne', 'Grünen', 'Die Grünen', 'Nationalrat', 'RSF'])
/** Generic common nouns that must never be an alias on their own. */
const GENERIC = new Set([
  'Kommission', 'Parlament', 'Regierung', 'Partei', 'Bank', 'Konzern', 'Ministerium', 'Union', 'Senat', 'Kongress',
  'Gericht', 'Polizei', 'Armee', 'Zeit', 'Welt', 'Verband', 'Gewerkschaft', 'Stiftung', 'Kirche', 'Universität',
  'Finanzministerium', 'Innenministerium', 'Außenministerium', 'Verteidigungsministerium', 'Sicherheitsrat',
])
const collator = new Intl.Collator('de')

interface Checked {
  entries: KbEntry[]
  /** The raw forms column per entry (parseKb expands `~` stems). */
  rawForms: string[]
}

function read(rules: FileRules, seen: Map<string, string>, problems: string[]): Checked {
  const text = readFileSync(new URL(`../corpora/kb/${rules.file}`, import.meta.url), 'utf8')
  const lines = text.split('\n')
  if (lines.slice(0, HEADER_LINES).some((line) => !line.startsWith('#'))) problems.push(`${rules.file}: the first ${HEADER_LINES} lines must be comments`)
  const rawForms = lines.filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split('\t')[4] ?? '')
  try {
    return { entries: parseKb(text, rules.file, seen), rawForms }
  } catch (error) {
    problems.push((error as Error).message)
    return { entries: [], rawForms: [] }
  }
}

function checkEntry(rules: FileRules, entry: KbEntry, rawForms: string, problems: string[], disambiguated: string[]): void {
  const at = `${rules.file} ${entry.id}`
  const slug = slugify(entry.name)
  const suffix = entry.id.slice(ID_PREFIX[entry.type].length + 1)
  if (suffix.startsWith(slug + '-')) disambiguated.push(entry.id)
  else if (suffix !== slug) problems.push(`${at}: id should be ${ID_PREFIX[entry.type]}:${slug}`)
  const kind = entry.info['kind'] ?? ''
  if (!rules.kinds.includes(kind)) problems.push(`${at}: kind "${kind}" is not one of ${rules.kinds.join(', ')}`)
  for (const key of Object.keys(entry.info)) if (!rules.infoKeys.has(key)) problems.push(`${at}: unknown info key "${key}"`)
  const country = entry.info['country']
  if (country !== undefined && !countries.isValid(country)) problems.push(`${at}: country "${country}" is not ISO 3166 alpha-2`)
  const surname = entry.type === 'person' ? entry.name.split(' ').at(-1) : undefined
  const seen = new Set([entry.name])
  for (const alias of entry.aliases) {
    if (seen.has(alias)) problems.push(`${at}: alias "${alias}" repeats the name or another alias`)
    if (GENERIC.has(alias)) problems.push(`${at}: alias "${alias}" is a generic common noun`)
    if (alias === surname) problems.push(`${at}: alias "${alias}" is a bare surname`)
    seen.add(alias)
  }
  for (const form of rawForms === '' ? [] : rawForms.split('|')) {
    const tilde = form.indexOf('~')
    if (tilde >= 0 && (tilde !== form.length - 1 || form !== form.toLowerCase())) problems.push(`${at}: form "${form}": a ~ stem is lower case and ends in ~`)
    if (entry.type === 'person' && tilde < 0) problems.push(`${at}: a person's forms are adjective stems (~) only`)
  }
}

function checkOrder(rules: FileRules, entries: readonly KbEntry[], problems: string[]): void {
  const rank = (entry: KbEntry) => rules.kinds.indexOf(entry.info['kind'] ?? '')
  const within = (a: KbEntry, b: KbEntry) => (rules.sortBy === 'id' ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : collator.compare(a.name, b.name))
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [entries[i - 1]!, entries[i]!]
    if (rank(a) > rank(b) || (rank(a) === rank(b) && within(a, b) > 0)) problems.push(`${rules.file} ${b.id}: out of order (kind, then ${rules.sortBy})`)
  }
}

/** Names and aliases of the file's entries that, case-folded, name an entry of another KB file too. */
function apart(rules: FileRules, entries: readonly KbEntry[], problems: string[]): void {
  const own = new Set(entries.map((entry) => entry.id))
  const others = new Map<string, Set<string>>()
  for (const entry of kbEntries()) {
    if (own.has(entry.id)) continue
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = surface.toLowerCase()
      others.set(key, (others.get(key) ?? new Set()).add(entry.id))
    }
  }
  for (const entry of entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const ids = others.get(surface.toLowerCase())
      if (ids !== undefined) problems.push(`${rules.file} ${entry.id}: "${surface}" names ${[...ids].join(', ')} of another file`)
    }
  }
}

/** Surfaces (names and aliases) of more than one entry, keyed as the rules compare them. */
function clashes(owners: Map<string, Set<string>>, problems: string[], shared: string[]): void {
  for (const [surface, ids] of owners) {
    if (ids.size < 2) continue
    const note = `"${surface}" names ${[...ids].join(', ')}`
    // Namesakes (Gerd Müller, the footballer and the minister) share a name by nature; one id carries a suffix.
    if (SHARED_ON_PURPOSE.has(surface) || [...ids].some((id) => disambiguated.includes(id))) shared.push(note)
    else problems.push(`clash: ${note}`)
  }
}

const args = parseArgs(process.argv.slice(2))
const problems: string[] = []
const disambiguated: string[] = []
const shared: string[] = []
const counts: Record<string, Record<string, number>> = {}
const seenIds = new Map<string, string>()
const peopleSurfaces = new Map<string, Set<string>>()
for (const rules of FILES) {
  const { entries, rawForms } = read(rules, seenIds, problems)
  const surfaces = rules.foldCase ? peopleSurfaces : new Map<string, Set<string>>()
  entries.forEach((entry, i) => {
    checkEntry(rules, entry, rawForms[i] ?? '', problems, disambiguated)
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = rules.foldCase ? surface.toLowerCase() : surface
      surfaces.set(key, (surfaces.get(key) ?? new Set()).add(entry.id))
    }
    const kinds = (counts[rules.file] ??= {})
    kinds[entry.info['kind'] ?? '?'] = (kinds[entry.info['kind'] ?? '?'] ?? 0) + 1
  })
  checkOrder(rules, entries, problems)
  if (rules.apart) apart(rules, entries, problems)
  if (!rules.foldCase) clashes(surfaces, problems, shared)
}
clashes(peopleSurfaces, problems, shared)

if (args.json) process.stdout.write(JSON.stringify({ counts, disambiguated, sharedOnPurpose: shared, problems }, null, 2) + '\n')
else {
  for (const [file, kinds] of Object.entries(counts)) {
    const total = Object.values(kinds).reduce((a, b) => a + b, 0)
    process.stdout.write(`${file}: ${total} entries (${Object.entries(kinds).map(([kind, n]) => `${kind} ${n}`).join(', ')})\n`)
  }
  if (disambiguated.length > 0) process.stdout.write(`disambiguated ids: ${disambiguated.join(', ')}\n`)
  for (const note of shared) process.stdout.write(`shared on purpose: ${note}\n`)
  for (const problem of problems) process.stdout.write(`problem: ${problem}\n`)
}
process.exitCode = problems.length > 0 ? 1 : 0
