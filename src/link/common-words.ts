// A capitalised word read as a name may just be a German word: `Keller` in "Keller auspumpen", `Bergen` in "auf den
// Bergen", `Franken` in "250 Millionen Franken", `Oder` opening a sentence. Such a reading needs the text's support:
// an unknown single word that is an ordinary noun is not a name; a known one is not a place after an article or a
// determiner (but rivers: "die Oder"), nor anything after an amount.
import { isWeekdayTime } from '../shared/calendar.js'
import { adjectiveStem, afterRegionPrefix, SURNAME_PARTICLES, compoundSplit, isCommonAcronym, compoundTail, EDITIONS, hasDerivedNounEnding, isChemicalName, hasPlaceHead, headKind, isAdjectivalNoun, isBinnenINoun, isListedForm, isEnglishWord, lexiconList, nounLemma, REGION_PREFIXES, type KbEntry } from '../lexicon/index.js'
import { isDigit, isLetter, isLower, isUmlaut, isUpper } from '../shared/chars.js'
import { capitalisedAfter, opensSentence, wordBefore } from './around.js'
import type { EntityRecord, MentionRange } from '../analysis.js'
import type { Piece } from './pieces.js'
import { AMOUNT, AMOUNT_WORDS, ATTRIBUTE, DERIVED, EDITION, ENGLISH, ENGLISH_FUNCTION, isAttribute, LISTED_NAME, NOUN_SHAPED, OPENER, STOPWORD } from './name-facts.js'
import type { WordChecks } from './word-checks.js'
import { afterSmallAdjective, besideNoun } from './noun-context.js'
import { CREDIT_LABELS } from '../sections/page-words.js'
import { opensCompound } from './compound-parts.js'

const DETERMINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine',
  'keinen', 'keinem', 'keiner', 'dieser', 'diese', 'diesen', 'diesem', 'dieses', 'jeder', 'jede', 'jeden', 'jedem',
  'alle', 'allen', 'viele', 'vielen', 'mehrere', 'einige', 'manche', 'wenige', 'solche', 'welche', 'sein', 'seine',
  'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'unseren', 'unserem',
  'mein', 'meine', 'dein', 'deine', 'euer', 'eure', 'zum', 'zur', 'beim', 'vom', 'ins', 'ans', 'aufs',
])
const INDEFINITE: ReadonlySet<string> = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'mehrere', 'einige', 'viele', 'vielen', 'wenige', 'manche', 'solche', 'alle', 'allen'])

/** How many unknown names of one article withoutCommonNouns looks for as the first part of a compound. */
const MAX_COMPOUND_CHECKS = 16

/** A word in capitals this long or longer may be a common word set in capitals (TIPP, INTENSITÄT) rather than an acronym. */
const SHOUTED_LENGTH = 4

/** How far a label's line may reach beyond the word: a colon, an exclamation mark, spaces. */
const LABEL_SLACK = 3

/**
 * view[start, end) is all its line holds but for a few spaces and marks (a button, a label, a menu entry), or opens its
 * line before a colon (TIPP: …, HINWEIS: …).
 */
function standsAlone(view: string, start: number, end: number): boolean {
  let before = start
  while (before > 0 && start - before < LABEL_SLACK && view[before - 1] !== '\n' && !isLetter(view[before - 1]!)) before--
  if (before > 0 && view[before - 1] !== '\n') return false
  if (view[end] === ':') return true
  let after = end
  while (after < view.length && after - end < LABEL_SLACK && view[after] !== '\n' && !isLetter(view[after]!)) after++
  return after === view.length || view[after] === '\n'
}

/** The longest line onShoutedLine reads: a longer one is prose, and reading it again for each word would cost. */
const SHOUTED_LINE = 80

/**
 * view[start, end) stands on a short line with no small letter: a heading, a label or a button set in capitals
 * (PROFIL UND RÖSTUNG, INTENSITÄT 5).
 */
function onShoutedLine(view: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && view[from - 1] !== '\n' && end - from <= SHOUTED_LINE) from--
  let to = end
  while (to < view.length && view[to] !== '\n' && to - from <= SHOUTED_LINE) to++
  if (to - from > SHOUTED_LINE) return false
  for (let i = from; i < to; i++) if (isLower(view[i]!)) return false
  return true
}

/** Every word of a name of several words is a shouted word or a number (INTENSITÄT 5, PROFIL UND RÖSTUNG's words). */
function isShoutedPhrase(text: string, words: WordChecks): boolean {
  let shouted = false
  for (const part of text.split(' ')) {
    if (isShoutedWord(part, words)) shouted = true
    else if (!isAmount(part)) return false
  }
  return shouted
}

/**
 * A word in capitals whose written form is a German noun, ends like one (RÖSTUNG) or is a common English word (TIPP,
 * SPENDEN, GREEN), alone on its line or on a line in capitals: type set in capitals on a button, a label or a heading,
 * not an acronym (DEKRA, MAGGI) nor a title in prose (dem STANDARD).
 */
function isShoutedWord(word: string, words: WordChecks): boolean {
  if (word.length < SHOUTED_LENGTH) return false
  for (let i = 0; i < word.length; i++) if (!isUpper(word[i]!)) return false
  const lower = word.toLowerCase()
  const written = word[0]! + lower.slice(1)
  return words.isCommonNoun(written) || isEnglishWord(lower) || hasDerivedNounEnding(lower)
}

function isNamedInstitution(word: string): boolean {
  return headKind(word) === 'institution' && !lexiconList('orgHeads').has(word)
}

/** A number or a number word (250, Millionen, drei): what a unit follows. */
export function isAmount(word: string): boolean {
  return word !== '' && (isDigit(word[0]!) || AMOUNT_WORDS.has(word))
}

/**
 * A credit's label before a colon or a copyright sign (Bild: Gregory Batardon, Foto © dpa): the label of the credit
 * that follows, not a newspaper of that name.
 */
function isCreditLabel(word: string, view: string, end: number): boolean {
  if (!CREDIT_LABELS.includes(word.toLowerCase())) return false
  let at = end
  while (at < view.length && (view[at] === ' ' || view[at] === '\u00a0')) at++
  return view[at] === ':' || view[at] === '©'
}

/** Articles of surname particles (von der, van den) and the particles before them. */
const PARTICLE_ARTICLES: ReadonlySet<string> = new Set(['der', 'den', 'dem', 'des', 'de', 'la'])
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'vom', 'de', 'di', 'da'])

/** Inflected adjectives in small letters that may stand between an article and its noun (die zahlreichen toten …). */
const MAX_ADJECTIVES = 2

/**
 * The word at `offset` follows an article, a determiner or an amount, right before it or before adjectives of it (das
 * Leasing, ein fairer Münzwurf, 1600 tote Hummeln): how German writes a common noun, and not a person. A participle
 * right before a name is more often a verb (…, versicherte Netanyahu), so an adjective alone is no article.
 */
export function followsArticle(view: string, offset: number, particles = true): boolean {
  let at = offset
  for (let k = 0; k <= MAX_ADJECTIVES; k++) {
    const before = wordBefore(view, at)
    // `von der Vogelweide`, `van der Bellen`: the article of a surname's particles (unless no person is asked about).
    if (k === 0 && particles && isParticleArticle(view, at, before)) return false
    if (DETERMINERS.has(before) || (k > 0 && isAmount(before))) return true
    if (k === MAX_ADJECTIVES || before === '' || adjectiveStem(before) === '') return false
    while (at > 0 && !isLetter(view[at - 1]!)) at--
    at -= before.length
    if (at < 0 || !isLower(view[at]!)) return false
  }
  return false
}

/** `before`, the word before `offset`, is the article of a surname's particles (der of von der, den of van den). */
function isParticleArticle(view: string, offset: number, before: string): boolean {
  return PARTICLE_ARTICLES.has(before) && NAME_PARTICLES.has(wordBefore(view, offset - before.length - 1))
}

/** The word at `offset` follows a surname's particles (von der Vogelweide, van Gogh). */
function afterNameParticle(view: string, offset: number): boolean {
  const before = wordBefore(view, offset)
  return NAME_PARTICLES.has(before) || isParticleArticle(view, offset, before)
}

/**
 * The single-word name piece is better read as a common word. `entries` are its knowledge-base candidates, best first;
 * `repeated`: other pieces of the article have the same text; `articled(text)`: at least half of the pieces of that
 * text follow an article (see followsArticle).
 * People are judged by the clusters they join (see plausiblePerson), names of several words are names.
 */
export function readsAsCommonWord(piece: Piece, entries: readonly KbEntry[], view: string, repeated: boolean, articled: (text: string) => boolean, words: WordChecks): boolean {
  if (piece.kind !== 'name') return false
  const opens = opensSentence(view, piece.start)
  if (piece.text.includes(' ')) return entries.length === 0 && ((opens && isAdjectiveAndNouns(piece.text, words)) || (isShoutedPhrase(piece.text, words) && onShoutedLine(view, piece.start, piece.end)))
  const word = piece.text
  // A weekday with a time of day (Montagfrüh, Sonntagabend) says when, wherever it stands.
  if (isCreditLabel(word, view, piece.end) || isWeekdayTime(word)) return true
  const facts = words.nameWordFacts(word)
  if (opens && ((facts & STOPWORD) !== 0 || (entries.length === 0 && (facts & (OPENER | AMOUNT)) !== 0))) return true
  // A function word on a line in capitals is that word, even where an acronym is spelt so (JETZT MIT KARTE: not MIT).
  if ((facts & STOPWORD) !== 0 && onShoutedLine(view, piece.start, piece.end)) return true
  // Two capitals are an acronym (IT, US), not the English word.
  const englishWord = (facts & ENGLISH_FUNCTION) !== 0 && !(word.length <= 2 && word === word.toUpperCase())
  if (entries.length === 0 && (englishWord || (isShoutedWord(word, words) && (standsAlone(view, piece.start, piece.end) || onShoutedLine(view, piece.start, piece.end))))) return true
  // `Neuer Radweg am Kanal`, `Lange Schlangen vor dem Amt`: an inflected adjective opening a sentence before a
  // capitalised word is that word's attribute, not a surname (Manuel Neuer); `Neuer hält den Elfmeter` stays a name.
  if (opens && (facts & ATTRIBUTE) !== 0 && capitalisedAfter(view, piece.end)) return true
  const entry = entries[0]
  // An unknown word the recogniser reads as a place or body again and again is one (Pfarrkirchen, a town); read as
  // some other thing, a word again and again is still a word (Rufbusse).
  // So is a compound naming one institution (das Kultusministerium), but not a bare head (die Polizei, das Ministerium).
  const unknownWord = entry === undefined && piece.label !== 'PER' && (!repeated || piece.label === 'OTH') && !isNamedInstitution(word)
  const before = wordBefore(view, piece.start)
  // `das Pro Max`: an edition word after another is a product's edition, not a name of its own.
  if ((facts & EDITION) !== 0 && EDITIONS.has(before)) return true
  // After an amount, a word the knowledge base does not name (or names as a thing) is its unit: 999 Euro, 5 Franken.
  if (isAmount(before) && (entry === undefined || entry.type === 'other')) return true
  // A person's name takes no article: an unknown word read as one but mostly written after an article (die Hummeln)
  // is a noun, whether the lexicon lists it or not; a listed name stays a person's (der Müller).
  if (entry === undefined && piece.label === 'PER' && (facts & (NOUN_SHAPED | LISTED_NAME)) === NOUN_SHAPED && articled(word)) return true
  // An English word read as a person or a place that nobody is named, once or after articles (Catch, das Leasing), is
  // a word of English copy or a German loan; a brand repeats it bare (Chrome, Outlook).
  if (entry === undefined && (piece.label === 'PER' || piece.label === 'LOC') && (facts & (NOUN_SHAPED | ENGLISH | LISTED_NAME)) === (NOUN_SHAPED | ENGLISH) && (!repeated || articled(word))) return true
  if (!words.isCommonNoun(word)) return unknownWord && words.isInflectedCompound(word)
  if (isAmount(before)) return true
  if (entry === undefined) return unknownWord
  // `Leiden müssen …`, `Bergen konnten …`: a town's name that is a word too, opening a sentence, is the word.
  if (entry.type === 'place' && (entry.info['kind'] ?? 'city') === 'city' && !repeated && opensSentence(view, piece.start)) return true
  if (entry.type === 'person' || !DETERMINERS.has(before)) return false
  // Countries and regions take articles (die Schweiz, zur Türkei), rivers too (die Oder): towns do not.
  if (entry.type === 'place') return (entry.info['kind'] ?? 'city') === 'city'
  return INDEFINITE.has(before)
}

/**
 * Without the entities the knowledge base does not know that are named by one noun-shaped word and are nouns, counted
 * over every mention once propagation has found them all:
 * - anything named by a noun written for both sexes with a capital I (WissenschaftlerInnen), or by a word that no
 *   list names anyone by, shaped like a noun, that only ever opens a line before a colon (Merke:, Fazit:; SECO: stays);
 * - people named by a word the article mostly writes after an article (diese Klauseln, die Klauseln), by a common
 *   English word (Muffins) or by an inflected adjective (Grünem); a listed first name or surname stays (der Müller);
 * - places, bodies and things named by a noun of the lemma lexicon or a common English word that the article mostly
 *   writes after an article (der Münzwurf, des Labels): a town or a firm is written bare (in Pfarrkirchen, bei Bosch);
 * - bodies and things named by an inflected form of a common noun that the article mostly writes after an article
 *   (die Körbe, des Landes);
 * - places named by an inflected form of a common noun or an umlaut plural of a compound (Erdnüsse, Frustkäufe);
 * - anything but an institution (das österreichische Verteidigungsministerium) that the article mostly writes where
 *   German puts a common noun: after an inflected adjective in small letters or in a list beside an ordinary noun
 *   (intensives Aroma, Wind und Sonne; see noun-context.ts);
 * - bodies and things but institutions named by a word the article also writes as the first part of a closed compound
 *   with an ordinary noun (Alpaka and Alpakawolle; see compound-parts.ts);
 * - anything named by an acronym German writes as an ordinary noun (SMS, BIP, CEO, GPS; lexicon/common-acronyms.ts).
 */
export function withoutCommonNouns(entities: readonly EntityRecord[], view: string, isKnown: (id: string) => boolean, isKnownName: (name: string) => boolean, words: WordChecks): EntityRecord[] {
  const isListNoun = (word: string) => isNounOrCompound(word.slice(word.lastIndexOf('-') + 1), words) && (words.nameWordFacts(word) & LISTED_NAME) === 0 && !isKnownName(word)
  let compoundChecks = 0
  return entities.filter((entity) => {
    const name = entity.name
    if (isKnown(entity.id)) return true
    // A substance with its adjective (Grüner Wasserstoff, flüssiges Methan) is a substance too. A name of several words
    // that opens with a word in small letters, no surname's particle, is a phrase the recogniser ran over (deutsche
    // Polizei, für Konsumenteninformation, state of): names open with a capital or a brand's small letter (iPhone 6).
    if (name.includes(' ')) return !isQualifiedSubstance(name) && !opensWithSmallWord(name)
    if (isBinnenINoun(name)) return false
    const facts = words.nameWordFacts(name)
    // A chemical element or substance (Radon, Ammoniak, Kohlendioxid) is what is measured or made, not who or where.
    if (isChemicalName(name) && (facts & LISTED_NAME) === 0) return false
    // An acronym written as an ordinary noun (die SMS, das BIP, der CEO, per GPS) is a thing, not a body.
    if (isCommonAcronym(name)) return false
    // A hyphen compound ending in a common noun (Brexit-Referendum, Syrien-Krise, Bittencourt-Flanke) names what
    // happened to or with its first part, which the recogniser read as a place, a body or a thing: the compound is a
    // noun.
    if (entity.type !== 'person' && isHyphenNoun(name, entity.type === 'organization', isKnownName, words)) return false
    if ((facts & (NOUN_SHAPED | LISTED_NAME)) === NOUN_SHAPED && onlyLineLabels(view, entity.mentions)) return false
    if ((facts & (NOUN_SHAPED | LISTED_NAME)) !== NOUN_SHAPED) return true
    // A common English word the knowledge base does not know as a place (Labels, Time, Breaking) names no place: German
    // news writes foreign places by their German or own names, which no English word list holds.
    // A town so named is written as one: after a place's preposition (in Flint, in Going) or a word for a town.
    if (entity.type === 'place' && (facts & ENGLISH) !== 0 && !entity.mentions.some((mention) => afterPlaceWord(view, mention.start))) return false
    if (headKind(name) === undefined && mostlyInNounPlaces(view, entity.mentions, entity.type === 'place', isListNoun)) return false
    // Towns and people open closed compounds too (Prümtalradweg, Blasiussegen); a word read as a body or a thing does
    // so as a word (Alpakawolle). Each check reads the text once: a few per article.
    if ((entity.type === 'organization' || entity.type === 'other') && headKind(name) === undefined && compoundChecks++ < MAX_COMPOUND_CHECKS && opensCompound(view, name, words)) return false
    if (entity.type === 'person') {
      // An inflected adjective names no one (mit Grünem Wasserstoff), nor does a noun made from another word
      // (Agilität).
      if ((facts & (ENGLISH | ATTRIBUTE | DERIVED)) !== 0) return false
      // Nor a closed compound of two common nouns that no name list knows (Heulage, Chlorgas, Asylwerber): surnames
      // so made (Zimmermann, Schumacher) are listed.
      if (isNounCompound(name, words) && !entity.mentions.some((mention) => afterNameParticle(view, mention.start))) return false
      return !mostlyAfterArticle(view, entity.mentions)
    }
    // A body or thing named by an inflected form of a common noun, mostly after articles (die Körbe, des Landes): a
    // firm's or club's name is a noun's base form (Sturm, Raiffeisen) or known to the knowledge base (die Eisbären).
    if (entity.type !== 'place' && mostlyAfterArticle(view, entity.mentions, false) && isInflectedNoun(name, words)) return false
    // A place is not named by a listed plural or case form of a common noun (Erdnüsse), article or not, nor by an umlaut
    // plural of a compound (Frustkäufe of Frustkauf): towns keep their own forms (Rheinfelden, Kiefersfelden, Sölden).
    if (entity.type === 'place' && isNounFormOfPlace(name, words) && !isPlaceShaped(name, isKnownName)) return false
    // Places and things are not named by a closed compound of two common nouns that no place's or institution's head
    // ends (nach Niederlagenserie, in Seenot, das Weltall): the knowledge base knows the towns so named (Königswinter),
    // and others open with no noun (Ober|wart, Weißen|fels). Bodies are (Wirtschaftsbund, Radiotest, Zielpunkt).
    if ((entity.type === 'place' || entity.type === 'other') && !isPlaceShaped(name, isKnownName) && isNounCompound(name, words)) return false
    // The lemma lexicon's compound search is the dearest question: for the other places it is asked last, and few get
    // that far.
    // A place has no surname's particles: `von der Sonne` is an article.
    if (entity.type !== 'place' || isPlaceShaped(name, isKnownName) || !mostlyAfterArticle(view, entity.mentions, false)) return true
    return (facts & ENGLISH) === 0 && nounLemma(name) === undefined
  })
}

/** The first word is in small letters only (a hyphen allowed) and no surname's particle (von, de, van der). */
function opensWithSmallWord(name: string): boolean {
  const first = name.slice(0, name.indexOf(' '))
  for (let i = 0; i < first.length; i++) if (!(isLower(first[i]!) || first[i] === '-')) return false
  return !SURNAME_PARTICLES.has(first)
}

/** Prepositions of a place, and words for a town before its name. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'im', 'aus', 'nach'])
const TOWN_WORDS: ReadonlySet<string> = new Set(['stadt', 'ort', 'gemeinde', 'dorf', 'kleinstadt'])

/**
 * The word at `offset` follows a place's preposition after a word that is no English one (Kindern in Flint, im Wiener
 * Flex; not Change in Time), or a word for a town (der Stadt Flint).
 */
function afterPlaceWord(view: string, offset: number): boolean {
  const before = wordBefore(view, offset)
  if (TOWN_WORDS.has(before)) return true
  if (!PLACE_PREPOSITIONS.has(before)) return false
  let end = offset
  while (end > 0 && !isLetter(view[end - 1]!)) end--
  return !isEnglishWord(wordBefore(view, end - before.length))
}

/**
 * An ordinary noun or a compound of one (Kinderspielplatz), but not one with the head of a place's name (Mittelberg,
 * Leopoldsdorf, Heldenplatz). The lemma lexicon's compound search is asked only for a word with a listed noun at its
 * end.
 */
function isNounOrCompound(word: string, words: WordChecks): boolean {
  return words.isCommonNoun(word) || (compoundTail(word) !== '' && !hasPlaceHead(word.toLowerCase()) && nounLemma(word) !== undefined)
}

/**
 * A closed compound whose modifier and head are both common nouns (Niederlagen|serie, See|not), where the modifier is
 * no region's prefix (Ober|wart) nor an adjective (Weißen|fels, Schwarzen|berg), which open towns' names.
 */
function isNounCompound(word: string, words: WordChecks): boolean {
  const tail = compoundTail(word)
  if (tail === '') return false
  const modifier = word.slice(0, word.length - tail.length)
  if (REGION_PREFIXES.includes(modifier) || adjectiveStem(modifier.toLowerCase()) !== '') return false
  const split = compoundSplit(word)
  return split !== undefined && split[1] !== '' && words.isCommonNoun(split[1]) && !isAdjectivalNoun(split[1])
}

/** Two words, an adjective and a chemical element or substance (Grüner Wasserstoff, Flüssiges Erdgas). */
function isQualifiedSubstance(name: string): boolean {
  const space = name.indexOf(' ')
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return false
  return isChemicalName(name.slice(space + 1)) && adjectiveStem(name.slice(0, space).toLowerCase()) !== ''
}

/** Heads of the names of sites and parts of towns that are common nouns too (Ernst-Happel-Stadion, Rhein-Herne-Kanal, Graz-Süd). */
const SITE_HEADS: ReadonlySet<string> = new Set(['stadion', 'arena', 'halle', 'haus', 'park', 'center', 'zentrum', 'city', 'kanal', 'hafen', 'bad', 'kirche', 'dom', 'schloss', 'palast', 'turm', 'tunnel', 'garten', 'friedhof', 'ring', 'tor', 'süd', 'nord', 'ost', 'west', 'mitte'])
/** The shortest last part read as a noun of its own. */
const MIN_HYPHEN_HEAD = 3

/** Heads of the names of bands, ensembles and companies of a trade that the organization heads lack (Nina-Hagen-Band, Arca-Film). */
const BODY_HEADS: ReadonlySet<string> = new Set(['band', 'orchester', 'chor', 'ensemble', 'film', 'tourismus', 'games'])

/** A head that names a body after a hyphen (Hanser-Verlag, Al-Nusra-Front, Nina-Hagen-Band). */
function isBodyHead(head: string): boolean {
  return lexiconList('orgHeads').has(head) || BODY_HEADS.has(head.toLowerCase())
}

/**
 * A word of parts joined by hyphens whose last part is a common noun that names no site (Iran-Deal, Corona-Krise,
 * Gelb-Sperre; not Düsseldorf-Arena, Otto-Glöckel-Straße, Grün-Weiß, whose last part is a listed name too), nor, for
 * a body, an organization's head (Hanser-Verlag, Al-Nusra-Front).
 */
function isHyphenNoun(word: string, body: boolean, isKnownName: (name: string) => boolean, words: WordChecks): boolean {
  const hyphen = word.lastIndexOf('-')
  // One letter before the hyphen makes a brand (T-Mobile, E-Plus) or a kind (E-Auto), not a noun of the first part.
  if (hyphen <= 0 || (hyphen === 1 && isLetter(word[0]!)) || word.length - hyphen - 1 < MIN_HYPHEN_HEAD || !isUpper(word[hyphen + 1]!)) return false
  const head = word.slice(hyphen + 1)
  if ((body && isBodyHead(head)) || SITE_HEADS.has(head.toLowerCase()) || (words.nameWordFacts(head) & LISTED_NAME) !== 0 || isKnownName(head) || isPlaceShaped(word, isKnownName)) return false
  if (words.isCommonNoun(head)) return true
  const lemma = nounLemma(head)
  return lemma !== undefined && lemma !== head && words.isCommonNoun(lemma)
}

/** A lemma this long is a compound in practice; a shorter one may be a town's look-alike (Sölden, not of Sold). */
const MIN_UMLAUT_LEMMA = 7

/**
 * A place's name that reads as a noun form: a form the lemma list holds of a common noun (Erdnüsse), or a plural with
 * an umlaut its long lemma lacks (Frustkäufe of Frustkauf, Grenzzäune). The lemma lexicon is asked only for a listed
 * form or a word with an umlaut.
 */
function isNounFormOfPlace(word: string, words: WordChecks): boolean {
  const listed = isListedForm(word)
  const marked = umlauts(word)
  if (!listed && marked === 0) return false
  const lemma = nounLemma(word)
  if (lemma === undefined || lemma === word) return false
  return (listed && words.isCommonNoun(lemma)) || (lemma.length >= MIN_UMLAUT_LEMMA && marked > umlauts(lemma))
}

function umlauts(word: string): number {
  let count = 0
  for (let i = 0; i < word.length; i++) if (isUmlaut(word[i]!)) count++
  return count
}

/** An inflected form of a common noun (Körbe of Korb, Landes of Land), not the noun itself. */
function isInflectedNoun(word: string, words: WordChecks): boolean {
  const lemma = nounLemma(word)
  return lemma !== undefined && lemma !== word && words.isCommonNoun(lemma)
}

/**
 * A word shaped like a place's name, which German may write after an article too (die Etrichstraße, die Hofburg, die
 * Ostschweiz, das Innenministerium): a head of street, place or area names, an institution's head, or a region of a
 * known place.
 */
function isPlaceShaped(word: string, isKnownName: (name: string) => boolean): boolean {
  if (hasPlaceHead(word.toLowerCase()) || headKind(word) !== undefined) return true
  const rest = afterRegionPrefix(word, MIN_REGION_REST)
  return rest !== '' && isKnownName(rest)
}

/** The shortest place after a region prefix (Ost|ende is no region). */
const MIN_REGION_REST = 4

/** Every mention opens its line and ends before a colon: a label (Merke: …), or a speaker in an interview. */
function onlyLineLabels(view: string, mentions: readonly MentionRange[]): boolean {
  for (const { start, end } of mentions) if ((start > 0 && view[start - 1] !== '\n') || view[end] !== ':') return false
  return mentions.length > 0
}

/**
 * At least half of the mentions stand where German puts a common noun: after an inflected adjective in small letters
 * or in a list beside an ordinary noun (noun-context.ts).
 */
function mostlyInNounPlaces(view: string, mentions: readonly MentionRange[], place: boolean, isNoun: (word: string) => boolean): boolean {
  // A compound holding the name (der ehemalige Sturm-Kicker, Mazda-Chef) is what the adjective goes with.
  return atLeastHalf(mentions, ({ start, end, kind }) => kind !== 'part' && view[end] !== '-' && (afterSmallAdjective(view, start, place) || besideNoun(view, start, end, isNoun)))
}

/** At least half of `spans` pass `test` (all of none). */
function atLeastHalf<T>(spans: readonly T[], test: (span: T) => boolean): boolean {
  let passed = 0
  for (const span of spans) if (test(span)) passed++
  return passed * 2 >= spans.length
}

/**
 * At least half of the spans (an entity's mentions, one text's pieces) follow an article (see followsArticle;
 * `particles`: `von der` before a name is a surname's, as for people).
 */
export function mostlyAfterArticle(view: string, spans: ReadonlyArray<{ readonly start: number }>, particles = true): boolean {
  return atLeastHalf(spans, (span) => followsArticle(view, span.start, particles))
}

/**
 * An inflected adjective and ordinary nouns (Neuer Belag, Große Pläne), which opening a sentence are no name the
 * knowledge base does not know.
 */
function isAdjectiveAndNouns(text: string, words: WordChecks): boolean {
  const parts = text.split(' ')
  if (!isAttribute(parts[0]!)) return false
  for (let i = 1; i < parts.length; i++) if (!words.isCommonNoun(parts[i]!)) return false
  return true
}

/** Joiners of place names whose tail is a name of its own: Frankfurt am Main, Frankfurt an der Oder, Halle (Saale). */
const JOINERS: readonly string[] = [' am ', ' an der ', ' ob der ', ' in der ']
const MAX_LOOKBACK = 40

/**
 * The piece is the tail of a longer known name whose head stands right before it (`Main` of `Frankfurt am Main`
 * when a slash or a dash kept the recogniser from seeing the whole): the head's mention names the place.
 */
export function isTailOfKnownName(piece: Piece, view: string, isKnownName: (name: string) => boolean): boolean {
  if (piece.kind !== 'name' || piece.start < 2 || view[piece.start - 1] !== ' ' || piece.text.includes(' ')) return false
  for (const joiner of JOINERS) {
    const at = piece.start - joiner.length
    if (at <= 0 || !view.startsWith(joiner, at)) continue
    let from = at
    while (from > 0 && at - from < MAX_LOOKBACK && view[from - 1] !== ' ' && view[from - 1] !== '/' && view[from - 1] !== '\n') from--
    return from < at && isKnownName(view.slice(from, at) + joiner + piece.text)
  }
  return false
}
