// A recognised mention may name several things: `Moskau/Washington` names two places, `russisch-amerikanischen`
// derives from two, `EU-Gipfel` contains one. Pieces are the parts that may each link to an entity.
import type { MentionKind } from '../types.js'
import { cleanSurface } from './names.js'
import type { MentionInput } from '../analysis.js'
import { isCalendarWord, isWeekdayTime } from '../shared/calendar.js'
import { compoundTail, isCommonNoun, isEnglishWord, isListedFirstName, isRoleWord, nounGender, nounLemma } from '../lexicon/index.js'
import { wordBefore } from './around.js'
import { isDashCode, isDigit, isLower, isUpper } from '../shared/chars.js'
import type { NerLabel } from './types.js'
import { businessHeadStart, creditWordStart, descriptionEnd, functionWordEnd, gluedFirstNameStart, gluedFullName, isAcronym, isPrefixWord, leadWordEnd, ownedNounStart } from './name-words.js'

export interface Piece {
  /** The span reported as the mention: the piece itself for names, the whole word for derived and part mentions. */
  start: number
  end: number
  /** What is looked up: the name, or the named segment of a derived or part word. */
  text: string
  label: NerLabel
  kind: MentionKind
  /** For part mentions: the rest of the word after the named part (`Trainer` in `Bayern-Trainer`). */
  head?: string
  entryId?: string
  /** Index of the mention the piece comes from, so alternatives of one mention can be told apart. */
  mention: number
}

/** Offsets of the segments of `text` (starting at `offset`) separated by `separator`, empty segments skipped. */
function segments(text: string, offset: number, separator: string): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let from = 0
  for (;;) {
    const at = text.indexOf(separator, from)
    const to = at < 0 ? text.length : at
    if (to > from) result.push([offset + from, offset + to])
    if (at < 0) return result
    from = at + 1
  }
}

/** The text ends in a hyphen or dash, spaces aside (Nord-, Luft -). */
function endsInHyphen(text: string): boolean {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--
  return end > 0 && isDashCode(text.charCodeAt(end - 1))
}

const SPACE = 0x20

const COLON = 0x3a
const SEMICOLON = 0x3b
const COMMA = 0x2c

/**
 * Offsets of the segments of `text` (starting at `offset`) between separators no name holds: a dash with a space on
 * both sides, a colon or a semicolon before a space, and with `commas` a comma before a space (a person's name holds
 * none: Milik, Fischer of a line-up); each segment without the separator and its spaces; one segment when there is
 * none.
 */
function separatedSegments(text: string, offset: number, commas: boolean): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let from = 0
  for (let i = 1; i + 1 < text.length; i++) {
    if (text.charCodeAt(i + 1) !== SPACE) continue
    const c = text.charCodeAt(i)
    const dash = isDashCode(c) && text.charCodeAt(i - 1) === SPACE
    if (!dash && c !== COLON && c !== SEMICOLON && !(commas && c === COMMA)) continue
    const end = dash ? i - 1 : i
    if (end > from) result.push([offset + from, offset + end])
    from = i + 2
  }
  if (from < text.length) result.push([offset + from, offset + text.length])
  return result
}

/** The fewest names a line-up lists; the most words of each. */
const MIN_LINE_UP = 3
const MAX_PLAYER_WORDS = 2

/**
 * A line-up written as one span (Prada - Walch, Elsneg; Dragovic, Fuchs - Baumgartlinger): at least MIN_LINE_UP names
 * between spaced dashes and commas, a dash among them, each of one or two capitalised words. A title of a work has
 * fewer or longer parts (Wetten, dass..?; So Long, and Thanks for All the Fish).
 */
function isLineUp(text: string, offset: number): boolean {
  if (!text.includes(', ')) return false
  const parts = separatedSegments(text, offset, true)
  if (parts.length < MIN_LINE_UP || separatedSegments(text, offset, false).length < 2) return false
  for (const [start, end] of parts) {
    const words = text.slice(start - offset, end - offset).split(' ')
    if (words.length > MAX_PLAYER_WORDS || !words.every((word) => isUpper(word[0] ?? ''))) return false
  }
  return true
}

/** Every piece has the same shape (all fields set, some undefined): keeps property access monomorphic. */
function makePiece(mention: MentionInput, index: number, start: number, end: number, text: string, head: string | undefined): Piece {
  return { start, end, text, label: mention.label, kind: mention.kind, head, entryId: mention.entryId, mention: index }
}

export function mentionPieces(mention: MentionInput, index: number, view: string, isKnownName: (name: string) => boolean): Piece[] {
  const raw = view.slice(mention.start, mention.end)
  if (mention.entryId !== undefined) return [makePiece(mention, index, mention.start, mention.end, cleanSurface(raw), undefined)]
  if (mention.kind === 'name') {
    // Moskau/Washington names two places when every segment is capitalised; a known whole name (CDU/CSU) stays whole,
    // and so does a place written with a slash for `am` (Frankfurt/Main).
    const slashParts = raw.includes('/') && !isKnownName(cleanSurface(raw)) ? segments(raw, mention.start, '/') : []
    if (slashParts.length > 1 && slashParts.every(([s]) => isUpper(view[s]!))) {
      const texts = slashParts.map(([start, end]) => cleanSurface(view.slice(start, end)))
      const joined = texts.length === 2 ? `${texts[0]} am ${texts[1]}` : ''
      if (joined !== '' && isKnownName(joined)) return [makePiece(mention, index, mention.start, mention.end, joined, undefined)]
      // At the start of a line the names are a dateline's places (`Dresden/Pirna/Meißen -`), whatever the label.
      const label = mention.start === 0 || view[mention.start - 1] === '\n' ? 'LOC' : mention.label
      return slashParts.map(([start, end], k) => ({ ...makePiece(mention, index, start, end, texts[k]!, undefined), label }))
    }
    // `Luft-` of `Luft- und Raumfahrt`, `Nord-` of `Nord- und Südkorea`: the first part of an elided compound names
    // nothing alone.
    if (endsInHyphen(raw)) return []
    // A spaced dash, a colon or a semicolon joins two names (a line-up `Strebinger - Pavelic`, a match `Sky - Cofidis`,
    // `CCB; Corporative Commercial Bank`): each is a name. A work's title keeps its subtitle (CSI: Miami).
    // A thing's name of three or more short names between dashes and commas is a team's line-up (Prada - Walch,
    // Elsneg): no thing. Its surnames alone say too little to be taken for anyone the knowledge base knows.
    if (mention.label === 'OTH' && isLineUp(raw, mention.start)) return []
    const parts = mention.label === 'OTH' ? [] : separatedSegments(raw, mention.start, mention.label === 'PER')
    if (parts.length > 1) {
      const pieces: Piece[] = []
      for (const [start, end] of parts) {
        if (!isUpper(view[start]!)) continue
        for (const piece of namePieces({ ...mention, start, end }, index, view.slice(start, end), view, isKnownName)) if (!endsInHyphen(piece.text)) pieces.push(withBusinessHead(piece, view))
      }
      return pieces
    }
    const pieces = namePieces(mention, index, raw, view, isKnownName)
    for (let k = 0; k < pieces.length; k++) pieces[k] = withBusinessHead(pieces[k]!, view)
    return pieces
  }
  const hyphenParts = raw.includes('-') ? segments(raw, mention.start, '-') : []
  if (mention.kind === 'derived') {
    // russisch-amerikanischen: each part derives from a name, and is that name's mention (a span names one entity).
    if (hyphenParts.length < 2) return [makePiece(mention, index, mention.start, mention.end, cleanSurface(raw), undefined)]
    return hyphenParts.map(([start, end]) => makePiece(mention, index, start, end, cleanSurface(view.slice(start, end)), undefined))
  }
  // Part mentions: every segment but the last may be the name (EU-Gipfel, Nicht-EU-Staaten); a single word is a
  // compound whose name is a prefix (Deutschlandreise), resolved at lookup.
  if (hyphenParts.length < 2) return [makePiece(mention, index, mention.start, mention.end, cleanSurface(raw), undefined)]
  const last = hyphenParts[hyphenParts.length - 1]!
  const head = view.slice(last[0], last[1])
  // A single letter before a hyphen is no name (S-Bahn, U-Boot, E-Auto).
  let named = hyphenParts.slice(0, -1).filter(([start, end]) => end - start > 1)
  // A prefix (Alt-Landeshauptmann, Ex-OGH-Präsidentin) is no name, and after one only a known name or an acronym is
  // (Ex-Profi-Fußballer names no one).
  if (named.length > 0 && isPrefixWord(view.slice(named[0]![0], named[0]![1]))) {
    named = named.slice(1).filter(([start, end]) => isAcronym(view, start, end) || isKnownName(cleanSurface(view.slice(start, end))))
  }
  return named.map(([start, end]) => makePiece(mention, index, mention.start, mention.end, cleanSurface(view.slice(start, end)), head))
}

/**
 * A single name right after a business head (Café Lindner, Autohaus Scholz) is the business: the piece takes the head
 * in and names an organization, not the person or place that shares the name.
 */
function withBusinessHead(piece: Piece, view: string): Piece {
  if (piece.text.includes(' ')) return piece
  const start = businessHeadStart(view, piece.start)
  return start < 0 ? piece : { ...piece, start, text: view.slice(start, piece.end), label: 'ORG' }
}

const ARTICLES: readonly string[] = [' der ', ' des ', ' dem ', ' den ', ' und ']
const PREPOSITIONS: readonly string[] = [' für ', ' von ', ' vom ', ' aus ', ' mit ', ' bei ', ' gegen ', ' nach ', ' zu ', ' zum ', ' zur ', ' über ', ' unter ', ' vor ', ' seit ']
const JOINERS: readonly string[] = [...ARTICLES, ...PREPOSITIONS]

/**
 * A name as recognised, but a span that ran on: lower-case words and a weekday's time at its end are cut (`Deutschen
 * Bundestages für`, `Freyung Montagfrüh`), and numbers after a person's name (`Cindrić 5`; a product keeps its
 * number: `iPhone 15`). Where the whole is not a known name but its start is, a span over an article or `und` is
 * two names (`Europäische Union der Ukraine`, `Frankfurt am Main und Stuttgart`) and one over a preposition ends
 * before it (`Deutschen Bundestages für Presse`); a whole known name stays (`Institut der deutschen Wirtschaft`,
 * `Bank für Internationalen Zahlungsausgleich`).
 */
function namePieces(read: MentionInput, index: number, span: string, view: string, isKnownName: (name: string) => boolean): Piece[] {
  // A greeting or byline word before the name (Hallo Nici, By Dago), a function word opening a sentence (Als Spalte)
  // unless the whole is a known name (Unter den Linden), text glued to its first name (dpaKonstantin Notz) and a
  // photo credit after it (Olga Symbolbild) are not part of it.
  const greeting = leadWordEnd(span)
  // A work's title keeps its article (Der Pate) unless what follows is a known name (Die Ukraine read as a title).
  const unarticled = functionWordEnd(span, greeting, true)
  const opened = read.label !== 'OTH' || unarticled === greeting || isKnownName(cleanSurface(span.slice(unarticled))) ? unarticled : functionWordEnd(span, greeting)
  const lead = opened > greeting && !isKnownName(cleanSurface(span)) ? opened : greeting
  const skip = gluedFirstNameStart(span, lead)
  // A name that starts with a listed first name after such glue is a person's, whatever the recogniser read.
  const mention: MentionInput = skip > lead ? { ...read, label: 'PER' } : read
  const raw = span.slice(skip, skip + creditWordStart(span.slice(skip)))
  let end = raw.length
  for (;;) {
    const space = raw.lastIndexOf(' ', end - 1)
    if (space <= 0 || !(isLower(raw[space + 1]!) || (mention.label === 'PER' && isDigit(raw[space + 1]!)) || isWeekdayTime(raw.slice(space + 1, end)) || (mention.label === 'PER' && isDateAfterWord(raw, space, end)))) break
    end = space
  }
  // Digits glued to a person's name are a user name's or a page's, not the name's (Nadja Demel13).
  if (mention.label === 'PER') {
    let digits = end
    while (digits > 1 && isDigit(raw[digits - 1]!)) digits--
    if (digits < end && isLower(raw[digits - 1]!)) end = digits
  }
  // A word describing a person before the name (Knirps Dudamel, Dokumentarfilmer Riha) is not the person's name,
  // unless the whole is a known name or a role word stands before the span (Journalistin Wal Ferrao: its first word is
  // the first name).
  let named = 0
  if (mention.label === 'PER' && raw.lastIndexOf(' ', end - 1) > 0 && !isKnownName(cleanSurface(raw.slice(0, end))) && !isRoleWord(wordBefore(view, read.start))) {
    named = descriptionEnd(raw.slice(0, end))
  }
  const start = mention.start + skip + named
  const text = raw.slice(named, end)
  end -= named
  const whole = cleanSurface(text)
  // One word that a function word opened is the sentence's word when the lexicon knows it as a word and no name is
  // so called (Von Jahresbeginn, Als Spalte; Und Eurasien keeps Eurasien): no name at all.
  if (skip === lead && lead > greeting && !whole.includes(' ') && !isKnownName(whole) && isSentenceWord(whole)) return []
  // A first name glued to its surname (RobertHabeck) is that person's name, spaced.
  const spaced = whole.includes(' ') ? '' : gluedFullName(whole, isKnownName)
  if (spaced !== '') return [makePiece({ ...mention, label: 'PER' }, index, start, start + end, spaced, undefined)]
  const affiliation = mention.label === 'PER' ? affiliationStart(text, whole, isKnownName) : -1
  if (affiliation > 0) return [makePiece(mention, index, start, start + affiliation, cleanSurface(text.slice(0, affiliation)), undefined)]
  // A known name's genitive opening an unknown name is its owner (Microsofts Windows Mobile, Tokios Stadion): that
  // name's mention, and the rest a name of its own unless it is a common word.
  const possessor = possessorEnd(text, whole, isKnownName)
  if (possessor > 0) {
    const owner = makePiece(mention, index, start, start + possessor, cleanSurface(text.slice(0, possessor - 1)), undefined)
    const rest = cleanSurface(text.slice(possessor + 1, end))
    return isCommonRest(rest) ? [owner] : [owner, makePiece(mention, index, start + possessor + 1, start + end, rest, undefined)]
  }
  // A person's name in the genitive before a common noun it owns (Georg Rihas Pausenfilm) is the mention without it.
  const owned = mention.label === 'PER' ? ownedNounStart(text) : end
  if (owned < end && !isKnownName(whole)) return [makePiece(mention, index, start, start + owned, cleanSurface(text.slice(0, owned)), undefined)]
  // A known body's, place's or thing's name run on over a score, a place in a table or an inflected ordinary word
  // (Red Bull Salzburg 0:5, 1. FC Köln Vierter, ORF Zahlen) is that name.
  const known = mention.label === 'PER' ? -1 : knownNameEnd(text, whole, isKnownName, view, read.start)
  if (known > 0) return [makePiece(mention, index, start, start + known, cleanSurface(text.slice(0, known)), undefined)]
  const cut = hasLowerWord(text) ? cutAt(text, whole, isKnownName) : undefined
  if (cut === undefined) return [makePiece(mention, index, start, start + end, whole, undefined)]
  const [at, joiner, tail] = cut
  const head = makePiece(mention, index, start, start + at, cleanSurface(text.slice(0, at)), undefined)
  if (!tail) return [head]
  const from = at + joiner.length
  return [head, makePiece(mention, index, start + from, start + end, cleanSurface(text.slice(from)), undefined)]
}

/**
 * raw[space + 1, end) is a weekday or month after a word in small letters (Michael Heinz am Mittwoch): when it was
 * said, not the name; a surname so spelt follows the first name straight (Jennifer Montag).
 */
function isDateAfterWord(raw: string, space: number, end: number): boolean {
  const before = raw.lastIndexOf(' ', space - 1)
  return before > 0 && isLower(raw[before + 1]!) && isCalendarWord(raw.slice(space + 1, end).toLowerCase())
}

/**
 * Where a known name ends that the span runs on after by one word: a score (0:5), a place in a table (Vierter) or an
 * inflected form of an ordinary noun (Zahlen, Probleme, Urteils), which no name ends in; -1 when the whole is a known
 * name or there is no such end. A number (ORF 2, iPhone 7), a noun's base form (BUND Naturschutz, Freenet Gruppe), a
 * place or a name after it stays the span's. A noun's genitive in -s ends one only after a genitive determiner before
 * the span, which starts at `spanStart` in `view` (des ADAC Urteils).
 */
function knownNameEnd(text: string, whole: string, isKnownName: (name: string) => boolean, view: string, spanStart: number): number {
  const space = text.lastIndexOf(' ')
  if (space <= 0) return -1
  const rest = text.slice(space + 1)
  if (!(isScore(rest) || isNominalisedNumber(rest) || isInflectedNounForm(rest) || (isGenitiveNounForm(rest) && GENITIVE_DETERMINERS.has(wordBefore(view, spanStart))))) return -1
  return !isKnownName(whole) && isKnownName(cleanSurface(text.slice(0, space))) ? space : -1
}

/** Two numbers with a colon between: a result (0:5, 2:3). */
function isScore(word: string): boolean {
  const colon = word.indexOf(':')
  if (colon <= 0 || colon === word.length - 1) return false
  for (let i = 0; i < word.length; i++) if (i !== colon && !isDigit(word[i]!)) return false
  return true
}

/**
 * A listed form of an ordinary noun that is not its lemma (Zahlen of Zahl, Urteils of Urteil); not a plural in -s,
 * which ends the English names of teams (Los Angeles Kings, Detroit Pistons).
 */
function isInflectedNounForm(word: string): boolean {
  const lemma = nounLemma(word)
  return lemma !== undefined && lemma !== word && !(word.endsWith('s') && lemma === word.slice(0, -1)) && !isEnglishWord(word.toLowerCase())
}

/** Nouns that end the name of a sponsor's event (des Samsung Cups, des Allianz Marathons). */
const EVENT_HEADS: ReadonlySet<string> = new Set(['cup', 'pokal', 'marathon', 'turnier', 'festival', 'award', 'trophy'])

/** Determiners of a masculine or neuter genitive singular, which open `des ADAC Urteils`. */
const GENITIVE_DETERMINERS: ReadonlySet<string> = new Set(['des', 'eines', 'dieses', 'jenes', 'jedes', 'seines', 'ihres', 'unseres', 'keines'])

/**
 * The genitive in -s of a masculine or neuter ordinary noun (Urteils of Urteil), which ends a known name only after a
 * genitive determiner (des ADAC Urteils): after others it may be an English team's plural (der Los Angeles Kings).
 */
function isGenitiveNounForm(word: string): boolean {
  if (!word.endsWith('s')) return false
  const lemma = word.slice(0, -1)
  if (EVENT_HEADS.has(lemma.toLowerCase())) return false
  const gender = nounGender(lemma)
  return (gender === 'm' || gender === 'n') && nounLemma(word) === lemma && !isEnglishWord(lemma.toLowerCase())
}

/** Ordinals and places in a table written as nouns (Vierter, Dritte, Letzter). */
const NOMINALISED_NUMBERS = /^(?:Erst|Zweit|Dritt|Viert|Fünft|Sechst|Siebt|Acht|Neunt|Zehnt|Letzt|Vorletzt)(?:e|er|en|es)?$/

function isNominalisedNumber(word: string): boolean {
  return NOMINALISED_NUMBERS.test(word)
}

/** A common noun, a compound of one, or a common English word (Spalte, Jahresbeginn, Deal); not Eurasien. */
function isSentenceWord(word: string): boolean {
  return isCommonNoun(word) || isEnglishWord(word.toLowerCase()) || (compoundTail(word) !== '' && nounLemma(word) !== undefined)
}

/**
 * Where a person's full name ends before ` von ` and the body the person is from (Oliver Ebel von Citrix, Lea
 * Maričić von ADRA, Franz Huber von Konzernen): two words or more before it, and after it a known name, an acronym, a
 * common noun or two capitalised words. A surname's particle stays (Mathias Müller von Blumencron, Ursula von der
 * Leyen), and so does a known whole name. -1 when none.
 */
function affiliationStart(text: string, whole: string, isKnownName: (name: string) => boolean): number {
  const at = text.indexOf(' von ')
  if (at <= 0 || text.lastIndexOf(' ', at - 1) < 0) return -1
  const tail = text.slice(at + 5)
  if (!isUpper(tail[0] ?? '') || isKnownName(whole)) return -1
  const words = tail.split(' ')
  const body = isKnownName(cleanSurface(tail)) || isCommonNoun(tail) || isAcronym(tail, 0, tail.length) || (words.length >= 2 && words.every((word) => isUpper(word[0] ?? '')))
  return body ? at : -1
}

/**
 * Where a known name's genitive in -s that opens an unknown name of several words ends (Apples WWDC-Event, Andrew
 * Lloyd Webbers Musical); -1 when there is none, or when the genitive is one first name (Nils Brembach).
 */
function possessorEnd(text: string, whole: string, isKnownName: (name: string) => boolean): number {
  let words = 0
  // The whole name is looked up only once a word could be a genitive: most names have none.
  let wholeChecked = false
  for (let space = text.indexOf(' '); space > 0 && words < MAX_POSSESSOR_WORDS; space = text.indexOf(' ', space + 1)) {
    words++
    if (space <= MIN_POSSESSOR || text[space - 1] !== 's') continue
    if (!wholeChecked) {
      if (isKnownName(whole)) return -1
      wholeChecked = true
    }
    const owner = text.slice(0, space - 1)
    if (!(words === 1 && isListedFirstName(text.slice(0, space))) && isKnownName(cleanSurface(owner))) return space
  }
  return -1
}

/** The most words a possessor's name runs to (Andrew Lloyd Webbers). */
const MAX_POSSESSOR_WORDS = 3

/**
 * What follows an owner's genitive is no name: a word in small letters first (Chinas verbotene Stadt), or one word
 * whose last part is a common word (Tokios Stadion, Microsofts Premium-Verschlüsselungstool).
 */
function isCommonRest(rest: string): boolean {
  if (isLower(rest[0] ?? '')) return true
  return !rest.includes(' ') && isSentenceWord(rest.slice(rest.lastIndexOf('-') + 1))
}

/** The shortest genitive read as a known name's: EU and AG have none. */
const MIN_POSSESSOR = 3

/** Some word of `text` after the first starts in lower case (der, und, für): only then may a name have run on. */
function hasLowerWord(text: string): boolean {
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (isLower(text[i + 1] ?? '')) return true
  return false
}

/** Where a run-on name is cut: [offset, the joiner there, whether the rest is a name of its own]. */
function cutAt(text: string, whole: string, isKnownName: (name: string) => boolean): [number, string, boolean] | undefined {
  for (const joiner of JOINERS) {
    const at = text.indexOf(joiner)
    if (at <= 0 || !isUpper(text[at + joiner.length] ?? '') || !isKnownName(cleanSurface(text.slice(0, at)))) continue
    return isKnownName(whole) ? undefined : [at, joiner, ARTICLES.includes(joiner)]
  }
  return undefined
}
