// Parser for the knowledge-base files (corpora/kb/*.tsv, format in corpora/kb/FORMAT.md).
import { ID_PREFIX } from '../shared/ids.js'
import type { EntityType } from '../types.js'
import { expandForms } from './forms.js'

export interface KbEntry {
  id: string
  type: EntityType
  name: string
  aliases: readonly string[]
  /** Derived forms with `~` stems already expanded to all inflections. */
  forms: readonly string[]
  info: Readonly<Record<string, string>>
}

const COLUMNS = 6

function isEntityType(value: string): value is EntityType {
  return Object.prototype.hasOwnProperty.call(ID_PREFIX, value)
}

function splitList(field: string, separator: string): string[] {
  if (field === '') return []
  return field.split(separator).map((part) => part.trim()).filter((part) => part !== '')
}

function parseInfo(field: string, where: string): Record<string, string> {
  const info: Record<string, string> = {}
  for (const pair of splitList(field, ';')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new Error(`${where}: field info: "${pair}" is not key=value`)
    info[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim()
  }
  return info
}

/**
 * Entries of one KB file in file order. `seen` maps ids to where they were first defined, across files, so a
 * duplicate id is reported with both places. Throws on a malformed line, naming file, line and field.
 */
export function parseKb(text: string, file: string, seen: Map<string, string> = new Map()): KbEntry[] {
  const entries: KbEntry[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!
    if (line.trim() === '' || line.startsWith('#')) continue
    const where = `${file}:${i + 1}`
    const cols = line.split('\t')
    if (cols.length !== COLUMNS) throw new Error(`${where}: expected ${COLUMNS} tab-separated columns, found ${cols.length}`)
    const [id, type, name, aliases, forms, info] = cols as [string, string, string, string, string, string]
    if (!isEntityType(type)) throw new Error(`${where}: field type: unknown type "${type}"`)
    const prefix = ID_PREFIX[type]
    if (!id.startsWith(prefix + ':') || id.length === prefix.length + 1) {
      throw new Error(`${where}: field id: "${id}" must be ${prefix}:<slug> for type ${type}`)
    }
    const earlier = seen.get(id)
    if (earlier !== undefined) throw new Error(`${where}: field id: duplicate id "${id}" (first defined at ${earlier})`)
    seen.set(id, where)
    if (name.trim() === '') throw new Error(`${where}: field name: empty`)
    entries.push({
      id,
      type,
      name: name.trim(),
      aliases: splitList(aliases, '|'),
      forms: expandForms(splitList(forms, '|')),
      info: parseInfo(info, where),
    })
  }
  return entries
}
