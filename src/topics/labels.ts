// A keyphrase's label: the base form of the noun behind a candidate's surface forms (Krisenherden → Krisenherd).
import { compoundTail, isAttestedWord, isCommonNoun, isEnglishWord, isNounLemma, isWeakSuffixPlural, nounLemma, nounRank, wordFrequencies } from '../lexicon/index.js'
import type { LexemeTable } from '../shared/lexemes.js'
import { stemGerman } from '../stem/index.js'

const MIN_LENGTH = 4

/**
 * The noun lexicon's base form of a label (Krisenherden → Krisenherd, Programmkinos → Programmkino, Eltern stays); a
 * word the lexicon lists as a base form itself stays as it is (Laden, not Lade).
 */
export function lemmaOf(form: string): string | undefined {
  if (isInfinitive(form)) return form
  return isNounLemma(form) ? form : (nounLemma(form) ?? swissLemma(form) ?? genderedLemma(form))
}

/**
 * Infinitives of prefixed verbs in -innen, which read as plurals of nouns in -in (Verzinnen, Beginnen, Gewinnen: no
 * Verzin); feminine plurals in -innen have no such prefix before a one-letter stem (Kolleginnen, Bewerberinnen).
 */
const INNEN_INFINITIVE = /^(?:Ver|Be|Ge|Ent|Zer)[gswz]innen$/
/** A compound head this short that ends an infinitive in -ieren is a chance split (Dekan|tieren, not Dekantieren). */
const MAX_IEREN_TAIL = 6

/**
 * A nominalised verb that the lexicon reads as another noun's form (das Dekantieren, das Verzinnen): its own lemma,
 * and a nominalised verb. Infinitives in -ieren count where the lexicon splits off a short head (Tieren of
 * Dekantieren), not plurals it knows (Turnieren, Frauenkarrieren) nor nouns general German writes (Haustieren).
 */
export function isInfinitive(form: string): boolean {
  if (INNEN_INFINITIVE.test(form)) return true
  if (!form.endsWith('ieren') || nounRank(form.toLowerCase()) !== undefined) return false
  const tail = compoundTail(form)
  return tail !== '' && tail.length <= MAX_IEREN_TAIL
}

const SHARP_S = /ss/g
const SWISS_SS = /ß/g

/**
 * A form in Swiss spelling, ss for ß, that the lexicon knows in its ß spelling (Schutzmassnahmen: Schutzmassnahme),
 * labelled by that lemma spelled the Swiss way, as the article writes.
 */
function swissLemma(form: string): string | undefined {
  if (!form.includes('ss') || form.includes('ß')) return undefined
  const lemma = nounLemma(form.replace(SHARP_S, 'ß'))
  return lemma === undefined ? undefined : lemma.replace(SWISS_SS, 'ss')
}

/** A plural written for both sexes (Expert*innen, Lehrer_innen, Bürger:innen): its singular so written (Expert*in). */
const GENDERED_PLURAL = /^(\p{Lu}[\p{L}-]*[*_:])innen$/u

function genderedLemma(form: string): string | undefined {
  const match = GENDERED_PLURAL.exec(form)
  return match === null ? undefined : `${match[1]}in`
}

const ENDINGS: readonly string[] = ['s', 'es', 'n', 'en', 'e']
/**
 * Plural endings tried against the attested words, longest first (Insolvenzen before -n). Not -e: too many singulars
 * end in it whose stem is another word (Platine and Platin, Mobile and mobil).
 */
const PLURAL_ENDINGS: readonly string[] = ['en', 'n']
/** The least length of a singular read off a plural in -e the lexicon lacks. */
const MIN_E_SINGULAR = 7
const VOWELS = 'aeiouäöüy'
const NOT_DATIVE: ReadonlySet<string> = new Set(['Eltern', 'Ostern', 'Gestern', 'Geschwistern'])
/** Endings of English plurals in -es, which German does not form (its genitives in -ches and -sses are of nouns the lexicon knows: Baches, Prozesses). */
const ENGLISH_ES_PLURALS: readonly string[] = ['tches', 'shes', 'xes', 'zzes', 'sses']

/**
 * An English plural in -s, alone, after a hyphen or closing a compound (Blackberrys, Online-Shops, Webshops): what is
 * left is, or ends in, a common English word.
 * German -s plurals of the lexicon's nouns (Autos) never get here.
 */
function isEnglishPlural(label: string): boolean {
  if (!label.endsWith('s') || label.endsWith('ss') || label.length - 1 < MIN_LENGTH) return false
  const part = label.slice(label.lastIndexOf('-') + 1, -1).toLowerCase()
  if (part.length < MIN_LENGTH) return false
  if (isEnglishWord(part)) return true
  // A closed compound whose head is such a word (Onlineshops, Werbespots); a German genitive so ending (Werbefilms)
  // loses its s as well.
  for (let start = 1; part.length - start >= MIN_LENGTH; start++) if (isEnglishWord(part.slice(start))) return !isCommonNoun(label)
  return false
}

/**
 * The dictionary form behind an inflected label the lexicon lacks, when the background word list attests it with
 * the same stem (Fortschritte → Fortschritt); else the label without a genitive s (Gleichgewichts → Gleichgewicht);
 * else the label.
 */
export function baseOf(label: string, key: string): string {
  // An English plural in -es after a hissing sound (Matches, Crashes, Sketches): its singular drops the e too.
  if (ENGLISH_ES_PLURALS.some((ending) => label.endsWith(ending)) && label.length - 2 >= MIN_LENGTH) return label.slice(0, -2)
  if (isEnglishPlural(label)) return label.slice(0, -1)
  const counts = wordFrequencies()
  let best = label
  let bestCount = counts.get(label.toLowerCase()) ?? 0
  for (const ending of ENDINGS) {
    if (!label.endsWith(ending) || label.length - ending.length < MIN_LENGTH) continue
    const form = label.slice(0, -ending.length)
    const count = counts.get(form.toLowerCase()) ?? 0
    if (count > bestCount && stemGerman(form.toLowerCase()) === key) {
      best = form
      bestCount = count
    }
  }
  if (best !== label) return best
  const without = (n: number) => label.slice(0, -n)
  // A plural of a weak noun of a foreign suffix (Jihadisten, Maturanten, Sunniten): its singular has no -e, unless
  // general German attests one (Tomaten of Tomate).
  if (isWeakSuffixPlural(label) && stemGerman(without(2).toLowerCase()) === key && !isAttestedWord(`${without(2)}e`.toLowerCase())) return without(2)
  // A plural of a word the noun lexicon lacks, when general German attests what is left (Insolvenzen, Pandemien) and the
  // label itself is not attested as it stands.
  if (!isAttestedWord(label.toLowerCase())) {
    for (const ending of PLURAL_ENDINGS) {
      if (!label.endsWith(ending) || label.length - ending.length < MIN_LENGTH) continue
      const form = without(ending.length)
      if (isAttestedWord(form.toLowerCase()) && stemGerman(form.toLowerCase()) === key) return form
    }
    // A plural in -e of a longer word ending in a consonant (Korridore → Korridor): short stems are too often another
    // word (Platine, Mobile).
    const form = without(1)
    if (label.endsWith('e') && form.length >= MIN_E_SINGULAR && !VOWELS.includes(form[form.length - 1]!) && isAttestedWord(form.toLowerCase()) && stemGerman(form.toLowerCase()) === key) return form
  }
  // Genitive s (Gleichgewichts) and dative plural n after -er/-el (Zuschauern, Fördermitteln) are regular; an English
  // word in -ern or -eln is none (Eastern, Travel), nor a noun the common-noun list holds as written (Western).
  // Not after -ie, where the s is part of the word or an English plural (Spezies, Securities).
  if (label.length > MIN_LENGTH && label.endsWith('s') && !label.endsWith('ies') && stemGerman(without(1).toLowerCase()) === key) return without(1)
  if ((label.endsWith('ern') || label.endsWith('eln')) && !NOT_DATIVE.has(label) && !isEnglishWord(label.toLowerCase()) && !isCommonNoun(label) && stemGerman(without(1).toLowerCase()) === key) return without(1)
  // A plural in -eln, which the stemmer keeps whole (Klauseln, Preisanpassungsklauseln), when it is the key's own form:
  // German nouns in -eln are plurals of nouns in -el.
  if (label.endsWith('eln') && label.length - 1 > MIN_LENGTH && stemGerman(label.toLowerCase()) === key) return without(1)
  return label
}

/** Adds one occurrence of a surface form to a flat list: lexeme, times seen, lexeme, times seen, … */
export function addForm(forms: number[], lexeme: number): void {
  for (let k = 0; k < forms.length; k += 2) {
    if (forms[k] === lexeme) {
      forms[k + 1]!++
      return
    }
  }
  forms.push(lexeme, 1)
}

/** The base form among a stem's surface forms: the shortest (Gipfeltreffen before Gipfeltreffens), then most seen. */
export function labelForm(forms: readonly number[], table: LexemeTable): number {
  let best = -1
  let bestText = ''
  let bestCount = 0
  for (let k = 0; k < forms.length; k += 2) {
    const form = forms[k]!
    const count = forms[k + 1]!
    const text = table.strings[form]!
    if (bestText === '' || text.length < bestText.length || (text.length === bestText.length && (count > bestCount || (count === bestCount && text < bestText)))) {
      best = form
      bestText = text
      bestCount = count
    }
  }
  return best
}

/** The most seen surface form that `accept` takes (ties: the first seen), or ''. */
export function mostSeenForm(forms: readonly number[], table: LexemeTable, accept: (text: string) => boolean): string {
  let best = ''
  let bestCount = 0
  for (let k = 0; k < forms.length; k += 2) {
    const text = table.strings[forms[k]!]!
    if (forms[k + 1]! > bestCount && accept(text)) {
      best = text
      bestCount = forms[k + 1]!
    }
  }
  return best
}
