// German noun lemmas (corpora/lexicon/noun-lemmas.tsv, CC BY-SA 4.0, from german-pos-dict): a full form's base form,
// e.g. to show a topic label as Krisenherd rather than Krisenherden. The file's format is described in its header and
// in scripts/train/lemmas.ts, which writes it.
import { eszettSpelling, swissSpelling, withoutLastUmlaut } from '../shared/chars.js'
import { FNV_OFFSET, hashBackward } from '../shared/hash.js'
import { HashSet } from '../shared/hash-set.js'
import { adjectiveStem } from './adjectives.js'
import { isAttestedWord, nounRank } from './background.js'
import { corporaFile } from './bundle.js'
import { stopwords } from './stopwords.js'

interface Paradigm {
  /** The suffixes that make the lemma's other forms (Konzern: s, es, e, en). */
  readonly suffixes: ReadonlySet<string>
  /** Forms not made by a suffix: letters dropped from the lemma's end, text appended (Markt: 4ärkte, 4ärkten). */
  readonly replaced: ReadonlyArray<readonly [number, string]>
  /** Whether the noun has a plural (not Wissen, nor the nominalised verbs such as Arbeiten). */
  readonly plural: boolean
  /** A nominalised adjective or participle (Beschäftigte, Abstimmende). */
  readonly adjectival: boolean
  readonly gender: Gender
}

/** A noun's grammatical gender, '' where the list gives none. */
export type Gender = 'm' | 'f' | 'n' | ''

interface LemmaTable {
  /** Lemma → its paradigm (lemmas of one pattern share it). */
  readonly lemmas: ReadonlyMap<string, Paradigm>
  /** The lengths of all paradigms' suffixes, shortest first. */
  readonly suffixLengths: readonly number[]
  /** Forms that are not lemma + suffix (Märkte, Märkten, Daten) → their lemmas. */
  readonly replaced: ReadonlyMap<string, readonly string[]>
  /**
   * The backward hash (hashBackward) of every form listedLemma knows: a word whose hash is missing has no listed
   * lemma, which spares a compound's analysis the lookups of every split that ends in no noun.
   */
  readonly forms: HashSet
}



const FILE = 'corpora/lexicon/noun-lemmas.tsv'
/** A noun as the list writes it: a capital letter, then letters and hyphens. */
const NOUN_WORD = /^\p{Lu}[\p{L}-]*$/u
/** Characters a compound keeps before its head (Krisen-herden, EU-Gipfeln), and the head's least length. */
const MIN_MODIFIER = 3
const MIN_HEAD = 3

let table: LemmaTable | undefined

function parseLemmas(text: string): LemmaTable {
  const patterns = new Map<string, Paradigm>()
  const lemmas = new Map<string, Paradigm>()
  const replaced = new Map<string, string[]>()
  const lengths = new Set<number>()
  const forms: number[] = []
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [key, value, flag] = line.split('\t') as [string, string | undefined, string | undefined]
    if (key === '' || value === undefined) throw new Error(`${FILE}: bad line ${JSON.stringify(line)}`)
    if (key.startsWith('@')) {
      const suffixes = new Set<string>()
      const other: Array<readonly [number, string]> = []
      for (const form of value === '' ? [] : value.split(',')) {
        const drop = /^\d+/.exec(form)
        if (drop) other.push([Number(drop[0]), form.slice(drop[0].length)])
        else {
          suffixes.add(form)
          lengths.add(form.length)
        }
      }
      const flags = flag === undefined ? [] : flag.split(',')
      const gender = flags.find((f): f is Gender => f === 'm' || f === 'f' || f === 'n') ?? ''
      patterns.set(key.slice(1), { suffixes, replaced: other, plural: !flags.includes('sg'), adjectival: flags.includes('adj'), gender })
      continue
    }
    const pattern = patterns.get(value)
    if (pattern === undefined) throw new Error(`${FILE}: unknown pattern ${JSON.stringify(value)} of ${key}`)
    lemmas.set(key, pattern)
    forms.push(hashBackward(FNV_OFFSET, key))
    for (const suffix of pattern.suffixes) forms.push(hashBackward(hashBackward(FNV_OFFSET, suffix), key))
    for (const [drop, text] of pattern.replaced) {
      const form = key.slice(0, key.length - drop) + text
      const list = replaced.get(form)
      if (list === undefined) replaced.set(form, [key])
      else list.push(key)
      forms.push(hashBackward(FNV_OFFSET, form))
    }
  }
  for (const word of OWN_SENSES) forms.push(hashBackward(FNV_OFFSET, word))
  for (const [plural, lemma] of OWN_PLURALS) {
    replaced.set(plural, [...(replaced.get(plural) ?? []), lemma])
    forms.push(hashBackward(FNV_OFFSET, plural))
  }
  return { lemmas, suffixLengths: [...lengths].sort((a, b) => a - b), replaced, forms: HashSet.of(forms) }
}

function lemmaTable(): LemmaTable {
  table ??= parseLemmas(corporaFile('lexicon/noun-lemmas.tsv'))
  return table
}

/** A paradigm of one form, with no gender: how the source lists plural-only nouns (Eltern, Kosten). */
const isBare = (paradigm: Paradigm): boolean => paradigm.suffixes.size === 0 && paradigm.replaced.length === 0 && paradigm.gender === '' && !paradigm.adjectival

/**
 * Words whose own sense in news is commoner than the other lemma they are a form of, their own lemma: plurals whose
 * sense is plural-only (Daten are data, rarely dates; Handydaten), and nouns the source lists only as the neuter
 * nominalised verb (das Laden, das Reifen), not as the masculine noun news means (der Laden, der Reifen), so that
 * they would yield to Lade and Reife (Dorfladen → Dorflade).
 */
const OWN_SENSES: ReadonlySet<string> = new Set(['Daten', 'Laden', 'Reifen'])
/** Their plurals that the source therefore lacks (Läden; Reifen is its own plural). */
const OWN_PLURALS: ReadonlyArray<readonly [string, string]> = [['Läden', 'Laden']]

/**
 * Of two lemmas of one form: the commoner in the background noun list (Hallen → Halle, not Hall), one the list has
 * over one it lacks; else the shorter, then the alphabetically first.
 */
function better(a: string, b: string): boolean {
  const rankA = nounRank(a.toLowerCase())
  const rankB = nounRank(b.toLowerCase())
  if (rankA !== undefined || rankB !== undefined) return rankB === undefined || (rankA !== undefined && rankA < rankB)
  return a.length < b.length || (a.length === b.length && a < b)
}

/**
 * The lemma of a form the list holds, or undefined. A listed lemma with a plural is its own lemma, even when it is a
 * form of another lemma too (Herde, not Herd; Marke, not Mark). Otherwise the word's lemmas other than itself decide:
 * the commoner in general German (Hallen → Halle, not Hall), else the shortest, then the alphabetically first
 * (Herden → Herd, not Herde; Bussen → Bus, not Busse); see better. So a listed noun
 * without plural yields to them (Arbeiten, the nominalised verb, → Arbeit; Zahlen → Zahl), but not to a lemma whose
 * genitive in -s or -es it looks like (Eis stays, not Ei), and is its own lemma when it is no other lemma's form
 * (Wissen; the plural-only Eltern).
 */
function listedLemma(data: LemmaTable, word: string): string | undefined {
  if (!data.forms.has(hashBackward(FNV_OFFSET, word))) return undefined
  if (OWN_SENSES.has(word)) return word
  const own = data.lemmas.get(word)
  // A form the source also lists as a word of its own with no other form and no gender (Typen, Alben, Modems: a
  // plural taken for a plural-only noun) competes with the lemmas it is a form of, the commoner winning (Typen → Typ;
  // Finanzen and Grünen stay).
  const bare = own !== undefined && isBare(own)
  // A masculine or feminine noun without plural is no nominalised verb (der Westen, not the plural of Weste); a
  // nominalised adjective yields to a noun it is a form of (Rechte of Recht, not das Rechte).
  if (own !== undefined && !bare && !own.adjectival && (own.plural || own.gender === 'm' || own.gender === 'f')) return word
  let best: string | undefined = bare ? word : undefined
  for (const length of data.suffixLengths) {
    if (length >= word.length) break
    const stem = word.slice(0, word.length - length)
    const suffix = word.slice(word.length - length)
    if (own !== undefined && !bare && (suffix === 's' || suffix === 'es')) continue
    if (data.lemmas.get(stem)?.suffixes.has(suffix) && (best === undefined || better(stem, best))) best = stem
  }
  for (const lemma of data.replaced.get(word) ?? []) if (lemma !== word && (best === undefined || better(lemma, best))) best = lemma
  return best ?? (own ? word : undefined)
}

/**
 * The source keeps one plural per lemma, so a second regular one is missing (Tore beside its Toren, Banken beside
 * Bänke, Tagen beside Tags): a strong masculine or neuter lemma + e, + en or + es (its genitive), a feminine lemma
 * + en, when the word is no listed form at all; a strong lemma's umlaut plural the source lacks (Löhne).
 */
function secondPlural(data: LemmaTable, word: string): string | undefined {
  if (word.length <= MIN_MODIFIER) return undefined
  if (word.endsWith('en')) {
    // Banken of Bank; the dative plural of a plural in -e (Tagen of Tag).
    const stem = word.slice(0, -2)
    const paradigm = data.lemmas.get(stem)
    if (paradigm !== undefined && (paradigm.gender === 'f' || isStrong(paradigm))) return stem
  }
  if (word.endsWith('e')) {
    const paradigm = data.lemmas.get(word.slice(0, -1))
    if (paradigm !== undefined && isStrong(paradigm)) return word.slice(0, -1)
  }
  // The genitive in -es beside the one in -s that the source keeps (Tores beside Tors), where general German writes it
  // (no chance head: Leben|slanges, Flop|pies); not an adjective's ending (Altes, of alt, not of the voice Alt).
  if (word.endsWith('es') && isGeneralNounWord(word.toLowerCase())) {
    const paradigm = data.lemmas.get(word.slice(0, -2))
    if (paradigm !== undefined && isStrong(paradigm)) return word.slice(0, -2)
  }
  // An umlaut plural in -e (Löhne of Lohn, Stähle of Stahl) or its dative in -en, of a strong lemma; a listed lemma
  // stays itself (Güte, not Gut).
  const ending = word.endsWith('en') ? 2 : word.endsWith('e') ? 1 : 0
  if (ending === 0 || data.lemmas.has(word)) return undefined
  const singular = withoutLastUmlaut(word.slice(0, -ending), 1)
  if (singular === '') return undefined
  const paradigm = data.lemmas.get(singular)
  return paradigm !== undefined && isStrong(paradigm) ? singular : undefined
}

/**
 * A word of general German, read as a noun or not: stable whatever this module reads as a noun, as the two lists
 * split the same words by it.
 */
const isGeneralWord = (lower: string): boolean => isAttestedWord(lower) || nounRank(lower) !== undefined

/** A word of general German that is neither an inflected adjective nor a stopword. */
const isGeneralNounWord = (lower: string): boolean => isGeneralWord(lower) && adjectiveStem(lower) === '' && !stopwords().has(lower)

/**
 * A masculine or neuter noun with a genitive in -s, whose plural may be in -e (Tor, Tag); weak nouns have -en
 * throughout and no such plural (Mensch: no Mensche).
 */
function isStrong(paradigm: Paradigm): boolean {
  return (paradigm.gender === 'm' || paradigm.gender === 'n') && (paradigm.suffixes.has('s') || paradigm.suffixes.has('es'))
}

/**
 * Latin and Greek plurals in -en and -ata, which the source lists under the German plural in -s or not at all (Risiken
 * of Risiko, Konten of Konto, Zentren of Zentrum, Gremien of Gremium, Themen of Thema, Stadien of Stadion, Traumata of
 * Trauma): the listed lemma whose stem they share, or undefined.
 */
function latinPlural(data: LemmaTable, word: string): string | undefined {
  if (word.endsWith('ata') && word.length >= MIN_MODIFIER + 3) {
    const lemma = word.slice(0, -2)
    return data.lemmas.has(lemma) ? lemma : undefined
  }
  if (!word.endsWith('en') || word.length < MIN_MODIFIER + 2) return undefined
  const stem = word.slice(0, -2)
  // A lemma's hash is among the forms' (stem and ending hashed backwards, without joining them): most words have none.
  for (let k = 0; k < LATIN_SINGULARS.length; k++) {
    if (!data.forms.has(hashBackward(LATIN_SINGULAR_HASHES[k]!, stem))) continue
    const lemma = stem + LATIN_SINGULARS[k]!
    if (data.lemmas.has(lemma)) return lemma
  }
  return undefined
}

const LATIN_SINGULARS: readonly string[] = ['um', 'o', 'a', 'on']
const LATIN_SINGULAR_HASHES: readonly number[] = LATIN_SINGULARS.map((ending) => hashBackward(FNV_OFFSET, ending))

/**
 * Plural endings of productive suffixes and their singular (Finanzierungen → Finanzierung, Besucherinnen →
 * Besucherin, Bestellhistorien → Bestellhistorie): the list lacks most nouns so made, and a compound head would split them wrongly (Abstrah-lungen,
 * Besuche-rinnen). The price: an unlisted compound of Rinne, Spinne, Lunge or Zunge loses its e (Kreuzspinnen →
 * Kreuzspin).
 */
const SUFFIX_PLURALS: ReadonlyArray<readonly [string, string]> = [
  ['ungen', 'ung'], ['innen', 'in'], ['heiten', 'heit'], ['keiten', 'keit'], ['schaften', 'schaft'], ['tionen', 'tion'],
  ['täten', 'tät'], ['nisse', 'nis'], ['nissen', 'nis'], ['nisses', 'nis'], ['ismen', 'ismus'], ['eien', 'ei'], ['ien', 'ie'],
]
/** A compound head this many letters longer than such an ending goes first (Wahl-gewinnen → Wahlgewinn, not Wahlgewin). */
const LONGER_HEAD = 3

/** Linking elements between a compound's modifier and its head (Arbeit-s-markt, Kirche-n-tag, Kind-er-garten). */
const LINKS: readonly string[] = ['s', 'es', 'n', 'en', 'ns', 'ens', 'e', 'er']

/** A compound's modifier as written is a listed noun form, one with a linking element, or ends in a hyphen (EU-). */
function knownModifier(data: LemmaTable, modifier: string): boolean {
  if (modifier.endsWith('-')) return true
  const noun = modifier[0]!.toUpperCase() + modifier.slice(1)
  if (listedLemma(data, noun) !== undefined) return true
  return LINKS.some((link) => noun.length - link.length >= MIN_MODIFIER && noun.endsWith(link) && listedLemma(data, noun.slice(0, -link.length)) !== undefined)
}

/** A modifier compoundLemma trusts: a known one, or one of two listed nouns (Kopf|ball|tore, Amts|hilfe|ansuchen). */
function isCompoundModifier(data: LemmaTable, modifier: string): boolean {
  return knownModifier(data, modifier) || isTwoNounModifier(data, modifier)
}

/** A modifier that is a known modifier and a listed lemma of at least MIN_SECOND letters (Kopf|ball). */
function isTwoNounModifier(data: LemmaTable, modifier: string): boolean {
  for (let i = MIN_MODIFIER; modifier.length - i >= MIN_SECOND; i++) {
    if (data.lemmas.has(modifier[i]!.toUpperCase() + modifier.slice(i + 1)) && knownModifier(data, modifier.slice(0, i))) return true
  }
  return false
}

/**
 * A modifier whose part after its last hyphen is empty or as long as a modifier must be (E-|Autos,
 * Kinder-Faschings|kostüme; not Online-Cl|asses).
 */
function wholeAfterHyphen(modifier: string): boolean {
  const hyphen = modifier.lastIndexOf('-')
  return hyphen < 0 || hyphen === modifier.length - 1 || modifier.length - hyphen - 1 >= MIN_MODIFIER
}

/** Endings of derived nouns before a linking s (Geschwindigkeit|s, Regierung|s): a modifier that is a word. */
const LINKED_NOUN_END = /(?:ung|heit|keit|schaft|tion|tät|ling|tum)s$/

/**
 * A modifier the list does not know that is still a word: general German attests it (regional, Ausspiel), it is an
 * adjective's stem, or a derived noun before a linking s (Hochgeschwindigkeits-).
 */
function isWordPiece(modifier: string): boolean {
  const lower = modifier.toLowerCase()
  return isAttestedWord(lower) || adjectiveStem(lower + 'e') !== '' || LINKED_NOUN_END.test(lower)
}

/**
 * The lemma (nominative singular; nominative plural of a noun without singular) of a German noun form, or undefined
 * when the word is not a known noun form: Konzerns → Konzern, Aktienmärkten → Aktienmarkt, Präsidenten → Präsident,
 * Leute → Leute. Words are looked up as written, so a lowercase word is no noun. A form of several lemmas takes the
 * word itself when it is a listed lemma with a plural (Herde), else the shortest other lemma, then the alphabetically
 * first (Herden → Herd; Arbeiten → Arbeit, not the nominalised verb); see listedLemma.
 *
 * A compound the list lacks is lemmatised by its head: the longest listed form that ends the word and leaves at least three characters before it, which are kept
 * as written (Krisenherden → Krisen + Herd → Krisenherd; CDU-Politikern → CDU-Politiker); the head's lemma takes the
 * case of the head's first letter as written. A head whose modifier is a listed noun form too (with or without a
 * linking element: Haupt-rolle, Arbeits-markt) goes before a longer one whose modifier is not (Haup-trolle), so
 * Hauptrolle stays Hauptrolle rather than Hauptroll. But a word ending in the plural of a productive suffix takes
 * that suffix's singular (Finanzierungen → Finanzierung, Besucherinnen → Besucherin; see SUFFIX_PLURALS) unless its
 * head is at least three letters longer than that ending (Wahlgewinnen → Wahl + Gewinn).
 */
export function nounLemma(word: string): string | undefined {
  if (!NOUN_WORD.test(word)) return undefined
  const data = lemmaTable()
  const listed = listedLemma(data, word) ?? latinPlural(data, word) ?? secondPlural(data, word)
  if (listed !== undefined) return listed
  const compound = compoundLemma(data, word)
  if (compound === undefined || !compound.known) {
    const swiss = swissLemma(data, word)
    if (swiss !== undefined) return swiss
  }
  if (compound !== undefined && !compound.known) {
    // The plural of a weak noun of a foreign suffix beats a reading by a short head after a modifier that is no word at
    // all (Abonn|enten is no Ente, Nationa|listen no Liste, Olig|archen no Arche; Check|listen and Meta|daten stay, and
    // so does a longer head: Blend|granaten).
    if (isWeakSuffixPlural(word) && compound.head <= MAX_SUFFIX_LOOKALIKE && !isAnyWord(data, word.slice(0, word.length - compound.head))) return word.slice(0, -2)
    // So does the dative plural of a noun in -er or -el that general German writes, where the reading would keep the
    // word whole (Dienstleistern, not Dienstlei|stern; Mehrfamilien|häusern stays Mehrfamilienhaus).
    if (compound.lemma === word && isDativeOfGeneralWord(word)) return word.slice(0, -1)
  }
  const ending = SUFFIX_PLURALS.find(([plural]) => word.length - plural.length >= MIN_MODIFIER && word.endsWith(plural))
  if (ending !== undefined && (compound === undefined || compound.head < ending[0].length + LONGER_HEAD)) {
    const stem = word.slice(0, word.length - ending[0].length)
    return ending[0] === 'ien' ? latinSingular(stem) : stem + ending[1]
  }
  return compound?.lemma
}

/**
 * The lemma of a word in Swiss spelling, which writes ss for ß (Strassen, Massnahmen, Grössen), read through its ß
 * spelling and given back in the word's: Strasse, not Stras|sen read as Str + Assen.
 */
function swissLemma(data: LemmaTable, word: string): string | undefined {
  const spelled = eszettSpelling(word)
  if (spelled === '') return undefined
  // Only a reading the list holds: a guess on the ß spelling would also read a linking s before s (Geschwindigkeits|strecke).
  const lemma = listedLemma(data, spelled) ?? latinPlural(data, spelled) ?? secondPlural(data, spelled) ?? knownCompoundLemma(data, spelled)
  return lemma === undefined ? undefined : swissSpelling(lemma)
}

function knownCompoundLemma(data: LemmaTable, word: string): string | undefined {
  const compound = compoundLemma(data, word)
  return compound?.known === true ? compound.lemma : undefined
}

/** A dative plural in -ern or -eln of a word of general German (Dienstleistern of Dienstleister). */
function isDativeOfGeneralWord(word: string): boolean {
  return (word.endsWith('ern') || word.endsWith('eln')) && isGeneralWord(word.slice(0, -1).toLowerCase())
}

/** A modifier that is a word of general German, a word piece or a compound of two listed nouns. */
function isAnyWord(data: LemmaTable, modifier: string): boolean {
  return isGeneralWord(modifier.toLowerCase()) || isWordPiece(modifier) || isTwoNounModifier(data, modifier)
}

/** Plurals of weak nouns in -ist, -ant, -ent, -at, -it, -arch (Aktivisten, Praktikanten, Dozenten, Primaten, Schiiten, Oligarchen). */
const WEAK_SUFFIX_PLURAL = /(?:ist|ant|ent|at|it|arch)en$/
/** The longest head whose plural a weak suffix's plural may look like (listen, archen). */
const MAX_SUFFIX_LOOKALIKE = 6
/** The least length of such a plural: shorter ones are often another noun's (Taten, Kisten, Renten). */
const MIN_WEAK_PLURAL = 8

/** A word shaped like the plural of a weak noun of a foreign suffix; see WEAK_SUFFIX_PLURAL. */
export function isWeakSuffixPlural(word: string): boolean {
  return word.length >= MIN_WEAK_PLURAL && WEAK_SUFFIX_PLURAL.test(word)
}

/** Singulars of Latin and Italian words whose plural is -ien (Razzien, Aquarien), German -ie (Linien, Studien) beside them. */
const IEN_SINGULARS: readonly string[] = ['ia', 'ium']

/**
 * The singular of a plural in -ien the lists lack: -ie (Linien → Linie) unless general German attests only a
 * singular in -ia or -ium (Razzien → Razzia, Aquarien → Aquarium).
 */
function latinSingular(stem: string): string {
  if (isAttestedWord(`${stem}ie`.toLowerCase())) return `${stem}ie`
  return IEN_SINGULARS.map((singular) => stem + singular).find((form) => isAttestedWord(form.toLowerCase())) ?? `${stem}ie`
}

/** Shorter lemmas would be found at the end of other words (Kassenärztl|iche of Ich). */
const MIN_SECOND = 4
/** The shortest inflected head read after a modifier the list does not know. */
const MIN_INFLECTED_HEAD = 5

/**
 * Nouns of two letters that open compounds (Öl|konzerne, Öl|reserven); other two-letter words too often start a longer
 * word (Ei|nsatz).
 */
const SHORT_MODIFIERS: readonly string[] = ['Öl']

/** A compound reading: its lemma, the length of the head it was found by, and whether the modifier is a known one. */
interface CompoundReading {
  lemma: string
  head: number
  known: boolean
}

/** The compound reading of a word; see nounLemma. */
function compoundLemma(data: LemmaTable, word: string): CompoundReading | undefined {
  let fallback: CompoundReading | undefined
  for (let i = shortestModifier(word); word.length - i >= MIN_HEAD; i++) {
    const first = word[i]!
    if (first === '-') continue
    const upper = first.toUpperCase()
    const headWord = upper + word.slice(i + 1)
    let head = listedLemma(data, headWord) ?? latinPlural(data, headWord)
    let known: boolean | undefined
    // A second plural the source lacks (Entwicklungs|banken); after a modifier the list knows, it also goes before a
    // nominalised verb without plural (Verhandlungs|tagen: Tag, not das Tagen); after an unknown one it must be a lemma
    // of at least MIN_SECOND letters (see isCompoundModifier for the known ones).
    if (head === undefined || (head === headWord && data.lemmas.get(headWord)?.plural === false && !OWN_SENSES.has(headWord))) {
      const second = secondPlural(data, headWord)
      if (second !== undefined) {
        known = isCompoundModifier(data, word.slice(0, i))
        if (known || (head === undefined && second.length >= MIN_SECOND)) head = second
      }
    }
    if (head === undefined) continue
    const lemma = word.slice(0, i) + (first === upper ? head : head[0]!.toLowerCase() + head.slice(1))
    if (known ?? isCompoundModifier(data, word.slice(0, i))) return { lemma, head: word.length - i, known: true }
    if (fallback === undefined && isUnknownModifierReading(data, word.slice(0, i), headWord, head)) fallback = { lemma, head: word.length - i, known: false }
  }
  return fallback ?? particleLemma(data, word)
}

/** Where a compound's modifier may end first: after a hyphen of any length (E-|Autos, US-|Wahlen), after Öl|, else MIN_MODIFIER. */
function shortestModifier(word: string): number {
  const hyphen = word.indexOf('-')
  if (hyphen > 0 && hyphen < MIN_MODIFIER) return hyphen + 1
  return SHORT_MODIFIERS.some((modifier) => word.startsWith(modifier)) ? 2 : MIN_MODIFIER
}

/**
 * A compound reading after a modifier the list does not know, taken only when nothing better is found. A nominalised
 * verb is rarely the head (Stolp|erstellen of Stolper|stellen), nor is a short inflected form after a piece of no word
 * (Cann|abis of Abi, Bundesbe|amte of Amt; Regional|züge stays), and no head starts inside a short part after a hyphen
 * (Online-Cl|asses of As).
 */
function isUnknownModifierReading(data: LemmaTable, modifier: string, headWord: string, head: string): boolean {
  if (isVerbFragment(modifier) || !wholeAfterHyphen(modifier)) return false
  if (head === headWord) return !isVerbalParadigm(data.lemmas.get(headWord), headWord)
  return headWord.length >= MIN_INFLECTED_HEAD || isWordPiece(modifier)
}

/**
 * A short unknown modifier that starts like a participle or verb form and has no linking s: no name or loanword before a
 * listed head (Galli|markt, Cyber|angriff) and no noun the list lacks (Genesungs|wünsche), but a verb read as a compound
 * (Veröffent|licht, Ange|fangen, Verur|teile), which gives no lemma.
 */
function isVerbFragment(modifier: string): boolean {
  const lower = modifier.toLowerCase()
  if (modifier.length > MAX_VERB_FRAGMENT || lower.endsWith('s') || !VERB_PREFIX.test(lower)) return false
  // Prepositions, adjectives and verb stems with a noun in -ung so begun are modifiers (Gegen|zöllen, Erst|wählern,
  // Geheim|dienst, Begleit|hunden of Begleitung).
  if (WORD_MODIFIERS.has(lower) || adjectiveStem(lower + 'e') !== '') return false
  return !lemmaTable().lemmas.has(lower[0]!.toUpperCase() + lower.slice(1) + 'ung')
}

const WORD_MODIFIERS: ReadonlySet<string> = new Set(['gegen', 'erst', 'gesamt', 'geheim', 'gemein', 'gering', 'gerade', 'beinahe', 'bereit', 'entgegen', 'ersatz'])

/** Longer unknown modifiers are compounds the list lacks (Bestandsdaten|abfragen), not a verb's start. */
const MAX_VERB_FRAGMENT = 9

const VERB_PREFIX = /^(?:ver|ent|zer|emp|miss|be|ge|er|(?:an|ab|auf|aus|ein|vor|zu|um|nach|mit|durch|bei|weg|her|hin|zurück|zusammen)ge)/

/** Verb particles too short to be a compound's modifier otherwise (An|schriften, Ab|gaben, Um|züge, Zu|gänge). */
const PARTICLES: readonly string[] = ['An', 'Ab', 'Um', 'Zu']

/** A noun made of a particle and a listed noun form, when nothing else reads it: Anschriften → Anschrift. */
function particleLemma(data: LemmaTable, word: string): CompoundReading | undefined {
  const particle = PARTICLES.find((p) => word.startsWith(p))
  if (particle === undefined || word.length - particle.length < MIN_HEAD + 1) return undefined
  const rest = word.slice(particle.length)
  const head = listedLemma(data, rest[0]!.toUpperCase() + rest.slice(1))
  return head === undefined ? undefined : { lemma: particle + head[0]!.toLowerCase() + head.slice(1), head: rest.length, known: true }
}

/**
 * The word is a form the lemma list holds of another lemma (Züge of Zug, Dörfern of Dorf), not one this module infers
 * (Sölden, a town, read as a plural of Sold) nor a lemma itself.
 */
export function isListedForm(word: string): boolean {
  if (!NOUN_WORD.test(word)) return false
  const lemma = listedLemma(lemmaTable(), word)
  return lemma !== undefined && lemma !== word
}

/** The word is a noun in its base form: nounLemma(word) is the word itself (Konzern, Eltern, Krisenherd). */
export function isNounLemma(word: string): boolean {
  return nounLemma(word) === word
}

/**
 * A nominalised verb the list holds without plural (das Registrieren, das Umdenken, das Wissen): a capital at a
 * sentence's start cannot tell it from the verb.
 */
export function isVerbalNoun(word: string): boolean {
  return isVerbalParadigm(lemmaTable().lemmas.get(word), word)
}

function isVerbalParadigm(paradigm: Paradigm | undefined, word: string): boolean {
  return paradigm !== undefined && !paradigm.plural && paradigm.gender === 'n' && word.endsWith('en') && !OWN_SENSES.has(word)
}

/** The paradigm of a listed lemma, or of a compound's listed head (Krisenherd → Herd). */
function paradigmOf(data: LemmaTable, lemma: string): Paradigm | undefined {
  const own = data.lemmas.get(lemma)
  if (own !== undefined) return own
  for (let i = MIN_MODIFIER; lemma.length - i >= MIN_HEAD; i++) {
    const head = data.lemmas.get(lemma[i]!.toUpperCase() + lemma.slice(i + 1))
    if (head !== undefined && knownModifier(data, lemma.slice(0, i))) return head
  }
  return undefined
}

/**
 * Whether a word's first part is a modifier the list knows (Stadt of Stadtrat, Wärmepumpen of Wärmepumpenhersteller),
 * as a noun form, with a linking element, or as a compound itself; Appa of Apparat is none.
 */
export function isKnownModifier(modifier: string): boolean {
  return modifier.length >= MIN_MODIFIER && NOUN_WORD.test(modifier[0]!.toUpperCase() + modifier.slice(1)) && (knownModifier(lemmaTable(), modifier) || compoundModifier(modifier))
}

/** Compounds longer than this are not taken apart (debris; the analysis costs the length squared). */
const MAX_COMPOUND = 64

/**
 * The head of a compound as written: the longest listed noun form that ends the word after a modifier the list
 * knows (Regierungs|chefs → chefs, not Regie|rungschefs; Bahn|verkehr → verkehr), or '' when the word is no such
 * compound.
 */
export function compoundTail(word: string): string {
  if (word.length > MAX_COMPOUND || !NOUN_WORD.test(word)) return ''
  const data = lemmaTable()
  for (let i = MIN_MODIFIER; word.length - i >= MIN_HEAD; i++) {
    if (word[i] === '-') continue
    const head = word[i]!.toUpperCase() + word.slice(i + 1)
    if (listedLemma(data, head) !== undefined && isKnownModifier(word.slice(0, i))) return word.slice(i)
  }
  return ''
}

/** A modifier that is itself a compound the list lacks (Wärmepumpen of Wärmepumpenhersteller), with or without a link. */
function compoundModifier(modifier: string): boolean {
  return modifierLemma(modifier) !== ''
}

/**
 * A compound's head and modifier as lemmas, one level deep: Einbruchsserie → [Serie, Einbruch], Wohnungseinbruchdiebstahl
 * → [Diebstahl, Wohnungseinbruch] (the list lacks Diebstahl's plural but not its parts: Stahl, Wohnungseinbruchdieb), a
 * hyphen compound → its last part only (Playoff-Viertelfinale → [Viertelfinale, '']); undefined for a word that is no
 * known compound. The modifier is '' when it is no noun the lexicon knows.
 */
export function compoundSplit(lemma: string): [head: string, modifier: string] | undefined {
  const hyphen = lemma.lastIndexOf('-')
  if (hyphen > 0 && hyphen < lemma.length - 1) {
    const last = lemma.slice(hyphen + 1)
    return NOUN_WORD.test(last) ? [nounLemma(last) ?? last, ''] : undefined
  }
  const tail = compoundTail(lemma)
  if (tail === '') return undefined
  const head = tail[0]!.toUpperCase() + tail.slice(1)
  return [nounLemma(head) ?? head, modifierLemma(lemma.slice(0, lemma.length - tail.length))]
}

/** A compound modifier's lemma, with its linking element dropped (Einbruchs → Einbruch, Kirchen → Kirche), or ''. */
function modifierLemma(modifier: string): string {
  if (modifier.length < MIN_MODIFIER || modifier.endsWith('-')) return ''
  const noun = modifier[0]!.toUpperCase() + modifier.slice(1)
  if (!NOUN_WORD.test(noun)) return ''
  const listed = nounLemma(noun)
  if (listed !== undefined) return listed
  for (const link of LINKS) {
    if (noun.length - link.length < MIN_MODIFIER || !noun.endsWith(link)) continue
    const lemma = nounLemma(noun.slice(0, -link.length))
    if (lemma !== undefined) return lemma
  }
  return ''
}

/** The gender of a lemma, or of its compound head (Intelligenz: f; Krisenherd: m), '' when unknown. */
export function nounGender(lemma: string): Gender {
  return NOUN_WORD.test(lemma) ? (paradigmOf(lemmaTable(), lemma)?.gender ?? '') : ''
}

/**
 * The gender of a lemma as nounGender gives it, else that of the head a compound split finds after a name, a compound
 * the list lacks or a hyphen (Deutschlandtakt, Jahreszinssatz: m), else that of the longest listed lemma of at least
 * MIN_SECOND letters that ends it (Stickstoffaus|stoß, Turk|volk), '' when unknown.
 */
export function headGender(lemma: string): Gender {
  const gender = nounGender(lemma)
  if (gender !== '') return gender
  const split = compoundSplit(lemma)
  // The head is shorter than the lemma: the recursion ends.
  const headed = split === undefined || split[0].length >= lemma.length ? '' : headGender(split[0])
  return headed !== '' || lemma.length > MAX_COMPOUND ? headed : tailGender(lemmaTable(), lemma)
}

/** The gender of the longest listed lemma of at least MIN_SECOND letters that ends `lemma` after MIN_MODIFIER, or ''. */
function tailGender(data: LemmaTable, lemma: string): Gender {
  for (let i = MIN_MODIFIER; lemma.length - i >= MIN_SECOND; i++) {
    const paradigm = data.lemmas.get(lemma[i]!.toUpperCase() + lemma.slice(i + 1))
    if (paradigm !== undefined && paradigm.gender !== '') return paradigm.gender
  }
  return ''
}

/** The lemma is a nominalised adjective or participle (Beschäftigte, Abstimmende, Ehrenamtliche): people, not themes. */
export function isAdjectivalNoun(lemma: string): boolean {
  return NOUN_WORD.test(lemma) && paradigmOf(lemmaTable(), lemma)?.adjectival === true
}
