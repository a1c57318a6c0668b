// Thematic keyphrases: the nouns, compounds and adjective + noun phrases an article is about (Gipfeltreffen,
// Bahnstreik, künstliche Intelligenz), one per stem so that a compound and its inflections are one keyphrase
// (Gipfeltreffens → Gipfeltreffen).
import { KIND, SECTION_WEIGHT, type SectionRange, type TokenTable } from '../analysis.js'
import { adjectiveStem, compoundTail, everydayNouns, genericNouns, hasDerivedNounEnding, isAdjectivalNoun, isCommonNoun, isEnglishWord, isListedFirstName, isListedName, isRoleWord, isVerbalNoun, nounGender, nounLemma, nounRarity, stopwords, wordFrequencies } from '../lexicon/index.js'
import { isDashCode, isDigitCode, isQuoteCode, isUpperCode, MAX_WORD_LENGTH, withoutLastUmlaut } from '../shared/chars.js'
import { FNV_OFFSET, hashBackward, hashStep } from '../shared/hash.js'
import { LexemeInts, LexemeMemo, type LexemeTable } from '../shared/lexemes.js'
import { stemGerman } from '../stem/index.js'
import { spacedTokens } from '../tokenize/index.js'
import { ABBREVIATION_NONE, abbreviationKind, capitalisedAbbreviationKind } from '../tokenize/abbreviations.js'
import { PartCounts } from './cohesion.js'
import { elidedLexeme } from './elision.js'
import { isBesideEnglishWord, isBesideFirstName, isInNamePair, nameFlagsReader, SURNAME_SHARE, SurnameCounts, UNLISTED } from './missed-names.js'
import { baseOf, isInfinitive, labelForm, lemmaOf, mostSeenForm } from './labels.js'
import { countOccurrence, Occurrences } from './occurrences.js'
import { bestPhrases, countPhrase, isPluralForm, phraseAdjective, phraseLabel, recurs, type PhraseCandidate, type PhraseTable } from './phrases.js'
import { hasSourceHead, hasTimeHead, isActorNoun, isTimeNoun, isDemonym, isNamePiece, isPlaceName, isRegionName, isStreetName, placeWords, type PlaceWords, isTimeCompound, isWorkNoun, nameWords } from './word-kinds.js'

export interface Keyphrase {
  label: string
  weight: number
}

const MIN_LENGTH = 4
/** Compounds, and long words, are specific (Flüchtlingspolitik says more than Politik, Dorfladen more than Laden). */
const COMPOUND_LENGTH = 10
const COMPOUND = 1.5
/** How much being spread over sentences adds: a theme recurs, a passing word stands in one sentence. */
const SPREAD = 0.5
/** A compound whose head the article also uses on its own (Bahnstreik and Streik) is the specific theme. */
const HEAD_BOOST = 1.25
const MIN_HEAD = 4
/** An everyday noun of spoken German (Sieg, Verein, Lösung) says less about an article than a word news coins. */
const EVERYDAY = 0.5
/** People, bodies, places and things named by a common noun (Hersteller, Stadtrat, Kleinstadt, Lastwagen): who, where and with what, not what. */
const ACTOR = 0.35
/** A phrase says more than its noun alone (künstliche Intelligenz, not Intelligenz). */
const PHRASE_BOOST = 1.2
/** Size of the background word list's source (GermEval 2014 training file), in tokens. */
const BACKGROUND_TOKENS = 96_499
/** How much other words sharing a keyphrase's parts add (see cohesion.ts). */
const COHESION = 0.3
/** What a noun seen only on short lines of the body keeps of its weight. */
const SHORT_LINE_ONLY = 0.3
/** How much more a body word counts at the body's start than at its end. */
const EARLY = 0.25

/** A capitalised word's stem as a keyphrase noun, and whether it may be a keyphrase alone (not a generic noun). */
interface NounKey {
  readonly key: string
  readonly candidate: boolean
}

const NO_NOUN: NounKey = Object.freeze({ key: '', candidate: false })

function isNounLike(word: string): boolean {
  // Longer "words" are debris (base64, glued text), and compound analysis of a word costs its length squared.
  if (word.length < MIN_LENGTH || word.length > MAX_WORD_LENGTH) return false
  if (!isUpperCode(word.charCodeAt(0))) return false
  // All capitals (NATO, USA) are names or acronyms, not themes; digits make dates and scores; a capital after a small
  // letter (FacebookWhatsApp, YouTube) and a slash (Altmann/Obwegeser) make brands, glued buttons and name pairs.
  // Capitals run into a word in small letters (MAGAZINKurzschluss, PDFDokument, LEquipe) make a label glued to a title,
  // or a name; an acronym stands apart (ÖBB-Fernzug, US-Dollar).
  let lower = 0
  let leadingCapitals = 0
  let previousLower = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    // An apostrophe makes a name's genitive (Relotius', Andrea's) or an elision, never a noun.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2f || c === 0x27 || c === 0x2019) return false
    const isLower = word[i] !== word[i]!.toUpperCase()
    if (previousLower && isUpperCode(c)) return false
    if (isLower) {
      if (leadingCapitals > 1 && lower === 0 && i === leadingCapitals) return false
      lower++
    } else if (lower === 0 && i === leadingCapitals && isUpperCode(c)) leadingCapitals++
    previousLower = isLower
  }
  return lower > 0
}

/** Per lexeme of one engine: its noun key, its phrase adjective, what it says as a label, and its compound tail. */
export class KeyphraseMemos {
  readonly nouns: LexemeMemo<NounKey>
  readonly adjectives: LexemeMemo<string>
  readonly labels: LexemeMemo<LabelInfo>
  readonly tails: LexemeMemo<string>
  /** Whether a capitalised word is a noun the lexicon knows, for words seen only at a sentence's start. */
  readonly knownNouns: LexemeMemo<boolean>
  /** Whether the noun lexicon reads a capitalised word as a form of some noun (Heizjacken), for words after a dash. */
  readonly nounForms: LexemeMemo<boolean>
  readonly places: PlaceWords = placeWords()
  /** A word's lower case, for the words of entity mentions. */
  readonly lowers: LexemeMemo<string>
  /** The article's noun parts (cohesion.ts). */
  readonly parts: PartCounts
  /** Whether a capitalised word is an inflected adjective (Erneuerbare, Nachhaltige). */
  readonly capitalAdjectives: LexemeMemo<boolean>
  /** Per lexeme, its name flags (FIRST_NAME, UNLISTED), or -1 not looked up yet: a column, read for neighbours too. */
  readonly nameFlags: LexemeInts
  /** A phrase noun's form as its lemma, or '' (lemmaOf). */
  readonly phraseNouns: LexemeMemo<string>

  constructor(readonly table: LexemeTable) {
    this.tails = new LexemeMemo(table)
    this.knownNouns = new LexemeMemo(table)
    this.nounForms = new LexemeMemo(table)
    this.lowers = new LexemeMemo(table)
    this.parts = new PartCounts(table)
    this.nouns = new LexemeMemo(table)
    this.adjectives = new LexemeMemo(table)
    this.labels = new LexemeMemo(table)
    this.capitalAdjectives = new LexemeMemo(table)
    this.nameFlags = new LexemeInts(table, -1)
    this.phraseNouns = new LexemeMemo(table)
  }
}

interface LabelInfo {
  label: string
  /** The label in lower case. */
  lower: string
  /** How much the label says: long compounds more, common words less; 0 for generic words (never keyphrases). */
  specificity: number
  /** Everyday nouns and nouns of people, bodies, places and things count less (EVERYDAY, ACTOR). */
  factor: number
  /** The everyday part of `factor`, which a phrase lifts (künstliche Intelligenz); a phrase of people stays who (jüdische Sammlerin). */
  everyday: number
}

const phraseNounOf = (form: string): string => lemmaOf(form) ?? ''

/** A total of something (Gesamthöhe, Gesamtmarkt, Gesamtschaden) says no more than the thing: rank it as that. */
const TOTAL = 'gesamt'

/** Modifiers that make a generic noun basic or central and no more specific (Grundproblem, Kernfrage, Grundsatz). */
const BASIC_PREFIXES: readonly string[] = ['grund', 'kern']

function hasBasicGenericHead(lower: string): boolean {
  for (const prefix of BASIC_PREFIXES) {
    if (lower.startsWith(prefix) && lower.length - prefix.length >= MIN_LENGTH && genericNouns().has(lower.slice(prefix.length))) return true
  }
  return false
}

/**
 * Championships by their short name (EM-Finale, WM-Qualifikation): the championship is the entity, the rest the theme
 * (Finale, Qualifikation).
 */
const CHAMPIONSHIP = /^(EM|WM|DM)-(?=\p{Lu})/u

function labelInfo(form: string, key: string, places: PlaceWords): LabelInfo {
  const label = (lemmaOf(form) ?? baseOf(form, key)).replace(CHAMPIONSHIP, '')
  const lower = label.toLowerCase()
  const total = lower.startsWith(TOTAL) && lower.length - TOTAL.length >= MIN_LENGTH ? lower.slice(TOTAL.length) : ''
  // A common English word that is no German noun (Work, Open, Login) is page furniture or marketing copy, not a theme.
  if (genericNouns().has(lower) || genericNouns().has(total) || hasBasicGenericHead(lower) || isEnglishWord(lower) || hasTimeHead(label) || hasSourceHead(label) || isStreetName(label) || isPlaceName(label) || isRegionName(label, places) || isDemonym(label, places)) return { label, lower, specificity: 0, factor: 0, everyday: 0 }
  // A nominalised verb of its own (Umdenken, Kommentieren, not Elfmeterschießen) names an activity, rarely the theme.
  const everyday = everydayNouns().has(lower) || total !== '' || hasGenericHyphenHead(label) || ((isVerbalNoun(label) || isInfinitive(label)) && compoundTail(label) === '') ? EVERYDAY : 1
  const factor = everyday * (isActorNoun(label) ? ACTOR : 1)
  // The background lists word forms: a lemma it lacks may be there as the form the article wrote (Rahmenbedingungen).
  return { label, lower, specificity: (label.length >= COMPOUND_LENGTH || compoundTail(label) !== '' ? COMPOUND : 1) * (form === label ? rarity(label) : Math.min(rarity(label), rarity(form))), factor, everyday }
}

/**
 * A hyphen compound whose head is a generic noun (Facebook-Seite, Firmware-Version, Influenza-Fall): the head says
 * only which aspect of the modifier, which is the theme or a name. Closed compounds with such heads are often terms of
 * their own (Risikogruppe, Tarifrunde) and keep their weight.
 */
function hasGenericHyphenHead(label: string): boolean {
  const hyphen = label.lastIndexOf('-')
  if (hyphen <= 0 || hyphen === label.length - 1) return false
  const head = label.slice(hyphen + 1).toLowerCase()
  return genericNouns().has(head)
}

/**
 * A name of the lexicon's lists that is no ordinary noun (Mittelstädt), or first names joined by a hyphen
 * (Anne-Claude): the recogniser's business, not a theme.
 */
function isPersonName(word: string): boolean {
  // A name's genitive too (Georgs of St. Georgs, Merkels), which would otherwise become the label Georg.
  const named = isListedName(word) || (word.length > MIN_LENGTH && word.endsWith('s') && isListedName(word.slice(0, -1)))
  if (named && !isCommonNoun(word)) return true
  const parts = word.split('-')
  return parts.length > 1 && parts.every(isListedFirstName)
}

const ADJECTIVE_ENDINGS: readonly string[] = ['ische', 'ischen', 'ischer', 'isches', 'liche', 'lichen', 'licher', 'liches']
/** Suffixes of adjectives that nouns do not end in (nouns do end in -al, -iv, -ig: Kapital, Archiv, König). */
const UNINFLECTED_SUFFIXES: readonly string[] = ['lich', 'isch', 'los', 'bar', 'sam']
/** A compound tail this short (Kosten|los) says nothing about being a noun. */
const SHORT_TAIL = 3
/** The strong neuter ending of an adjective (etwas Neues). */
const NEUTER_ENDING = 'es'
/** Ordinals as nouns (als Siebte, der Dritte, der Vorletzte): places in a ranking, not themes. */
const ORDINAL = /^(erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft|letzt|vorletzt|drittletzt)(e|er|es|en|em)$/
/** Places in a table or a ranking as compounds (Tabellenzweite, Weltranglistendritte, Tabellenvorletzter). */
const RANKED_ORDINAL = /^(tabellen|weltranglisten|ranglisten|gruppen|gesamt|liga)(vor)?(erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|letzt)(e|er|es|en|em)$/

/**
 * A capitalised adjective that is no noun the lexicon knows: of a name (Kassenärztliche Vereinigung, Europäischen
 * Union), after a colon (Feldberg: Junger Fahrer gewinnt), an ordinal (als Siebte, der Tabellenzweite), or an
 * uninflected one at a sentence's start or on a button (Tatsächlich, Natürlich, Kostenlos, Verrückt).
 */
function isCapitalisedAdjective(word: string): boolean {
  const lower = word.toLowerCase()
  if (ORDINAL.test(lower) || RANKED_ORDINAL.test(lower) || isGradedAdjective(lower)) return true
  // An adjective or participle uninflected (Alternativ, Verrückt, Eingesperrt), which no noun list knows, alone or as
  // a compound: a sentence's start or a button, not a noun. (The adjective lexicon reads compounds in -ell, -al as
  // adjectives: Kellerduell.)
  if (adjectiveStem(lower + 'e') === lower && !isCommonNoun(word) && nounLemma(word) === undefined) return true
  // A neuter nominalised adjective (nichts Nachhaltiges, viel Verrücktes): no noun list lemmatises it, though the
  // common-noun list reads it as a genitive of das Nachhaltige.
  if (lower.endsWith(NEUTER_ENDING) && adjectiveStem(lower) !== '' && nounLemma(word) === undefined) return true
  if (UNINFLECTED_SUFFIXES.some((suffix) => lower.length > suffix.length + MIN_LENGTH && lower.endsWith(suffix)) && !isCommonNoun(word) && compoundTail(word).length <= SHORT_TAIL) return true
  // The common-noun list answers most words before the lemma lexicon's compound search must (Meister, Könige).
  return (ADJECTIVE_ENDINGS.some((ending) => word.endsWith(ending)) || (adjectiveStem(lower) !== '' && !isCommonNoun(word))) && nounLemma(word) === undefined
}

/** Superlatives and comparatives of irregular grading (das Beste, das Größte, die meisten). */
const IRREGULAR_GRADES: ReadonlySet<string> = new Set(['beste', 'besten', 'bester', 'bestes', 'größte', 'größten', 'größter', 'größtes', 'meiste', 'meisten', 'höchste', 'höchsten', 'nächste', 'nächsten', 'bessere', 'besseren', 'besseres', 'größere', 'größeren', 'größeres', 'höhere', 'höheren', 'höheres'])
/** Endings of an inflected superlative and comparative (Wichtigste, Neueste, Schlimmere). */
const GRADE_ENDINGS: readonly string[] = ['este', 'esten', 'ester', 'estes', 'ste', 'sten', 'ster', 'stes', 'ere', 'eren', 'erer', 'eres']
/** The shortest adjective graded before such an ending (neu of Neueste). */
const MIN_GRADED = 3

/**
 * An adjective graded and used as a noun (das Beste, das Wichtigste, Schlimmeres, das Dümmste): says how much, never
 * what. The base before the ending must be an adjective the lexicon knows, once its last umlaut is undone (dumm of
 * Dümmste, alt of Älteste), so Küste, Liste, Schwester and Karriere stay nouns.
 */
function isGradedAdjective(lower: string): boolean {
  if (IRREGULAR_GRADES.has(lower)) return true
  for (const ending of GRADE_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < MIN_GRADED) continue
    const base = lower.slice(0, -ending.length)
    if (adjectiveStem(base + 'e') === base) return true
    const plain = withoutLastUmlaut(base)
    if (plain !== '' && adjectiveStem(plain + 'e') === plain) return true
  }
  return false
}

function isBareAbbreviation(word: string): boolean {
  return (abbreviationKind(word) !== ABBREVIATION_NONE || capitalisedAbbreviationKind(word) !== ABBREVIATION_NONE) && !isCommonNoun(word)
}

/** English particles that end a noun after a hyphen in lower case (Start-up, Coming-out, Know-how). */
const LOWER_TAILS: ReadonlySet<string> = new Set(['up', 'out', 'in', 'off', 'on', 'down', 'over', 'how', 'back'])

/**
 * A hyphen compound whose last part is a lower-case word (Zwiebel-geht of a recipe's run-on line): no noun German
 * writes, unless the lexicon knows it or the part is an English particle (Start-up).
 */
function hasLowerTail(word: string): boolean {
  const hyphen = word.lastIndexOf('-')
  if (hyphen < 0 || hyphen === word.length - 1 || isUpperCode(word.charCodeAt(hyphen + 1))) return false
  return !LOWER_TAILS.has(word.slice(hyphen + 1)) && nounLemma(word) === undefined
}

/** The stem a word counts under as a keyphrase noun; generic nouns may stand in a phrase (humanitäre Hilfe) only. */
function nounKey(word: string): NounKey {
  // `Staats-` of `Staats- und Regierungschefs` is a fragment; `Abs.` or `Hrsg.` an abbreviation, also without its
  // full stop (Inkl, MwSt of a price line) unless it is a noun too (Art).
  if (!isNounLike(word) || word.endsWith('-') || word.endsWith('.') || isCapitalisedAdjective(word) || isBareAbbreviation(word) || hasLowerTail(word)) return NO_NOUN
  const lower = word.toLowerCase()
  if (stopwords().has(lower) || isRoleWord(word) || isTimeCompound(lower) || isPersonName(word)) return NO_NOUN
  const generic = genericNouns()
  const key = stemGerman(lower)
  return { key, candidate: !generic.has(lower) && !generic.has(key) }
}

/** Numerals that are noun forms too (Sieben of Sieb, Acht, Elf): at a sentence's start they count. */
const NUMERALS: ReadonlySet<string> = new Set(['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'hundert', 'tausend'])

/**
 * A common noun of the lexicon, a compound of one after a known modifier or one in its base form (Handwerk, Schockanruf,
 * Landesmuseum, Cyberangriff; not the participle Umstritten, whose reading would be a made-up Umstritt), and no
 * inflected adjective (Neue) or numeral (Sieben): at a sentence's start, above all a headline's first word, its capital
 * letter then still says noun.
 */
function isKnownNoun(word: string): boolean {
  const lower = word.toLowerCase()
  if (NUMERALS.has(lower) || adjectiveStem(lower) !== '' || isVerbalNoun(word) || isAdverb(lower)) return false
  if (isCommonNoun(word) || compoundTail(word) !== '') return true
  return nounLemma(word) === word
}

/**
 * Adverb endings that a compound or genitive reading would take for nouns (Normal|er|weise, Einerseit|s, Notfall|s,
 * Unter|dessen, Demzu|folge, Mittler|weile, Bis|weilen).
 */
const ADVERB_ENDINGS: readonly string[] = ['erweise', 'seits', 'wegs', 'mals', 'falls', 'dings', 'stens', 'dessen', 'zufolge', 'lerweile', 'weilen']
const ORDINAL_ADVERB = /^(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|letzt)ens$/

function isAdverb(lower: string): boolean {
  return ADVERB_ENDINGS.some((ending) => lower.endsWith(ending)) || ORDINAL_ADVERB.test(lower)
}

/** The phrase adjective of a lowercase word (see phrases.ts), '' for other words (and determiners: seine, keine). */
function adjectiveOf(word: string): string {
  return isUpperCode(word.charCodeAt(0)) || stopwords().has(word) ? '' : phraseAdjective(word)
}

/**
 * Scores noun and phrase candidates of the tagged sections. `inMention[t]` is 1 for tokens inside an entity mention:
 * names are topics as entities, not as keyphrases. `sentenceStart[t]` is 1 for a sentence's first token, whose
 * capital letter says nothing about being a noun: such a token counts only if the word is also seen capitalised
 * inside a sentence. `lexemes` holds the lexeme of every token in `memos.table`.
 */
export function findKeyphrases(view: string, tokens: TokenTable, sections: readonly SectionRange[], inMention: Uint8Array, sentenceStart: Uint8Array, lexemes: Int32Array, memos: KeyphraseMemos, shortNames: ReadonlySet<string>): Keyphrase[] {
  const candidates = new Map<string, Occurrences>()
  const phrases: PhraseTable = new Map()
  const seenInside = new Set<string>()
  const titles: string[] = []
  const surnames = new SurnameCounts()
  const nameFlags = nameFlagsReader(memos.nameFlags, memos.table)
  const partCounts = memos.parts
  partCounts.start()
  const [bodyStart, bodyLength] = bodySpan(sections)
  let t = 0
  let order = 0
  let sentence = 0
  for (const section of sections) {
    const sectionWeight = SECTION_WEIGHT[section.type]
    while (t < tokens.count && tokens.starts[t]! < section.start) t++
    for (; t < tokens.count && tokens.starts[t]! < section.end; t++) {
      if (sentenceStart[t]) sentence++
      if (inMention[t] || tokens.kinds[t] !== KIND.word || !isUpperCode(view.charCodeAt(tokens.starts[t]!))) continue
      if (lexemes[t]! >= 0 && isBesideFirstName(view, tokens, t, lexemes, nameFlags)) surnames.beside(memos.nouns.get(lexemes[t]!, nounKey).key)
      if (sectionWeight === undefined) continue
      const elided = elidedLexeme(view, tokens, t, lexemes, memos.table, memos.tails)
      const lexeme = elided >= 0 ? elided : lexemes[t]!
      // A capitalised adjective right before a capitalised word (Erneuerbare Energien, Nachhaltige Mode at a line's
      // start) is that word's attribute, not a noun of its own.
      if (isAttributeBefore(view, tokens, t, lexemes, memos)) continue
      const noun = memos.nouns.get(lexeme, nounKey)
      if (noun.key === '' || ((sentenceStart[t] || afterColon(view, tokens, t)) && beforePronoun(view, tokens, t))) continue
      partCounts.add(lexeme)
      const adjective = t > 0 && tokens.starts[t - 1]! >= section.start ? phraseAdjectiveBefore(view, tokens, t, inMention, lexemes, memos) : ''
      if (adjective !== '') countPhrase(phrases, adjective, noun.key, lexeme, sectionWeight, sentence, order)
      if (!noun.candidate) continue
      if (!(sentenceStart[t] || afterColon(view, tokens, t) || opensQuote(view, tokens, t) || afterDashNoNoun(view, tokens, t, lexeme, memos)) || memos.knownNouns.get(lexeme, isKnownNoun)) seenInside.add(noun.key)
      let candidate = candidates.get(noun.key)
      if (!candidate) candidates.set(noun.key, (candidate = new Occurrences(order)))
      // News puts what matters first: a body word counts a little more the earlier it stands.
      const weight = section.type === 'body' ? sectionWeight * (1 + EARLY * (1 - (tokens.starts[t]! - bodyStart) / bodyLength)) : sectionWeight
      countOccurrence(candidate, weight, sentence, lexeme)
      if (section.type !== 'body' || !onShortLine(view, tokens.starts[t]!, tokens.ends[t]!)) candidate.prose++
      if (t > 0 && inMention[t - 1] && isNameEnd(view, tokens, t - 1) && spacedTokens(view, tokens, t - 1, t)) candidate.afterName++
      if ((nameFlags(lexeme) & UNLISTED) !== 0 && isInNamePair(view, tokens, t, inMention, lexemes, nameFlags)) candidate.inNamePair++
      // A German noun or compound beside an English word is a theme of its own (die Bürgerinitiative Women on Twenties,
      // des Open-World-Shooters Destiny): only a word the lexicon lacks is part of the English term.
      if (!memos.nounForms.get(lexeme, isNounForm) && isBesideEnglishWord(view, tokens, t, lexemes, nameFlags) && !memos.table.strings[lexeme]!.includes('-')) candidate.besideEnglish++
      if (isQuotedAlone(view, tokens, t)) {
        candidate.quotedAlone++
        if (t >= 2 && tokens.kinds[t - 2] === KIND.word && isWorkNoun(lemmaOf(view.slice(tokens.starts[t - 2]!, tokens.ends[t - 2]!)) ?? '')) titles.push(noun.key)
      }
      order++
    }
  }
  surnames.countAll(view, tokens, inMention, lexemes, (lexeme) => memos.nouns.get(lexeme, nounKey).key)
  // A word only ever quoted alone, once after a work (der Roman „Fährzeiten“, then in „Fährzeiten“), is that work's title.
  for (const key of titles) {
    const title = candidates.get(key)!
    if (title.quotedAlone === title.count) seenInside.delete(key)
  }
  return rank(candidates, bestPhrases(phrases), seenInside, nameWords(tokens, inMention, lexemes, memos.lowers), surnames, partCounts, memos, shortNames)
}

/** The word is a quotation of its own („Fährzeiten“): a title, a term cited or a word held at a distance. */
function isQuotedAlone(view: string, tokens: TokenTable, t: number): boolean {
  if (t === 0 || t + 1 >= tokens.count || tokens.ends[t - 1] !== tokens.starts[t] || tokens.starts[t + 1] !== tokens.ends[t]) return false
  return tokens.ends[t - 1]! - tokens.starts[t - 1]! === 1 && isQuoteCode(view.charCodeAt(tokens.starts[t - 1]!)) && tokens.ends[t + 1]! - tokens.starts[t + 1]! === 1 && isQuoteCode(view.charCodeAt(tokens.starts[t + 1]!))
}

/** Where the body starts (its first range) and how far it reaches to the end of its last range. */
function bodySpan(sections: readonly SectionRange[]): [start: number, length: number] {
  let start = -1
  let end = 0
  for (const section of sections) {
    if (section.type !== 'body') continue
    if (start < 0) start = section.start
    end = section.end
  }
  return [start, Math.max(1, end - start)]
}

/**
 * Token n ends a name as it stands before a part of that name (Hallmann of Hallmann Antriebstechnik): capitalised, no
 * genitive in -s (Merkels Regierung, Siemens) and no adjective of a place, which German capitalises (Hamburger
 * Sandplatzturnier; russische Regierung is lower case anyway).
 */
function isNameEnd(view: string, tokens: TokenTable, n: number): boolean {
  const end = tokens.ends[n]!
  const last = view.charCodeAt(end - 1)
  if (!isUpperCode(view.charCodeAt(tokens.starts[n]!)) || last === 0x73 || last === 0x27 || last === 0x2019) return false
  return !(last === 0x72 && view.charCodeAt(end - 2) === 0x65)
}

/** A line this short, or shorter, is a button, a menu item or a list entry rather than prose. */
const SHORT_LINE = 20

/**
 * The span [start, end) stands on a line of at most SHORT_LINE characters (Kommentieren, Anfahrt, Zur Merkliste): page
 * furniture, not the article's prose; but not on a line that starts with a figure, an entry of a list of amounts
 * (500 g Rinderleber). Reads at most SHORT_LINE characters on either side.
 */
function onShortLine(view: string, start: number, end: number): boolean {
  let left = start
  while (left > 0 && start - left <= SHORT_LINE && view.charCodeAt(left - 1) !== 0x0a) left--
  if ((left > 0 && view.charCodeAt(left - 1) !== 0x0a) || isDigitCode(view.charCodeAt(left))) return false
  let right = end
  while (right < view.length && right - left <= SHORT_LINE && view.charCodeAt(right) !== 0x0a) right++
  return right - left <= SHORT_LINE && (right === view.length || view.charCodeAt(right) === 0x0a)
}

/** Token t follows a colon, after which German may capitalise any word (Zwei Optionen: Einerseits …). */
function afterColon(view: string, tokens: TokenTable, t: number): boolean {
  return t > 0 && tokens.ends[t - 1]! - tokens.starts[t - 1]! === 1 && view.charCodeAt(tokens.starts[t - 1]!) === COLON
}

/**
 * Token t opens a quotation (mit dem Satz „Verurteile nie …“): the quoted sentence's first word, whose capital says
 * nothing about being a noun. The quotation mark stands alone, after a space, a colon or the text's start.
 */
function opensQuote(view: string, tokens: TokenTable, t: number): boolean {
  const quote = t - 1
  if (quote < 0 || tokens.ends[quote] !== tokens.starts[t] || tokens.ends[quote]! - tokens.starts[quote]! !== 1 || !isQuoteCode(view.charCodeAt(tokens.starts[quote]!))) return false
  const before = tokens.starts[quote]! - 1
  return before < 0 || view.charCodeAt(before) === SPACE || view.charCodeAt(before) === COLON || view.charCodeAt(before) === NEWLINE
}

const NEWLINE = 0x0a

/** Words after a verb put first, never after a noun opening a sentence: pronouns, and the adverbs of a request. */
const AFTER_FIRST_VERB: ReadonlySet<string> = new Set(['Sie', 'ich', 'du', 'er', 'es', 'wir', 'ihr', 'man', 'hier', 'mehr'])

/**
 * Token t opens a sentence (or follows a colon) and a pronoun or a request's adverb follows it: a verb put first for a
 * request or a question (Lesen Sie auch, Erfahren Sie mehr, Erfahre hier, Lebe ich …?), not the noun it may also be
 * (das Schreiben).
 */
function beforePronoun(view: string, tokens: TokenTable, t: number): boolean {
  const next = t + 1
  if (next >= tokens.count || tokens.kinds[next] !== KIND.word || tokens.ends[next]! - tokens.starts[next]! > MAX_AFTER_FIRST_VERB) return false
  return AFTER_FIRST_VERB.has(view.slice(tokens.starts[next]!, tokens.ends[next]!))
}

/** The longest word of AFTER_FIRST_VERB: a longer one is looked up in no set. */
const MAX_AFTER_FIRST_VERB = 4

/**
 * Token t follows a dash set off by spaces, after which a dateline or a headline may capitalise any word (Wien –
 * Mindestens 20 Menschen …, – Irgendwann …), and it is no form of any noun the lexicon knows: such a word is as if at a
 * sentence's start. A noun form stays (Rohbau – Heizjacken von Bosch).
 */
function afterDashNoNoun(view: string, tokens: TokenTable, t: number, lexeme: number, memos: KeyphraseMemos): boolean {
  const dash = t - 1
  if (dash < 1 || tokens.ends[dash]! - tokens.starts[dash]! !== 1 || !isDashCode(view.charCodeAt(tokens.starts[dash]!))) return false
  if (!spacedTokens(view, tokens, dash, t) || view.charCodeAt(tokens.starts[dash]! - 1) !== SPACE) return false
  return !memos.nounForms.get(lexeme, isNounForm)
}

/** A form of a noun the lexicon knows, or a word with a derived noun's ending (Verstimmung). */
const isNounForm = (word: string): boolean => nounLemma(word) !== undefined || hasDerivedNounEnding(word.toLowerCase())

const COLON = 0x3a
const SPACE = 0x20

/** The phrase adjective right before token t (one space apart, outside a mention), or ''. */
function phraseAdjectiveBefore(view: string, tokens: TokenTable, t: number, inMention: Uint8Array, lexemes: Int32Array, memos: KeyphraseMemos): string {
  const previous = t - 1
  if (inMention[previous] || tokens.kinds[previous] !== KIND.word) return ''
  if (!spacedTokens(view, tokens, previous, t)) return ''
  return memos.adjectives.get(lexemes[previous]!, adjectiveOf)
}

/**
 * Whether a capitalised word is an inflected adjective (Erneuerbare, Nachhaltige, Große), also one the noun lexicon
 * lists as a nominalised adjective, but no noun form that reads like one (Kellerduelle of Kellerduell, the compound
 * Getriebehersteller).
 */
function isCapitalInflectedAdjective(word: string): boolean {
  if (!isUpperCode(word.charCodeAt(0))) return false
  const lower = word.toLowerCase()
  if (stopwords().has(lower) || adjectiveStem(lower) === '') return false
  const lemma = nounLemma(word)
  return lemma === undefined || isAdjectivalNoun(lemma) || (lemma === word && !isCommonNoun(word) && compoundTail(word) === '')
}

/** Token t is a capitalised adjective one space before a capitalised word on its line (Nachhaltige Mode). */
function isAttributeBefore(view: string, tokens: TokenTable, t: number, lexemes: Int32Array, memos: KeyphraseMemos): boolean {
  const next = t + 1
  if (lexemes[t]! < 0 || !memos.capitalAdjectives.get(lexemes[t]!, isCapitalInflectedAdjective)) return false
  return spacedTokens(view, tokens, t, next) && tokens.kinds[next] === KIND.word && isUpperCode(view.charCodeAt(tokens.starts[next]!))
}

const spreadOf = (sentences: number): number => 1 + SPREAD * Math.log(sentences)

/** The candidates of one label; `key` is the stem of its most frequent member, `keyCount` that member's count. */
interface LemmaGroup {
  key: string
  /** The surface form the label was made from. */
  form: number
  keyCount: number
  info: LabelInfo
  score: number
  count: number
  sentences: number
  first: number
  prose: number
  afterName: number
  inNamePair: number
  besideEnglish: number
}

function rank(candidates: ReadonlyMap<string, Occurrences>, phrases: ReadonlyMap<string, PhraseCandidate>, seenInside: ReadonlySet<string>, names: ReadonlySet<string>, surnames: SurnameCounts, partCounts: PartCounts, memos: KeyphraseMemos, shortNames: ReadonlySet<string>): Keyphrase[] {
  const { labels, table } = memos
  const result: Array<Keyphrase & { first: number }> = []
  const merged = new Set<string>()
  const phraseLabelOf = (phrase: PhraseCandidate, nounLabel: string) => {
    // The phrase's own noun, where the stem joined it to another (schwarze Golfern of Golfer, not of Golf).
    const lemma = memos.phraseNouns.get(labelForm(phrase.forms, table), phraseNounOf) || nounLabel
    let plurals = 0
    for (let k = 0; k < phrase.forms.length; k += 2) if (isPluralForm(table.strings[phrase.forms[k]!]!, lemma)) plurals += phrase.forms[k + 1]!
    return phraseLabel(phrase, plurals, lemma, mostSeenForm(phrase.forms, table, (text) => isPluralForm(text, lemma)))
  }
  // Stems of one lemma (Schneeballsystem and Schneeballsystems, Risiko and Risiken) make one keyphrase.
  const groups = new Map<string, LemmaGroup>()
  for (const [key, candidate] of candidates) {
    if (!seenInside.has(key)) continue
    const form = labelForm(candidate.forms, table)
    const info = labels.get(form, (word) => labelInfo(word, key, memos.places))
    if (info.specificity === 0 || isNamePiece(info.label, names, info.lower) || shortNames.has(info.lower)) continue
    // Spellings with and without a hyphen (Online-Shop, Onlineshop) are one keyphrase, labelled as most often written.
    const spelling = info.label.includes('-') ? info.label.replaceAll('-', '').toLowerCase() : info.lower
    const group = groups.get(spelling)
    if (group === undefined) groups.set(spelling, { key, form, info, score: candidate.score, count: candidate.count, sentences: candidate.sentences, first: candidate.first, keyCount: candidate.count, prose: candidate.prose, afterName: candidate.afterName, inNamePair: candidate.inNamePair, besideEnglish: candidate.besideEnglish })
    else {
      group.score += candidate.score
      group.inNamePair += candidate.inNamePair
      group.prose += candidate.prose
      group.afterName += candidate.afterName
      group.besideEnglish += candidate.besideEnglish
      group.count += candidate.count
      group.sentences += candidate.sentences
      group.first = Math.min(group.first, candidate.first)
      if (candidate.count > group.keyCount) {
        group.key = key
        group.keyCount = candidate.count
        if (info.label !== group.info.label) {
          group.form = form
          group.info = info
        }
      }
    }
  }
  const endHashes = keyEndHashes(candidates)
  for (const { key, form, info, score, count, sentences, first, prose, afterName, inNamePair, besideEnglish } of groups.values()) {
    // A noun that always follows a name with no article between is part of that name (Hallmann Antriebstechnik); a
    // word seen beside a first name often enough is a surname, unless it is an ordinary noun (Lea Wagner); once in a
    // list of many (Hello Kitty Mottoparty) it is not; so is a word often paired with another that no list knows. A word no
    // lexicon knows, always beside a name or an English word (Open Data), is part of a name or an English term.
    if (afterName + besideEnglish >= count || (surnames.isSurname(key) && !isCommonNoun(info.label)) || inNamePair * SURNAME_SHARE >= count) continue
    // A word only ever on short lines of its own is a button, a menu or a list entry (Kommentieren, Anfahrt).
    const head = (hasHeadIn(key, candidates, endHashes) ? HEAD_BOOST : 1) * (prose === 0 ? SHORT_LINE_ONLY : 1)
    // A simple word is what its compounds share (Ausbau of Glasfaserausbau): the compound is the theme, not the word.
    const cohesion = partCounts.partsOf(form).length > 1 ? 1 + COHESION * Math.log1p(partCounts.shared(form, count)) : 1
    let weight = Math.log1p(score) * spreadOf(sentences) * info.specificity * head * info.factor * cohesion
    let label = info.label
    const phrase = phrases.get(key)
    // A phrase that makes up at least half of its noun's occurrences names the theme (künstliche Intelligenz); one seen
    // once must make up all of them (politische Bildung), and its noun's gender must be known for the ending.
    if (phrase !== undefined && (recurs(phrase) ? phrase.count * 2 >= count : phrase.count === count && nounGender(info.label) !== '')) {
      label = phraseLabelOf(phrase, info.label)
      weight *= PHRASE_BOOST / info.everyday
      merged.add(key)
    }
    result.push({ label, weight, first })
  }
  // Phrases of generic nouns (humanitäre Hilfe) and minority phrases stand as their own keyphrases.
  for (const [key, phrase] of phrases) {
    if (merged.has(key) || !recurs(phrase)) continue
    const info = labels.get(labelForm(phrase.forms, table), (word) => labelInfo(word, key, memos.places))
    const lemma = info.specificity === 0 ? (lemmaOf(info.label) ?? info.label) : info.label
    if (isTimeNoun(lemma)) continue
    result.push({ label: phraseLabelOf(phrase, lemma), weight: Math.log1p(phrase.score) * spreadOf(phrase.sentences), first: phrase.first })
  }
  result.sort((a, b) => b.weight - a.weight || a.first - b.first)
  // A phrase can still end in a noun's label (a minority phrase of a generic noun): the better one stands.
  const shown = new Set<string>()
  const keyphrases: Keyphrase[] = []
  for (const { label, weight } of result) {
    if (shown.has(label)) continue
    shown.add(label)
    keyphrases.push({ label, weight })
  }
  return keyphrases
}

/** The hashes of the candidates' keys read backwards: an ending of a key is looked up by the hash of its letters. */
function keyEndHashes(candidates: ReadonlyMap<string, Occurrences>): Set<number> {
  const hashes = new Set<number>()
  for (const key of candidates.keys()) hashes.add(hashBackward(FNV_OFFSET, key))
  return hashes
}

/**
 * Another candidate is the key's head: a proper ending of at least MIN_HEAD letters (streik of bahnstreik). Endings
 * are hashed letter by letter from the end, and only one whose hash is a key's is cut out and looked up.
 */
function hasHeadIn(key: string, candidates: ReadonlyMap<string, Occurrences>, endHashes: ReadonlySet<number>): boolean {
  let hash = FNV_OFFSET
  for (let at = key.length - 1; at >= MIN_LENGTH - 1; at--) {
    hash = hashStep(hash, key.charCodeAt(at))
    if (key.length - at >= MIN_HEAD && endHashes.has(hash) && candidates.has(key.slice(at))) return true
  }
  return false
}

/**
 * Common words say less: weight by how rare the word is, in news (the GermEval counts) or in general German (the
 * Wikipedia noun ranks), whichever finds it commoner; 1 for a word neither knows.
 */
function rarity(label: string): number {
  const lower = label.toLowerCase()
  const count = wordFrequencies().get(lower) ?? 0
  const inNews = count === 0 ? 1 : Math.log(BACKGROUND_TOKENS / (count + 1)) / Math.log(BACKGROUND_TOKENS)
  return Math.min(inNews, nounRarity(lower))
}
