// An institution named after its place is one organisation: `Polizeidirektion Dresden`, `Staatsanwaltschaft Graz`,
// `Verbraucherzentrale Nordrhein-Westfalen`, `Universität Zürich`, `Radio Niederösterreich`, `S-Bahn Hannover`; a
// district likewise one place (`Landkreis Rottal-Inn`). The recogniser often sees only the place: a place mention
// right after such a head word (src/lexicon/institutions.ts) becomes the whole name.
import type { MentionInput, SectionRange, TokenTable } from '../analysis.js'
import { headKind } from '../lexicon/index.js'
import { isLetter, isLower, isUpper } from '../shared/chars.js'
import type { WordAt } from '../tokenize/index.js'

/** The word right before `offset` when a single space parts them: [start, end], or undefined. */
function headBefore(view: string, offset: number): [number, number] | undefined {
  // Heads end in a lower-case letter: most words before a name (in, die, nach) are passed over here.
  if (offset < 2 || view[offset - 1] !== ' ' || !isLower(view[offset - 2]!)) return undefined
  const end = offset - 1
  let start = end
  while (start > 0 && (isLetter(view[start - 1]!) || view[start - 1] === '-')) start--
  return start < end && isUpper(view[start]!) ? [start, end] : undefined
}

/**
 * Mentions with every place (or organisation) name that follows an institution head joined to it as one organisation
 * name; a mention of the head word alone is absorbed. `mentions` are in text order and do not overlap.
 */
export function joinInstitutions(view: string, mentions: readonly MentionInput[]): MentionInput[] {
  const out: MentionInput[] = []
  for (const mention of mentions) {
    if (mention.kind !== 'name' || (mention.label !== 'LOC' && mention.label !== 'ORG')) {
      out.push(mention)
      continue
    }
    const head = headBefore(view, mention.start)
    const kind = head && headKind(view.slice(head[0], head[1]))
    if (!head || kind === undefined) {
      out.push(mention)
      continue
    }
    const previous = out[out.length - 1]
    if (previous && previous.end > head[0]) {
      // The head word is a mention of its own (`Verbraucherzentrale` tagged alone): absorbed, unless it is longer.
      if (previous.start < head[0]) {
        out.push(mention)
        continue
      }
      out.pop()
    }
    out.push({ start: head[0], end: mention.end, label: kind === 'district' ? 'LOC' : 'ORG', kind: 'name' })
  }
  return out
}

const MAX_FIELD_WORDS = 6
const GENITIVES: ReadonlySet<string> = new Set(['der', 'des'])
/** Words before a head that make it a common noun phrase, not a name. */
const NO_NAME_AFTER: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'neues', 'neue', 'neuen', 'neuer', 'kein', 'keine', 'jedes', 'jede', 'jeder', 'jeden', 'weiteres', 'weitere', 'weiteren', 'eigenes', 'eigene', 'eigenen', 'solches', 'solche'])

function isCapitalised(word: string): boolean {
  return word.length > 1 && isUpper(word[0]!)
}

/** A derived adjective that opens an institution's name: Österreichisches, Bayerische, Sächsischen. */
function isNameAdjective(word: string): boolean {
  return isCapitalised(word) && (word.endsWith('isches') || word.endsWith('ische') || word.endsWith('ischen') || word.endsWith('ischer'))
}

/**
 * Institutions named by their field: `Landesamt für Umwelt Rheinland-Pfalz`, `Bundesministerium für Arbeit und
 * Soziales`, `Österreichisches Institut für Wirtschaftsforschung`, `Ministerium für Kultus, Jugend und Sport`. A head
 * word, `für` (`isFor`: the caller compares lexemes), capitalised words joined by commas and `und`, and a known place
 * or a known name in the genitive (`der Bundeswehr`) at the end; mentions inside the span are replaced by it, a span
 * that would cut a mention is left alone; after an indefinite article (`ein neues Zentrum für …`) it is no name.
 */
export function addFieldInstitutions(tokens: TokenTable, sections: readonly SectionRange[], wordAt: WordAt, isFor: (token: number) => boolean, isPlace: (word: string) => boolean, isKnown: (word: string) => boolean, mentions: readonly MentionInput[]): MentionInput[] {
  const found: MentionInput[] = []
  let t = 0
  for (const section of sections) {
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    for (; t + 2 < tokens.count && tokens.ends[t + 2]! <= section.end; t++) {
      if (!isFor(t + 1) || headKind(wordAt(t)) !== 'institution' || !isCapitalised(wordAt(t + 2))) continue
      let end = t + 3
      let words = 1
      while (end + 1 < tokens.count && tokens.ends[end + 1]! <= section.end && words < MAX_FIELD_WORDS) {
        const joiner = wordAt(end)
        if ((joiner === ',' || joiner === 'und') && isCapitalised(wordAt(end + 1)) && !isPlace(wordAt(end + 1))) {
          end += 2
          words++
        } else break
      }
      if (end < tokens.count && tokens.ends[end]! <= section.end && isPlace(wordAt(end))) end++
      else if (end + 1 < tokens.count && tokens.ends[end + 1]! <= section.end && GENITIVES.has(wordAt(end)) && isKnown(wordAt(end + 1))) end += 2
      const first = t > 0 && isNameAdjective(wordAt(t - 1)) ? t - 1 : t
      // `ein neues Zentrum für Gentherapie` is no name: a name's head takes the definite article or none.
      if (first > 0 && NO_NAME_AFTER.has(wordAt(first - 1))) continue
      found.push({ start: tokens.starts[first]!, end: tokens.ends[end - 1]!, label: 'ORG', kind: 'name' })
      t = end - 1
    }
  }
  return found.length === 0 ? [...mentions] : mergeSpans(mentions, found)
}

/** `found` spans win over the mentions inside them; one that would cut a mention in two is dropped. */
function mergeSpans(mentions: readonly MentionInput[], found: readonly MentionInput[]): MentionInput[] {
  const out: MentionInput[] = []
  let m = 0
  for (const span of found) {
    while (m < mentions.length && mentions[m]!.end <= span.start) out.push(mentions[m++]!)
    let k = m
    let cuts = false
    while (k < mentions.length && mentions[k]!.start < span.end) {
      if (mentions[k]!.start < span.start || mentions[k]!.end > span.end) cuts = true
      k++
    }
    if (cuts) continue
    out.push(span)
    m = k
  }
  while (m < mentions.length) out.push(mentions[m++]!)
  return out
}

/** Endings of one-word names of a government's departments (Finanzministerium, Kultusministerium). */
const DEPARTMENT_HEADS: readonly string[] = ['ministerium', 'ministerien']
/** Prefixes that leave such a word generic: das Bundesministerium, ein Landesministerium. */
const GENERIC_PREFIXES: ReadonlySet<string> = new Set(['', 'bundes', 'landes', 'staats', 'fach', 'partner'])
const DEFINITE: ReadonlySet<string> = new Set(['das', 'dem', 'des', 'vom', 'im', 'beim', 'ins', 'zum'])

/** One capitalised word naming a department: Finanzministerium, Kultus-Ministerium; not Bundesministerium. */
export function isDepartment(word: string): boolean {
  const head = DEPARTMENT_HEADS.find((ending) => word.endsWith(ending))
  if (head === undefined || !isCapitalised(word)) return false
  let prefix = word.slice(0, -head.length).toLowerCase()
  if (prefix.endsWith('-')) prefix = prefix.slice(0, -1)
  return !GENERIC_PREFIXES.has(prefix)
}

/**
 * A department named by one word after a definite article (`das Finanzministerium`, `vom Kultusministerium`) is an
 * organisation the recogniser often passes over: a mention of its own unless one covers it already. `isDepartmentAt`
 * tells such words by token (the caller caches it per word).
 */
export function addDepartments(tokens: TokenTable, sections: readonly SectionRange[], wordAt: WordAt, isDepartmentAt: (token: number) => boolean, mentions: readonly MentionInput[]): MentionInput[] {
  const found: MentionInput[] = []
  let t = 1
  for (const section of sections) {
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    for (; t < tokens.count && tokens.ends[t]! <= section.end; t++) {
      if (!isDepartmentAt(t) || !DEFINITE.has(wordAt(t - 1).toLowerCase())) continue
      found.push({ start: tokens.starts[t]!, end: tokens.ends[t]!, label: 'ORG', kind: 'name' })
    }
  }
  return found.length === 0 ? [...mentions] : mergeSpans(mentions, found)
}
