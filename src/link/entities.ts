// Linking: recognised mentions → entities with a canonical name, type, stable id and all their mentions.
import { TAGGED_SECTIONS, type EntityRecord, type MentionInput, type SectionRange } from '../analysis.js'
import { adjectiveStem, compoundTail, iocCountry, isCommonNoun, NAMES_NOTHING, nounLemma, isEnglishWord, lexiconList, regionalNames, type KbEntry } from '../lexicon/index.js'
import { wordBefore } from './around.js'
import { isLetter, isLowerCode, MAX_WORD_LENGTH } from '../shared/chars.js'
import { ID_PREFIX } from '../shared/ids.js'
import { followsArticle, isTailOfKnownName, mostlyAfterArticle, readsAsCommonWord } from './common-words.js'
import { namesNothing } from './empty-names.js'
import { clubContext, hasSportsContext } from './context.js'
import type { KbIndex } from './kb-index.js'
import { chooseEntries, labelType, lookupForm, lookupName, lookupPrefix } from './lookup.js'
import { foldKey, genitiveBases } from './names.js'
import { looksLikeNoun } from './name-facts.js'
import { clusterName, clusterPersons, type PersonCluster } from './persons.js'
import { mentionPieces, type Piece } from './pieces.js'
import type { LinkContext } from './types.js'
import { sectionAt } from './salience.js'
import { WordChecks } from './word-checks.js'
import { Groups } from './groups.js'
import { isDateName, isEnglishPhrase, isFurnitureName } from './name-words.js'

/** Entities (salience not yet set) from the mentions of one document; `slug` makes the ids of unknown names. */
export function linkEntities(mentions: readonly MentionInput[], context: LinkContext, index: KbIndex, slug: (name: string) => string): EntityRecord[] {
  const words = context.words ?? new WordChecks()
  const isKnownName = (name: string) => lookupName(index, name) !== undefined
  const all: Piece[] = []
  for (let i = 0; i < mentions.length; i++) {
    for (const piece of mentionPieces(mentions[i]!, i, context.view, isKnownName)) {
      if (!hasOpaqueWord(piece.text) && !hasWebAddress(piece.text) && !(piece.entryId === undefined && isDateName(piece.text))) all.push(piece)
    }
  }
  let sports: boolean | undefined
  const isSports = () => (sports ??= hasSportsContext(context.view))
  const groups = new Groups()
  const people: Piece[] = []
  /** People pieces that resolved to a knowledge-base person. */
  const known = new Set<Piece>()
  const unlinked: Piece[] = []

  // Every piece's candidates first: where the knowledge base offers several equally good entries (die Grünen of
  // Germany and of Austria), the countries of the article's unambiguous entries choose.
  const candidates = all.map((piece) => {
    const given = piece.entryId === undefined ? undefined : index.byId.get(piece.entryId)
    return given ? [given] : resolvePiece(piece, index, context.view, isSports)
  })
  // A name that reads as a common word here, or that is the tail of a longer name, names nothing.
  const sameText = new Map<string, Piece[]>()
  for (const piece of all) {
    const others = sameText.get(piece.text)
    if (others) others.push(piece)
    else sameText.set(piece.text, [piece])
  }
  // Whether most pieces of a text follow an article: asked of few texts, so counted when first asked.
  const articled = new Map<string, boolean>()
  const mostlyArticled = (text: string): boolean => {
    let value = articled.get(text)
    if (value === undefined) articled.set(text, (value = mostlyAfterArticle(context.view, sameText.get(text)!)))
    return value
  }
  const own = (piece: Piece) => piece.entryId !== undefined && context.ownIds?.has(piece.entryId) === true
  const named = all.map((piece, i) => own(piece) || (!readsAsCommonWord(piece, candidates[i]!, context.view, sameText.get(piece.text)!.length > 1, mostlyArticled, words) && !isTailOfKnownName(piece, context.view, isKnownName) && !(candidates[i]!.length === 0 && (isFurnitureName(piece.text, isKnownName) || words.isPageName(piece.text)))))
  const pieces = all.filter((_, i) => named[i])
  const choices = candidates.filter((_, i) => named[i])
  const focus = countryFocus(pieces, choices)
  const unnamed = applyRegionalNames(pieces, choices, focus, index)
  pieces.forEach((original, i) => {
    if (unnamed.has(i)) return
    let piece = original
    const entry = pickEntry(choices[i]!, focus)
    // `die Bayern` read as derived from the state is the club's name.
    if (piece.kind === 'derived' && entry && index.byClubShort.get(foldKey(piece.text))?.includes(entry)) piece = { ...piece, kind: 'name' }
    if (entry && entry.type !== 'person') groups.addEntry(entry, piece)
    else if (entry?.type === 'person' || piece.label === 'PER' && (piece.kind === 'name' || piece.head !== undefined)) {
      const person: Piece = { ...piece, label: 'PER' }
      if (entry) known.add(person)
      people.push(person)
    }
    else if (entry) groups.addEntry(entry, piece)
    else if (piece.kind === 'name' || (piece.kind === 'part' && piece.head !== undefined)) unlinked.push(piece)
    // A derived word or an unhyphenated compound whose base is unknown names nothing we can point to: dropped.
  })

  for (const piece of splitNamePairs(unlinked, people, index, context.view)) people.push(piece)
  const persons = splitSurnameRuns(people, known, index, context.view)
  // A bare surname that is an ordinary noun names a known person only where the article does not write it as a noun:
  // after an article here, or in most of its occurrences (das Brand of a fashion page, der Kern, eine Rose).
  const nounInText = new Map<string, boolean>()
  const asNoun = (piece: Piece): boolean => {
    if (piece.text.includes(' ') || !words.isCommonNoun(piece.text)) return false
    if (followsArticle(context.view, piece.start)) return true
    let value = nounInText.get(piece.text)
    if (value === undefined) nounInText.set(piece.text, (value = mostlyAfterArticle(context.view, wordOccurrences(context.view, piece.text))))
    return value
  }
  for (const cluster of clusterPersons(persons, index, asNoun)) {
    if (!plausiblePerson(cluster, context.view, words)) continue
    const name = clusterName(cluster)
    // A person named by what names nothing (the English I of What I don't believe …) is no person either, nor one
    // named only as a compound's part that is an ordinary word (Slam of Grand-Slam-Turnier).
    if (cluster.entry === undefined && (namesNothing(name) || isWordPart(name, cluster.pieces, words))) continue
    // A name of common English words only that no one is known by (Virtual Reality, Blade Runner, Eastern Conference)
    // names a thing, a work or an event.
    if (cluster.entry === undefined && isEnglishPhrase(name)) {
      for (const piece of cluster.pieces) groups.add(`${ID_PREFIX.other}:${slug(name)}`, name, 'other', piece)
      continue
    }
    const id = cluster.entry?.id ?? `${ID_PREFIX.person}:${slug(name)}`
    for (const piece of cluster.pieces) groups.add(id, name, 'person', piece)
  }
  addUnlinked(unlinked, groups, slug, words, (name) => isKnownName(name) || index.byClubShort.has(foldKey(name)))
  return groups.records()
}

/** A piece with a word longer than MAX_WORD_LENGTH is junk read as a name: it names nothing, and costs no lookups. */
function hasOpaqueWord(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20) run = 0
    else if (++run > MAX_WORD_LENGTH) return true
  }
  return false
}

/**
 * A piece with a web address that has a path (iStock.com/djedzura of a photo credit, instagram.com/…) or a host
 * (www.…), an e-mail address or a handle (presse@stadt.de, @kanal) names no one: a bare domain may (t-online.de), a
 * slash in a name may too (CDU/CSU, St. Gallen/Appenzell). One pass.
 */
function hasWebAddress(text: string): boolean {
  if (text.startsWith('www.') || text.startsWith('WWW.')) return true
  let dot = -1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x20) dot = -1
    else if (c === 0x40) return true
    else if (c === 0x2e) dot = i
    else if (c === 0x2f && dot >= 0 && i - dot > 2 && isLowerCode(text.charCodeAt(dot + 1))) return true
  }
  return false
}

/** How often each country stands behind the entries of pieces that have exactly one candidate. */
function countryFocus(pieces: readonly Piece[], choices: ReadonlyArray<readonly KbEntry[]>): Map<string, number> {
  const focus = new Map<string, number>()
  const regional = regionalNames()
  // The regional lists are read only for a piece that would vote: most have no single candidate with a country.
  for (let i = 0; i < choices.length; i++) {
    const entries = choices[i]!
    const country = entries.length === 1 ? entries[0]!.info['country'] : undefined
    // A name that means another entry elsewhere (Bundesrat, Freiburg) casts no vote.
    if (country !== undefined && !isRegionalName(regional, pieces[i]!.text)) focus.set(country, (focus.get(country) ?? 0) + 1)
  }
  return focus
}

function isRegionalName(regional: ReadonlyMap<string, ReadonlyMap<string, string>>, text: string): boolean {
  // A name that names nothing in one country (die Linke in Austria) still votes for the country of what it names elsewhere.
  for (const names of regional.values()) {
    const id = names.get(text)
    if (id !== undefined && id !== NAMES_NOTHING) return true
  }
  return false
}

const MIN_COUNTRY_VOTES = 2

/** The country most of the article's unambiguous names belong to, when clearly ahead of the others. */
function mainCountry(focus: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined
  let votes = 0
  let second = 0
  for (const [country, count] of focus) {
    if (count > votes) {
      second = votes
      best = country
      votes = count
    } else if (count > second) second = count
  }
  return votes >= MIN_COUNTRY_VOTES && votes > second ? best : undefined
}

/**
 * In an article about Austria `SP` is the SPÖ, in one about Switzerland `Freiburger` is from Fribourg (kb/regional.tsv).
 * Returns the pieces whose name names nothing there (die Linke, the political left, in Austrian and Swiss news), also
 * where the dictionary found them.
 */
function applyRegionalNames(pieces: readonly Piece[], choices: Array<readonly KbEntry[]>, focus: ReadonlyMap<string, number>, index: KbIndex): ReadonlySet<number> {
  const unnamed = new Set<number>()
  const country = mainCountry(focus)
  const names = country === undefined ? undefined : regionalNames().get(country)
  if (!names) return unnamed
  pieces.forEach((piece, i) => {
    if (names.get(piece.text) === NAMES_NOTHING) unnamed.add(i)
    const id = piece.entryId === undefined ? names.get(piece.text) : undefined
    const entry = id === undefined ? undefined : index.byId.get(id)
    // A club read from the sports context stays the club (`gegen Freiburg` in a hockey report).
    if (entry && choices[i]![0]?.info['kind'] !== 'club') choices[i] = [entry]
  })
  return unnamed
}

/** The first candidate, unless another one's country is more present in the article. */
function pickEntry(entries: readonly KbEntry[], focus: ReadonlyMap<string, number>): KbEntry | undefined {
  let best = entries[0]
  if (entries.length < 2) return best
  let bestVotes = focus.get(best!.info['country'] ?? '') ?? 0
  for (const entry of entries) {
    const votes = focus.get(entry.info['country'] ?? '') ?? 0
    if (votes > bestVotes) {
      best = entry
      bestVotes = votes
    }
  }
  return best
}

function resolvePiece(piece: Piece, index: KbIndex, view: string, sports: () => boolean): readonly KbEntry[] {
  // A country's code in parentheses after a name or a result (Iraschko-Stolz (AUT), 3. Vtic (SLO) 98) is that country.
  const country = view[piece.start - 1] === '(' && view[piece.end] === ')' ? iocCountry(piece.text) : undefined
  if (country !== undefined) {
    const places = lookupName(index, country)?.entries.filter((entry) => entry.type === 'place') ?? []
    if (places.length > 0) return places
  }
  if (piece.label !== 'PER') {
    const club = index.byClubShort.get(foldKey(piece.text))
    if (club !== undefined && clubContext(piece, view, sports) && club.length === 1) return club
  }
  const memo = index.resolved[piece.kind][piece.label][piece.head === undefined ? 0 : 1]
  return memo.get(piece.text, () => resolveByName(piece, index))
}

/** What a piece names by its text alone (the same for every piece of that kind, label and text): best first. */
function resolveByName(piece: Piece, index: KbIndex): readonly KbEntry[] {
  if (piece.kind === 'derived') {
    const entries = lookupForm(index, piece.text)
    if (!entries) return NONE
    const chosen = chooseEntries(entries, piece.label, '')
    return chosen.length > 0 ? chosen : [entries[0]!]
  }
  if (piece.kind === 'part' && piece.head === undefined) {
    const match = lookupPrefix(index, piece.text)
    return match && isNameCompound(piece.text, match.matched) ? chooseEntries(match.entries, piece.label, match.matched) : NONE
  }
  const match = lookupName(index, piece.text)
  if (match) return chooseEntries(match.entries, piece.label, match.matched, piece.text)
  if (piece.kind === 'part') {
    // Russland-Politik names Russland; deutsch-französisch is a form.
    const entries = lookupForm(index, piece.text)
    return entries ? chooseEntries(entries, piece.label, '') : NONE
  }
  // The people of a place read as a body or a thing (die Türken, die Albaner, die Niederösterreicher) name that place,
  // as its adjective does; its language does not (Englisch, aus dem Englischen, Deutsch).
  if (piece.label !== 'PER' && piece.text.length >= MIN_DEMONYM && !piece.text.includes(' ') && !isLanguageName(piece.text)) {
    const places = lookupForm(index, piece.text)?.filter((entry) => entry.type === 'place')
    if (places !== undefined && places.length > 0) return places
  }
  return NONE
}

const NONE: readonly KbEntry[] = []

/** The shortest form of a place read as its people: shorter ones are often a word of another language (Este). */
const MIN_DEMONYM = 5
const LANGUAGE_ENDINGS: readonly string[] = ['sch', 'ische', 'ischen', 'ischer', 'isches']

/** A language's name or its nominalised forms (Englisch, Deutsch, aus dem Englischen). */
function isLanguageName(word: string): boolean {
  return LANGUAGE_ENDINGS.some((ending) => word.endsWith(ending))
}

/**
 * A compound of a name and a noun (Deutschlandreise, Bundestagswahlkampf): the rest ends in a noun, and the word is
 * no surname (Odermatt is no compound of Oder); Hallentour is none of Halle, whose name is an ordinary word too.
 */
function isNameCompound(word: string, prefix: string): boolean {
  if (isCommonNoun(prefix) || lexiconList('surnames').has(word) || lexiconList('extraSurnames').has(word)) return false
  let rest = word.slice(prefix.length)
  if (rest.startsWith('s') && !endsInNoun(rest)) rest = rest.slice(1)
  return endsInNoun(rest)
}

const MIN_NOUN = 3

function endsInNoun(rest: string): boolean {
  for (let i = 0; i + MIN_NOUN <= rest.length; i++) {
    if (isCommonNoun(rest[i]!.toUpperCase() + rest.slice(i + 1))) return true
  }
  return false
}

const WEAK_ENDINGS: readonly string[] = ['e', 'en', 'es', 'em']

/** An adjective with the ending of a weak or dative form (Reine, Reinen, Neues). */
function isWeakAdjective(word: string): boolean {
  const lower = word.toLowerCase()
  return WEAK_ENDINGS.some((ending) => lower.endsWith(ending)) && adjectiveStem(lower) !== ''
}

/**
 * A person the knowledge base does not know, named once, with no known first name or surname in the name, is more
 * likely a misread phrase (`Hunderte Fans`) than a person, unless a role word introduces it (`Konzernchef Vas
 * Narasimhan`); one named only by ordinary nouns (`Keller`, `Bauern Winzer`) is never taken for a person.
 */
function plausiblePerson(cluster: PersonCluster, view: string, words: WordChecks): boolean {
  if (cluster.entry) return true
  const name = clusterName(cluster)
  const parts = name.split(' ')
  if (parts.every((part) => words.isCommonNoun(part))) return false
  // An adjective in a weak or dative ending before a compound of ordinary nouns that no surname list holds (Reine
  // Beitragszusage, Reinen Widerstandsläufern) is a term, though the adjective is a first name too; Reiner and Frank,
  // with no such ending, are first names before a surname.
  const last = parts[parts.length - 1]!
  if (parts.length === 2 && isWeakAdjective(parts[0]!) && compoundTail(last) !== '' && nounLemma(last) !== undefined && !lexiconList('surnames').has(last)) return false
  if (cluster.pieces.length > 1 || cluster.pieces.some((piece) => words.isRoleWord(wordBefore(view, piece.start)))) return true
  const firstNames = lexiconList('firstNames')
  const surnames = lexiconList('surnames')
  return parts.some((word, i) => (i < parts.length - 1 && firstNames.has(word)) || (i === parts.length - 1 && surnames.has(word)))
}

/**
 * A run of known surnames read as one name (`… in dem Trump Putin gratulierte`) is several people: such pieces leave
 * `unlinked` and come back as one piece per word.
 */
function splitNamePairs(unlinked: Piece[], people: readonly Piece[], index: KbIndex, view: string): Piece[] {
  const surnames = new Set<string>()
  for (const piece of people) {
    const words = piece.text.split(' ')
    if (words.length > 1) surnames.add(foldKey(words[words.length - 1]!))
  }
  const split: Piece[] = []
  const kept: Piece[] = []
  const known = (word: string) => surnames.has(foldKey(word)) || index.bySurname.get(foldKey(word))?.length === 1
  for (let i = unlinked.length - 1; i >= 0; i--) {
    const piece = unlinked[i]!
    const words = piece.text.split(' ')
    if (piece.kind !== 'name' || words.length < 2 || !words.every(known)) kept.push(piece)
    else for (const word of wordPieces(piece, words, view)) split.push(word)
  }
  unlinked.length = 0
  for (let i = kept.length - 1; i >= 0; i--) unlinked.push(kept[i]!)
  return split
}

/**
 * What unknown names are grouped by: a multiword name by the stems of its words, so that its inflections are one
 * entity (Goldener Bär, Goldenen Bären; Deutsche Bank, Deutschen Bank); a single word as written.
 */
function nameKey(name: string, checks: WordChecks): string {
  const words = name.split(' ')
  return words.length > 1 ? words.map((word) => checks.stem(word)).join(' ') : foldKey(name)
}

/** One piece per word of a multiword piece, at the words' offsets. */
function wordPieces(piece: Piece, words: readonly string[], view: string): Piece[] {
  const pieces: Piece[] = []
  let from = piece.start
  for (const word of words) {
    const at = indexWithin(view, word, from, piece.end)
    const start = at >= 0 ? at : from
    pieces.push({ ...piece, label: 'PER', start, end: start + word.length, text: word })
    from = start + word.length
  }
  return pieces
}

/** Where `word` first stands in view[from, end), or -1: a search that never reads beyond the piece. */
function indexWithin(view: string, word: string, from: number, end: number): number {
  for (let at = from; at + word.length <= end; at++) if (view.startsWith(word, at)) return at
  return -1
}

/**
 * A person name the knowledge base does not know, made only of surnames and no first name, is several people read as
 * one (`in dem Trump Putin gratulierte`): split into one piece per word, in text order. A surname counts when a known person of the
 * article has it (Donald Trump) or the knowledge base knows exactly one person by it. Returns the new list.
 */
function splitSurnameRuns(people: readonly Piece[], known: ReadonlySet<Piece>, index: KbIndex, view: string): Piece[] {
  const firstNames = lexiconList('firstNames')
  const named = new Set<string>()
  for (const piece of known) {
    const words = piece.text.split(' ')
    if (words.length > 1) named.add(foldKey(words[words.length - 1]!))
  }
  const isSurname = (word: string) => !firstNames.has(word) && (named.has(foldKey(word)) || index.bySurname.get(foldKey(word))?.length === 1)
  // By surname, the full names the article writes; made only once a name of MIN_RUN_ON words asks.
  let bySurname: Map<string, Set<string>> | undefined
  const fullNamesBySurname = () => (bySurname ??= fullNamesOf(people))
  /** Another full name of the article ends in `word`. */
  const isOthersSurname = (word: string, text: string) => {
    const owners = fullNamesBySurname().get(foldKey(word))
    return owners !== undefined && (owners.size > 1 || !owners.has(text)) && !firstNames.has(word)
  }
  const isFullName = (words: readonly string[]) => fullNamesBySurname().get(foldKey(words[words.length - 1]!))?.has(words.join(' ')) === true || lookupName(index, words.join(' '))?.entries.some((entry) => entry.type === 'person') === true
  const split: Piece[] = []
  for (const piece of people) {
    const words = known.has(piece) || piece.kind !== 'name' ? undefined : piece.text.split(' ')
    // A full name run on over another person's surname (Landeshauptmann Erwin Pröll Mitterlehner angeschrien), where
    // the article or the knowledge base has both people.
    const last = words === undefined ? '' : words[words.length - 1]!
    if (words && words.length >= MIN_RUN_ON && (isSurname(last) || isOthersSurname(last, piece.text)) && isFullName(words.slice(0, -1))) {
      for (const part of fullNameAndSurname(piece, words, view)) split.push(part)
    } else if (!words || words.length < 2 || !words.every(isSurname)) split.push(piece)
    else for (const word of wordPieces(piece, words, view)) split.push(word)
  }
  return split
}

/** Words of a full name and a surname after it. */
const MIN_RUN_ON = 3

/** The people's full names (pieces of several words) by their surname's key. */
function fullNamesOf(people: readonly Piece[]): Map<string, Set<string>> {
  const bySurname = new Map<string, Set<string>>()
  for (const piece of people) {
    const space = piece.text.lastIndexOf(' ')
    if (piece.kind !== 'name' || space < 0) continue
    const key = foldKey(piece.text.slice(space + 1))
    let owners = bySurname.get(key)
    if (owners === undefined) bySurname.set(key, (owners = new Set()))
    owners.add(piece.text)
  }
  return bySurname
}

/** The piece as a full name and the surname after it, at their offsets; the piece itself where the surname is not found. */
function fullNameAndSurname(piece: Piece, words: readonly string[], view: string): Piece[] {
  const last = words[words.length - 1]!
  const at = view.lastIndexOf(last, piece.end - last.length)
  if (at <= piece.start) return [piece]
  let end = at
  while (end > piece.start && !isLetter(view[end - 1]!)) end--
  return [{ ...piece, end, text: words.slice(0, -1).join(' ') }, { ...piece, start: at, end: at + last.length, text: last }]
}

/** An institution's name with its head word in the nominative: des Wasserwirtschaftsamts Deggendorf, des Zürcher Verkehrsverbunds. */
function headsInNominative(name: string, checks: WordChecks): string {
  const space = name.indexOf(' ')
  if (space < 0) return name
  const words = name.split(' ')
  words[0] = checks.headNominative(words[0]!)
  words[words.length - 1] = checks.headNominative(words[words.length - 1]!)
  return words.join(' ')
}

/** Names the knowledge base does not know: one entity per name, its type the one most of its mentions got. */
function addUnlinked(pieces: readonly Piece[], groups: Groups, slug: (name: string) => string, checks: WordChecks, isKnownName: (name: string) => boolean): void {
  const attested = new Set(pieces.map((piece) => foldKey(piece.text)))
  const byName = new Map<string, { name: string; labels: Map<string, number>; pieces: Piece[] }>()
  for (const piece of pieces) {
    const base = genitiveBases(piece.text).find((candidate) => attested.has(foldKey(candidate))) ?? checks.adjectivesInNominative(headsInNominative(piece.text, checks))
    const key = nameKey(base, checks)
    let entry = byName.get(key)
    if (!entry) {
      entry = { name: base, labels: new Map(), pieces: [] }
      byName.set(key, entry)
    } else if (base.length < entry.name.length) {
      // Goldener Bär before Goldenen Bären: the shortest inflection is the likeliest base form.
      entry.name = base
    }
    entry.labels.set(piece.label, (entry.labels.get(piece.label) ?? 0) + 1)
    entry.pieces.push(piece)
  }
  for (const { name, labels, pieces: named } of byName.values()) {
    if (namesNothing(name)) continue
    // Acronyms (VHS-Kurs) and names the knowledge base knows, clubs by their short names included, stay.
    if (isWordPart(name, named, checks) && !isKnownName(name)) continue
    let label = named[0]!.label
    for (const [candidate, count] of labels) if (count > labels.get(label)!) label = candidate as typeof label
    const type = labelType(label)
    const id = `${ID_PREFIX[type]}:${slug(name)}`
    for (const piece of named) groups.add(id, name, type, piece)
  }
}

/**
 * A name that is only ever a compound's part and an ordinary word of English or German, written as a word: it names
 * nothing (Grand and Slam of Grand-Slam-Turnier, Liga of Liga-Spiel).
 */
function isWordPart(name: string, pieces: readonly Piece[], checks: WordChecks): boolean {
  return pieces.every((piece) => piece.kind === 'part') && looksLikeNoun(name) && (isEnglishWord(name.toLowerCase()) || checks.isCommonNoun(name))
}

/** Entities with at least one mention in a tagged section (title, lead, body): the others are not tags. */
export function keepAnchored(entities: readonly EntityRecord[], sections: readonly SectionRange[]): EntityRecord[] {
  const tagged = sections.filter((section) => TAGGED_SECTIONS.has(section.type))
  return entities.filter((entity) => entity.mentions.some((mention) => sectionAt(tagged, mention.start) !== undefined))
}

/** The most occurrences of a word wordOccurrences reads: enough to tell how an article writes it. */
const MAX_OCCURRENCES = 32

/** Where `word` stands in `view` as a whole word (no letter on either side), at most MAX_OCCURRENCES of them. */
function wordOccurrences(view: string, word: string): Array<{ start: number }> {
  const found: Array<{ start: number }> = []
  for (let at = view.indexOf(word); at >= 0 && found.length < MAX_OCCURRENCES; at = view.indexOf(word, at + word.length)) {
    if ((at > 0 && isLetter(view[at - 1]!)) || (at + word.length < view.length && isLetter(view[at + word.length]!))) continue
    found.push({ start: at })
  }
  return found
}
