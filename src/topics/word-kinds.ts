// Kinds of noun that rank lower or not at all as keyphrases: who rather than what (Hersteller, Stadtrat, Kleinstadt,
// Beschäftigte), times (Donnerstagabend, Achtzigerjahre, Geschäftsjahr) and words made of a tagged name (Velmora-Aktie).
import { KIND, type TokenTable } from '../analysis.js'
import { actorHeadGroup, actorHeads, adjectiveStem, isAdjectivalNoun, isBinnenINoun, isCommonNoun, isKnownModifier, isNounLemma, isVerbalNoun, kbEntries, nounGender, nounLemma, afterRegionPrefix, hasPlaceHead, PLACE_HEADS, STREET_HEADS } from '../lexicon/index.js'
import { isUpperCode } from '../shared/chars.js'
import type { LexemeMemo } from '../shared/lexemes.js'

const WEEKDAYS: readonly string[] = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'wochenend']
const DECADES: readonly string[] = ['zwanziger', 'dreißiger', 'vierziger', 'fünfziger', 'sechziger', 'siebziger', 'achtziger', 'neunziger']
/** Heads that make a compound a stretch of time (Verhandlungsnacht, Geschäftsjahr, Vorjahreszeitraum, Sommerpause, Verhandlungstag). */
const TIME_HEADS: ReadonlySet<string> = new Set(['nacht', 'woche', 'monat', 'jahr', 'stunde', 'abend', 'zeitraum', 'quartal', 'pause', 'tag', 'jahrzehnt', 'jahrhundert', 'morgen', 'mittag', 'vormittag', 'nachmittag', 'wochenende', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'zeitpunkt', 'periode', 'minute', 'sekunde', 'saison', 'halbjahr', 'semester', 'ferien'])
/** Compounds of Tag that are assemblies or occasions, not days (Landtag, Parteitag, Gedenktag). */
const TAG_ASSEMBLIES: ReadonlySet<string> = new Set(['landtag', 'bundestag', 'kreistag', 'reichstag', 'parteitag', 'kirchentag', 'katholikentag', 'städtetag', 'ärztetag', 'juristentag', 'gemeindetag', 'landkreistag', 'gedenktag', 'jahrestag', 'aktionstag', 'welttag', 'weltfrauentag', 'frauentag', 'kindertag', 'nationalfeiertag'])
/** Heads that make a compound a source of news, not its subject (Polizeiangaben, Pressemitteilung, Fachjournal). */
const SOURCE_HEADS: ReadonlySet<string> = new Set(['angabe', 'angaben', 'mitteilung', 'aussendung', 'stellungnahme', 'medienkonferenz', 'pressekonferenz', 'korrespondent', 'journal', 'zeitschrift', 'zeitung', 'magazin'])
const MIN_MODIFIER = 3

/** Donnerstagabend, Wochenendes, Achtzigerjahren: times, not themes (lower case). */
export function isTimeCompound(lower: string): boolean {
  return WEEKDAYS.some((day) => lower.startsWith(day)) || DECADES.some((decade) => lower.startsWith(decade))
}

/**
 * A compound lemma whose head is one of `heads` (lower case), also in the feminine (Herstellerin), after a modifier the
 * lexicon knows as a noun or an adjective (Kredit|nehmer, Sozial|demokrat, Klein|stadt; not Appa|rat). The word's
 * endings are looked up first, so only a possible head costs a lexicon check.
 */
function hasHead(lemma: string, heads: ReadonlySet<string> | ((lower: string) => boolean), modifier: (text: string) => boolean = isModifier): boolean {
  const lower = lemma.toLowerCase()
  for (let at = MIN_MODIFIER; at < lower.length; at++) {
    if (isHeadWord(lower.slice(at), heads) && (modifier(lemma.slice(0, at)) || (lower.length - at >= MIN_INNER_HEAD && endsListedCompound(lemma, at, modifier)))) return true
  }
  return false
}

/** A head this long is seldom a chance ending of a listed word (Exp|ort, Trans|port). */
const MIN_INNER_HEAD = 5

/**
 * The head at `at` ends a listed compound that a modifier opens (Wirtschafts|straf|kammer: Strafkammer is listed), so
 * the part before the head (Wirtschaftsstraf) need not be a modifier of its own.
 */
function endsListedCompound(lemma: string, at: number, modifier: (text: string) => boolean): boolean {
  for (let from = MIN_MODIFIER; from < at - MIN_MODIFIER; from++) {
    const tail = lemma[from]!.toUpperCase() + lemma.slice(from + 1)
    if (isNounLemma(tail) && modifier(lemma.slice(0, from))) return true
  }
  return false
}

/** One of `heads` (lower case), or its feminine in -in (herstellerin). */
function isHeadWord(lower: string, heads: ReadonlySet<string> | ((lower: string) => boolean)): boolean {
  if (typeof heads === 'function') return heads(lower) || (lower.endsWith('in') && heads(lower.slice(0, -2)))
  return heads.has(lower) || (lower.endsWith('in') && heads.has(lower.slice(0, -2)))
}

function isModifier(modifier: string): boolean {
  return isKnownModifier(modifier) || adjectiveStem(modifier.toLowerCase() + 'e') !== ''
}

/**
 * A modifier of a head of people or places: also a verb stem or a noun without its e (Wohn|gebiet, Fähr|mann). Before
 * other heads of corpora/topics/actor-heads.txt these would make things of themes (Straf|raum, Heiz|fläche).
 */
function isPersonModifier(modifier: string): boolean {
  return isKnownModifier(modifier) || isVerbStem(modifier) || isDroppedE(modifier)
}

const MIN_STEM = 3

/** A verb stem before a head (Wohn|gebiet, Schieß|stand): the lexicon knows its nominalised verb or its noun in -ung. */
function isVerbStem(modifier: string): boolean {
  if (modifier.length < MIN_STEM || modifier.endsWith('-')) return false
  const noun = modifier[0]!.toUpperCase() + modifier.slice(1)
  return isVerbalNoun(noun + 'en') || isNounLemma(noun + 'ung')
}

/** A feminine noun in -e that drops its e before a head (Fähr|mann, Sach|walter, Schul|leiter). */
function isDroppedE(modifier: string): boolean {
  if (modifier.length < MIN_STEM || modifier.endsWith('-')) return false
  const noun = modifier[0]!.toUpperCase() + modifier.slice(1) + 'e'
  return isNounLemma(noun) && nounGender(noun) === 'f'
}

/**
 * A street or square name made from a place or person in -er (Wehntalerstrasse, Sanderstraße, Barfüsserplatz): the
 * way streets are named; common nouns rarely end so (Einkaufsstraße, Marktplatz, Kurzzeitparkplatz do not).
 */
export function isStreetName(lemma: string): boolean {
  const lower = lemma.toLowerCase()
  return STREET_HEADS.some((head) => lower.length - head.length >= MIN_MODIFIER + 2 && lower.endsWith('er' + head))
}

/**
 * The name of a place the recogniser missed: a place head after a first part the lexicon knows neither as a noun nor
 * as an adjective (Galli|markt, Hardt|wald, Rothen|baum); common nouns so made are compounds of known words
 * (Wochen|markt, Kiefern|wald) or listed (Kapital).
 */
export function isPlaceName(lemma: string): boolean {
  const lower = lemma.toLowerCase()
  for (const head of PLACE_HEADS) {
    if (lower.length - head.length < MIN_MODIFIER || !lower.endsWith(head)) continue
    const modifier = lemma.slice(0, lemma.length - head.length)
    if (!modifier.endsWith('-') && !isModifier(modifier) && !isCommonNoun(lemma)) return true
  }
  return false
}

/** The knowledge base's place names and aliases, and the capitalised derived forms of places: their people. */
export interface PlaceWords {
  readonly names: ReadonlySet<string>
  readonly demonyms: ReadonlySet<string>
}

/** Read once per engine (see KeyphraseMemos), so that tag() reads no knowledge base. */
export function placeWords(): PlaceWords {
  const names = new Set<string>()
  const demonyms = new Set<string>()
  for (const entry of kbEntries()) {
    if (entry.type !== 'place') continue
    names.add(entry.name)
    for (const alias of entry.aliases) names.add(alias)
    for (const form of entry.forms) if (isUpperCode(form.charCodeAt(0))) demonyms.add(form)
  }
  return { names, demonyms }
}

/** People named by where they come from (Kolumbianer, Münchnerin): who, and the place is the entity. */
export function isDemonym(lemma: string, places: PlaceWords): boolean {
  return places.demonyms.has(lemma) || isPlaceDemonym(lemma)
}

/** The shortest place name before a demonym's -er (Ems|er is not read as one). */
const MIN_DEMONYM_PLACE = 5

/**
 * A word the lexicon lacks made of a place's name and -er (Hütteldorfer, Breisgauer, Altausseer; Waldviertler of
 * Waldviertel): the people or things of a place the knowledge base does not know, not a theme.
 */
function isPlaceDemonym(lemma: string): boolean {
  const lower = lemma.toLowerCase()
  if (!lower.endsWith('er') || lower.length - 2 < MIN_DEMONYM_PLACE) return false
  const place = lower.slice(0, -2)
  if (!hasPlaceHead(place) && !(place.endsWith('l') && hasPlaceHead(place.slice(0, -1) + 'el'))) return false
  return nounLemma(lemma) === undefined && !isCommonNoun(lemma)
}

/** A region named by a position and a known place (Unterfranken, Nordhessen, Süd-Tirol): a name, not a theme. */
export function isRegionName(lemma: string, places: PlaceWords): boolean {
  const rest = afterRegionPrefix(lemma, MIN_MODIFIER)
  return rest !== '' && places.names.has(rest)
}

/** A compound lemma whose head is a stretch of time (Geschäftsjahr, Verhandlungsnacht). */
export function hasTimeHead(lemma: string): boolean {
  const lower = lemma.toLowerCase()
  return (hasHead(lemma, TIME_HEADS) && !TAG_ASSEMBLIES.has(lower)) || isTimePoint(lower) || isPeriod(lower)
}

/**
 * Phases of a life, an office or an age before Zeit (Amtszeit, Jugendzeit, Nachkriegszeit, Blütezeit, Haftzeit): a
 * stretch of time. Zeit after other modifiers is often the theme (Arbeitszeit, Nachspielzeit, Wartezeit, Mahlzeit).
 */
const PERIOD_MODIFIERS: readonly string[] = ['amts', 'regierungs', 'krisen', 'kriegs', 'nachkriegs', 'zwischenkriegs', 'vorkriegs', 'jugend', 'kindheits', 'schul', 'studien', 'lebens', 'blüte', 'haft', 'corona', 'pandemie', 'weihnachts', 'advents', 'oster', 'urlaubs', 'ferien']
const PERIOD_HEAD = 'zeit'

function isPeriod(lower: string): boolean {
  if (!lower.endsWith(PERIOD_HEAD)) return false
  const modifier = lower.slice(0, lower.endsWith(`-${PERIOD_HEAD}`) ? -PERIOD_HEAD.length - 1 : -PERIOD_HEAD.length)
  return PERIOD_MODIFIERS.includes(modifier)
}

/** A stretch of time as a compound's first part (lower case, with its linking element). */
const TIME_MODIFIERS: readonly string[] = ['jahres', 'monats', 'wochen', 'quartals', 'halbjahres', 'jahrzehnts', 'jahrhunderts', 'jahrhundert', 'saison', 'tages', 'semester', 'vorjahres', 'vormonats', 'vorquartals', 'vorwochen']
/**
 * Points and parts of a stretch of time (Jahresanfang, Monatsende, Jahreswechsel, Jahreshälfte), and the comparisons
 * and intervals that figures are given in (im Jahresabstand, im Vorjahresvergleich, binnen Jahresfrist).
 */
const POINT_HEADS: ReadonlySet<string> = new Set(['anfang', 'beginn', 'ende', 'mitte', 'wechsel', 'hälfte', 'abstand', 'vergleich', 'frist', 'rhythmus', 'takt', 'stand'])

/** A point or a part of a stretch of time (Jahresanfang, Saisonende, Jahreshälfte), lower case: when, not what. */
function isTimePoint(lower: string): boolean {
  for (const modifier of TIME_MODIFIERS) if (lower.startsWith(modifier) && POINT_HEADS.has(lower.slice(modifier.length))) return true
  return false
}

/** Stretches of time besides TIME_HEADS that a phrase may name (schwierige Zeiten, ein ganzes Jahrzehnt). */
const TIME_SPANS: ReadonlySet<string> = new Set(['zeit', 'minute', 'sekunde', 'jahrzehnt', 'jahrhundert', 'epoche', 'ära', 'weile'])

/**
 * A noun lemma that is a stretch of time, alone or as a compound's head (Jahr, Zeit, Geschäftsjahr): an adjective
 * makes no theme of it (turbulente Jahre, schwierige Zeiten).
 */
export function isTimeNoun(lemma: string): boolean {
  const lower = lemma.toLowerCase()
  return TIME_HEADS.has(lower) || TIME_SPANS.has(lower) || hasTimeHead(lemma)
}

/** Works that are named in quotes (der Roman „Fährzeiten“, im Film „Nachtschicht“), alone or as a compound's head. */
const WORK_HEADS: ReadonlySet<string> = new Set(['film', 'roman', 'buch', 'album', 'song', 'serie', 'sendung', 'oper', 'musical', 'ballett', 'ausstellung', 'gedicht', 'gedichtband', 'erzählband', 'erzählung', 'novelle', 'dokumentation', 'doku', 'podcast', 'bestseller', 'komödie', 'tragödie', 'drama', 'thriller', 'krimi', 'inszenierung', 'hörspiel', 'single', 'show', 'kolumne', 'theaterstück', 'bühnenstück', 'titel'])
/** Works only as whole words: as heads they make other things (Grund|stück, Mit|glied, Kraft|werk). */
const WORK_WORDS: ReadonlySet<string> = new Set(['stück', 'lied', 'werk', 'auftragswerk', 'bühnenwerk'])

/** A noun lemma that names a work: a book, a film, a play, a song (Debütroman, Theaterstück, Kinofilm). */
export function isWorkNoun(lemma: string): boolean {
  const lower = lemma.toLowerCase()
  return WORK_WORDS.has(lower) || WORK_HEADS.has(lower) || hasHead(lemma, WORK_HEADS)
}

/** A compound lemma whose head says where news comes from (Unternehmensangabe, Polizeimitteilung). */
export function hasSourceHead(lemma: string): boolean {
  return hasHead(lemma, SOURCE_HEADS)
}

/**
 * The lemma names people, a body or a place: a nominalised adjective (Beschäftigte, Abstimmende), or a word of
 * corpora/topics/actor-heads.txt or a compound of one (Wärmepumpenhersteller, Mitgliedstaat), also in the feminine
 * (Herstellerin).
 */
export function isActorNoun(lemma: string): boolean {
  if (isAdjectivalNoun(lemma) || isFemininePerson(lemma) || hasPersonSuffix(lemma) || isInclusivePerson(lemma)) return true
  const heads = actorHeads()
  return isHeadWord(lemma.toLowerCase(), heads) || hasHead(lemma, heads) || hasHead(lemma, isPersonOrPlaceHead, isPersonModifier)
}

/**
 * Heads that name a person after a noun (Bezirks|leiter, Bäcker|meister, Spitzen|reiter) but a thing after an
 * adjective or alone (Halbleiter, die Leiter), so not in corpora/topics/actor-heads.txt, whose heads count after an
 * adjective too.
 */
const PERSON_HEADS: ReadonlySet<string> = new Set(['leiter', 'meister', 'reiter'])

/** One of PERSON_HEADS or of the heads of people and places of corpora/topics/actor-heads.txt (lower case). */
function isPersonOrPlaceHead(lower: string): boolean {
  return PERSON_HEADS.has(lower) || actorHeadGroup('people').has(lower) || actorHeadGroup('places').has(lower)
}

const MIN_PERSON = 4
/** Words in -ist this long are people (Spezialist, Journalist), shorter ones are not (Frist, Zwist). */
const MIN_IST = 7

/** A masculine noun with a suffix of people (Spezialist, Meteorologe, Ingenieur); Frist and Paragraf are no such. */
function hasPersonSuffix(lemma: string): boolean {
  const lower = lemma.toLowerCase()
  if (!((lower.length >= MIN_IST && lower.endsWith('ist')) || lower.endsWith('loge') || lower.endsWith('eur'))) return false
  return nounGender(lemma) === 'm'
}

/** Marks that write a noun of people for all genders before -in (Leser*in, Lehrer:in, Forscher_in). */
const GENDER_MARKS: readonly string[] = ['*in', ':in', '_in']

/** A noun of people written for all genders (Newsletterleser*in, LehrerIn): who, whatever the head. */
function isInclusivePerson(lemma: string): boolean {
  return GENDER_MARKS.some((mark) => lemma.endsWith(mark)) || isBinnenINoun(lemma)
}

/**
 * A feminine noun of a person in -in whose masculine is a masculine noun of the lexicon (Apothekerin, Initiatorin,
 * Seniorin, Kollegin): who, whatever the head. A masculine or neuter word in -in is none (Termin, Benzin).
 */
function isFemininePerson(lemma: string): boolean {
  if (!lemma.endsWith('in') || lemma.length - 2 < MIN_PERSON) return false
  const gender = nounGender(lemma)
  if (gender === 'm' || gender === 'n') return false
  const stem = lemma.slice(0, -2)
  // Kollegin, Botin: the masculine in -e.
  return [stem, stem + 'e'].some((masculine) => nounLemma(masculine) === masculine && nounGender(masculine) === 'm')
}

const lowerCase = (word: string): string => word.toLowerCase()

/** The lowercase words inside the article's entity mentions; `lower` memoises each lexeme's lower case. */
export function nameWords(tokens: TokenTable, inMention: Uint8Array, lexemes: Int32Array, lower: LexemeMemo<string>): Set<string> {
  const words = new Set<string>()
  for (let t = 0; t < tokens.count; t++) if (inMention[t] && tokens.kinds[t] === KIND.word && lexemes[t]! >= 0) words.add(lower.get(lexemes[t]!, lowerCase))
  return words
}

/**
 * A label made of a name the article tags as an entity: a name word's derived form in -er (Wolfsburger), a hyphen
 * compound that starts with one (Velterra-Aktie), or a mention's word that no noun list knows (Atim of Sheila Atim,
 * standing alone before an interview answer): the entity is the tag. (A label that is itself a mention's word
 * elsewhere and a noun, such as Alzheimer, stays: the article also uses it as a noun.)
 */
export function isNamePiece(label: string, names: ReadonlySet<string>, lower = label.toLowerCase()): boolean {
  if (names.has(lower) && nounLemma(label) === undefined && !isCommonNoun(label)) return true
  if (lower.endsWith('er') && names.has(lower.slice(0, -2))) return true
  const hyphen = lower.indexOf('-')
  return hyphen > 0 && names.has(lower.slice(0, hyphen))
}
