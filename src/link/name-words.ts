// Words that stand next to a name on real pages without being part of it: a greeting or a byline word before it
// (Hallo Nici, By Dago, Photocredits MYMARINI), a photo credit glued after it (Olga Symbolbild imago), and names made
// only of a date (Do 9 Apr, March) or of the words of buttons and blog footers (TrackBack URI, Filed, Anmelden).
import { CREDIT_LABELS, PAGE_WORDS, PHOTO_SERVICES, PICTURE_LIBRARIES } from '../sections/page-words.js'
import { isCalendarWord } from '../shared/calendar.js'
import { AMOUNT_UNITS, BARE_UNITS } from '../shared/units.js'
import { isDigitCode, isLetter, isLower, isUpper } from '../shared/chars.js'
import { adjectiveStem, compoundTail, isCommonNoun, isEnglishWord, isListedFirstName, isListedName, isListedSurname, isRoleWord, nounLemma, stopwords } from '../lexicon/index.js'

/** Greetings, byline words and a reference's opening word that open a line before a name (lower case). */
const LEAD_WORDS: ReadonlySet<string> = new Set([
  'hallo', 'hi', 'hey', 'servus', 'moin', 'grüezi', 'liebe', 'lieber', 'by', 'posted', 'filed', 'photo', 'photos', 'foto',
  'fotos', 'photocredit', 'photocredits', 'fotocredit', 'fotocredits', 'credit', 'credits', 'copyright',
  // A reference's opening word (Vgl. Wagner 2019, Siehe Müller).
  'vgl.', 'siehe',
])

/** Photo credit words that end a name they are glued to (lower case): labels (Symbolbild) and photo services (imago). */
const CREDIT_WORDS: ReadonlySet<string> = new Set([
  ...CREDIT_LABELS.filter((label) => label !== 'bild' && label !== 'bilder' && label !== 'video'),
  // Two- and three-letter services (AP, dpa) are also parts of names; the longer ones are not.
  ...PHOTO_SERVICES.filter((service) => service.length > 3 && !service.includes(' ') && !service.includes('/')),
  'gettyimages', 'photocredit', 'photocredits', 'fotocredit', 'fotocredits',
])

const isNameSpace = (c: string): boolean => c === ' ' || c === ',' || c === '\u00a0'

/** Where a name starts after a greeting, byline or reference word that opens it and is followed by a capitalised word (0 when none does). */
export function leadWordEnd(raw: string): number {
  let end = 0
  while (end < raw.length && !isNameSpace(raw[end]!)) end++
  if (end === raw.length || !LEAD_WORDS.has(raw.slice(0, end).toLowerCase())) return 0
  // Lower-case words after it belong to the byline too (Posted on, Filed under).
  for (;;) {
    while (end < raw.length && isNameSpace(raw[end]!)) end++
    if (end === raw.length || !isLower(raw[end]!)) break
    while (end < raw.length && !isNameSpace(raw[end]!)) end++
  }
  return end < raw.length ? end : 0
}

/** Articles, which open names (Die Linke, Der Spiegel), among the stopwords. */
const ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'])
/** English words that make a span a title in English (So Long, and Thanks for All the Fish; In Hand of God). */
const ENGLISH_TITLE_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'to', 'with'])

/**
 * Where a name the recogniser ran over a German function word starts (Als Spalte, Und Eurasien, für
 * Konsumenteninformation, Zwischen 2010): after a stopword that opens the span (from `from` on), when the next word
 * holds a capital or a digit. An article counts only when `articles` (a person's, place's or body's name the knowledge
 * base lacks as a whole: Die Ukraine, Das Wifo; a work's title keeps it, Der Pate). `from` when the span is an English
 * title (In Hand of God), or a single word.
 */
export function functionWordEnd(raw: string, from: number, articles = false): number {
  let end = from
  while (end < raw.length && !isNameSpace(raw[end]!)) end++
  // A single word is looked at no further (most spans are one), before any string is cut from it.
  if (end === raw.length) return from
  const written = raw.slice(from, end)
  const word = written.toLowerCase()
  // A first name (Per) or an acronym (IST Austria) is the name's.
  if ((ARTICLES.has(word) && !articles) || !stopwords().has(word) || isListedFirstName(written) || isAcronymBefore(raw, from, end)) return from
  let next = end
  while (next < raw.length && isNameSpace(raw[next]!)) next++
  let cased = false
  for (let i = next; i < raw.length && !isNameSpace(raw[i]!); i++) if (!isLower(raw[i]!)) cased = true
  if (!cased) return from
  for (const part of raw.slice(next).split(' ')) if (ENGLISH_TITLE_WORDS.has(part)) return from
  return next
}

/**
 * Titles of rank, office and address that are part of how a person is named (Prinz William, Königin Silvia, Scheich
 * Chalifa, Lady Gaga, Herr Müller), lower case: no description to cut from the name. Compounds ending in one
 * (Kronprinz, Großherzogin) are read by NAME_TITLE_ENDINGS.
 */
const NAME_TITLES: ReadonlySet<string> = new Set([
  'herr', 'frau', 'dr.', 'prof.', 'lady', 'lord', 'sir', 'dame', 'baron', 'baronin', 'freiherr', 'freifrau', 'papst',
  'zar', 'zarin', 'sultan', 'emir', 'scheich', 'kalif', 'kardinal', 'bischof', 'pater', 'bruder', 'schwester', 'sankt',
  'imam', 'ajatollah', 'rabbi', 'mufti', 'onkel', 'tante', 'captain', 'kapitän',
])
const NAME_TITLE_ENDINGS: readonly string[] = ['prinz', 'prinzessin', 'graf', 'gräfin', 'herzog', 'herzogin', 'fürst', 'fürstin', 'könig', 'königin', 'kaiser', 'kaiserin']

function isNameTitle(word: string): boolean {
  const lower = word.toLowerCase()
  if (NAME_TITLES.has(lower)) return true
  for (const ending of NAME_TITLE_ENDINGS) if (lower.endsWith(ending)) return true
  return false
}

/** The shortest word read as a description (Knirps); shorter nouns are first names too (Wal, Bär). */
const MIN_DESCRIPTION = 4

/** The shortest head read as a compound's noun (Locken|kopf; Michelange|los is no compound). */
const MIN_COMPOUND_HEAD = 4

/** A closed compound the lemma lexicon reads, with a head of MIN_COMPOUND_HEAD letters at least (Lockenkopf). */
function isLemmaCompound(word: string): boolean {
  const tail = compoundTail(word)
  return tail.length >= MIN_COMPOUND_HEAD && nounLemma(word) !== undefined
}

/** The least length of each English word a closed English compound is read as (run|ning|back is no reading). */
const MIN_ENGLISH_PART = 4

/** The longest word read as an English compound: each reading cuts the word anew. */
const MAX_ENGLISH_COMPOUND = 24

/** A word made of two common English words written as one (Runningback, Linebacker): a sport's or trade's word. */
function isEnglishCompound(lower: string): boolean {
  if (lower.length > MAX_ENGLISH_COMPOUND) return false
  for (let at = MIN_ENGLISH_PART; at + MIN_ENGLISH_PART <= lower.length; at++) {
    if (isEnglishWord(lower.slice(0, at)) && isEnglishWord(lower.slice(at))) return true
  }
  return false
}

/**
 * A capitalised word that describes the person it stands before rather than naming them: a German common noun or a
 * compound of one (Knirps Dudamel, Dokumentarfilmer Riha, IHS-Mann Hofer) or a role word (Klubobfrau Krismer); before
 * a listed first name or an initial, a common English word (Goalie Jan Novota), and before an initial a compound of
 * two (Runningback C. J. Anderson; English names are made so too: Wentworth Miller). A short word (Wal), a listed
 * first name or surname (Nikolaus, Toto) and a title that is part of a name (Prinz, Lady, Scheich) are no such word.
 */
function isDescriptionWord(word: string, next: string): boolean {
  if (word.length < MIN_DESCRIPTION || isListedName(word) || isNameTitle(word)) return false
  // A listed name's genitive owns what follows (Michelangelos Madonna).
  if (word.endsWith('s') && isListedName(word.slice(0, -1))) return false
  if (isCommonNoun(word) || isRoleWord(word) || isLemmaCompound(word)) return true
  const lower = word.toLowerCase()
  const initial = next.length === 2 && isUpper(next[0]!) && next[1] === '.'
  return (isEnglishWord(lower) && (initial || isListedFirstName(next))) || (initial && isEnglishCompound(lower))
}

/**
 * Where a person's name starts after the words that open the span and describe the person (Knirps Dudamel,
 * Dokumentarfilmer Riha, Runningback C. J. Anderson; see isDescriptionWord): after the last such word that a
 * capitalised word follows, 0 when the first word is none. The caller keeps known whole names.
 */
export function descriptionEnd(text: string): number {
  let from = 0
  for (;;) {
    const space = text.indexOf(' ', from)
    if (space <= from || !isUpper(text[from]!) || !isUpper(text[space + 1] ?? '')) return from
    let nextEnd = text.indexOf(' ', space + 1)
    if (nextEnd < 0) nextEnd = text.length
    if (!isDescriptionWord(text.slice(from, space), text.slice(space + 1, nextEnd))) return from
    from = space + 1
  }
}

/** The shortest genitive read as a person's before a noun (Rihas; not Ms). */
const MIN_GENITIVE = 4

/**
 * Where a person's name ends before a common noun its last word is the genitive of (Georg Rihas Pausenfilm, Evans
 * Kolumne): at that word's end, the name's length when the span does not end so. A listed first name or an English
 * word or a common noun in -s is no genitive (Thomas Mann, Andreas Koller, Fats Domino, Business Manager), nor is a
 * listed name the noun.
 */
export function ownedNounStart(text: string): number {
  const space = text.lastIndexOf(' ')
  if (space < MIN_GENITIVE || text[space - 1] !== 's') return text.length
  const last = text.slice(space + 1)
  const before = text.lastIndexOf(' ', space - 1)
  const owner = text.slice(before + 1, space)
  if (owner.length < MIN_GENITIVE || !isUpper(owner[0]!) || isListedFirstName(owner) || isEnglishForm(owner.toLowerCase()) || isCommonNoun(owner)) return text.length
  if (!isUpper(last[0] ?? '') || isListedName(last)) return text.length
  return isCommonNoun(last) || isLemmaCompound(last) ? space : text.length
}

/** English inflections a word of the English list may carry (Streets, Charging, Nature's, Augmented by augmenting). */
function isEnglishForm(lower: string): boolean {
  if (isEnglishWord(lower)) return true
  if (lower.endsWith("'s") || lower.endsWith('’s')) return isEnglishWord(lower.slice(0, -2))
  if (lower.endsWith('s') && isEnglishWord(lower.slice(0, -1))) return true
  if (lower.endsWith('ing') && isEnglishWord(lower.slice(0, -3))) return true
  return lower.endsWith('ed') && (isEnglishWord(lower.slice(0, -2)) || isEnglishWord(lower.slice(0, -1)) || isEnglishWord(lower.slice(0, -2) + 'ing'))
}

/**
 * A name of two or more capitalised words that are all common English words or their forms, none a listed first name
 * or surname (Virtual Reality, Blade Runner, Eastern Conference, Augmented Reality): a thing, a work or an event named
 * in English, not a person (Bill Gates, Robin Wright, Nick Miller have listed names).
 */
export function isEnglishPhrase(text: string): boolean {
  let words = 0
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf(' ', from)
    if (to < 0) to = text.length
    const word = text.slice(from, to)
    if (!isUpper(word[0] ?? '') || isListedFirstName(word) || isListedSurname(word) || !isEnglishForm(word.toLowerCase())) return false
    words++
    from = to + 1
  }
  return words >= 2
}

/** text[start, end) is two or more capitals (OGH, EU). */
export function isAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false
  for (let i = start; i < end; i++) if (!isUpper(text[i]!)) return false
  return true
}

/** raw[from, end) is in capitals and the word after it is not (IST Austria; UND RÖSTUNG is a heading in capitals). */
function isAcronymBefore(raw: string, from: number, end: number): boolean {
  if (!isAcronym(raw, from, end)) return false
  let next = end
  while (next < raw.length && isNameSpace(raw[next]!)) next++
  for (let i = next; i < raw.length && !isNameSpace(raw[i]!); i++) if (isLower(raw[i]!)) return true
  return false
}

/** The least length of a surname glued to a first name (RobertHabeck). */
const MIN_GLUED_SURNAME = 3

/**
 * A first name and a surname written as one word (RobertHabeck, KonstantinNotz): the name with its space, or ''
 * when the word is no such pair. The pair must be a known name or end in a listed surname that is no English word:
 * brands keep their inner capital (Finnair, LuxLeaks), and so do two first names (a user name: MikeNils).
 */
export function gluedFullName(word: string, isKnownName: (name: string) => boolean): string {
  if (!isUpper(word[0] ?? '')) return ''
  let at = -1
  for (let i = 1; i < word.length; i++) {
    if (isLower(word[i]!)) continue
    if (at >= 0 || !isUpper(word[i]!)) return ''
    at = i
  }
  if (at < 2 || word.length - at < MIN_GLUED_SURNAME) return ''
  const first = word.slice(0, at)
  const last = word.slice(at)
  if (!isListedFirstName(first)) return ''
  const name = `${first} ${last}`
  return isKnownName(name) || (isListedSurname(last) && !isEnglishWord(last.toLowerCase())) ? name : ''
}

/** The least length of a word part glued before a first name and cut off: in small letters (dpa), a capitalised noun (Sprecher). */
const MIN_GLUED_LOWER = 3
const MIN_GLUED_UPPER = 5

/**
 * Where a name starts when a scraper glued the text before it to its first name with no space (verbotenThomas
 * Tretzka, dpaKonstantin Notz, Düngung verbotenThomas Tretzka, Grünen-SprecherKonstantin Notz): at the capital inside
 * a word that starts a listed first name running to the word's end, when another word follows; `from` when no word
 * from there on is so glued. The glue is a block's end, so the words before it are not the name's either. A
 * capitalised part must be a common noun: brands and names keep their inner capitals (StingRay, MacArthur, MarieLuise).
 */
export function gluedFirstNameStart(raw: string, from: number): number {
  for (let start = from; start < raw.length; ) {
    let end = start
    while (end < raw.length && !isNameSpace(raw[end]!)) end++
    if (end === raw.length) return from
    const at = gluedFirstName(raw, start, end)
    if (at >= 0) return at
    start = end + 1
  }
  return from
}

/** Where a listed first name glued to a part before it starts in the word raw[start, end), or -1. */
function gluedFirstName(raw: string, start: number, end: number): number {
  let at = end - 1
  while (at > start && isLower(raw[at]!)) at--
  if (at === start || !isUpper(raw[at]!) || !isLower(raw[at - 1]!) || !isListedFirstName(raw.slice(at, end))) return -1
  if (isLower(raw[start]!)) return at - start >= MIN_GLUED_LOWER ? at : -1
  // The part after the word's last hyphen (Politiker of Grünen-Politiker), read within the word only.
  let leftStart = at
  while (leftStart > start && raw[leftStart - 1] !== '-') leftStart--
  const left = raw.slice(leftStart, at)
  return left.length >= MIN_GLUED_UPPER && isCommonNoun(left) && !isListedFirstName(left) ? at : -1
}

/** Where a name ends before a credit word after its first word (the name's length when none follows). */
export function creditWordStart(raw: string): number {
  let start = raw.indexOf(' ')
  while (start >= 0) {
    const from = start + 1
    let to = from
    while (to < raw.length && raw[to] !== ' ') to++
    if (CREDIT_WORDS.has(raw.slice(from, to).toLowerCase())) {
      let end = start
      while (end > 0 && isNameSpace(raw[end - 1]!)) end--
      return end
    }
    start = to < raw.length ? to : -1
  }
  return raw.length
}

/**
 * Words of blog and forum furniture in English (lower case), beside the German page words of the sections stage:
 * what footers and comment boxes say around an article (Filed under, Permanentlink, TrackBack URI, 3 Comments).
 */
const WEB_WORDS: ReadonlySet<string> = new Set([
  'filed', 'under', 'posted', 'tags', 'tagged', 'category', 'categories', 'comment', 'comments', 'reply', 'replies',
  'like', 'likes', 'share', 'shares', 'thanks', 'permalink', 'permanentlink', 'trackback', 'pingback', 'uri', 'url',
  'feed', 'archive', 'archives', 'print', 'follow', 'subscribe', 'previous', 'next', 'newer', 'older', 'faq', 'faqs',
  'download', 'downloads', 'pdf', 'slider', 'uncategorized', 'allgemein', 'sidebar', 'widget', 'footer', 'header',
  // Price lines of shop pages (inkl. MwSt., zzgl. Versand).
  'mwst', 'ust', 'zzgl', 'inkl', 'versand', 'versandkosten', 'warenkorb',
])

/** A run of this many page words is a share bar or a menu, whatever names of services stand in it. */
const FURNITURE_RUN = 3

/**
 * A name made only of page words (TrackBack URI, ANMELDEN, Feed Twitter Facebook Youtube): buttons and footers read
 * as a name. A shorter one with a word the knowledge base knows is a service's name (Facebook Messenger, Whatsapp);
 * the caller asks only for names that resolved to no entry.
 */
export function isFurnitureName(text: string, isKnownName: (word: string) => boolean): boolean {
  let words = 0
  let known = false
  let from = 0
  while (from <= text.length) {
    let to = from
    while (to < text.length && !isFurnitureSpace(text.charCodeAt(to))) to++
    if (to > from) {
      const word = text.slice(from, to)
      const lower = word.toLowerCase()
      if (!PAGE_WORDS.has(lower) && !WEB_WORDS.has(lower)) return false
      known ||= isKnownName(word)
      words++
    }
    from = to + 1
  }
  return words >= FURNITURE_RUN || (words > 0 && !known)
}

/**
 * A name of a number and what it counts (80'000 Franken, 15 Millionen Euro), a bare unit alone (keinen Cent) or a
 * number alone (2010, 1.800): an amount, not a name.
 */
export function isAmountName(text: string): boolean {
  if (BARE_UNITS.has(text)) return true
  if (!isDigitCode(text.charCodeAt(0))) return false
  const words = text.split(' ')
  if (words.length < 2) return isNumber(text)
  for (let i = 1; i < words.length; i++) if (!AMOUNT_UNITS.has(words[i]!)) return false
  return true
}

/** Digits and the marks that group them or end an ordinal (1.800, 80'000, 4.). */
function isNumber(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isDigitCode(c) && c !== 0x2e && c !== 0x2c && c !== 0x27 && c !== 0x2019) return false
  }
  return true
}

/** Words that open German compounds as a prefix (Alt-Landeshauptmann, Ex-Kanzler, Vize-Präsident): no name. */
const PREFIX_WORDS: ReadonlySet<string> = new Set(['Alt', 'Ex', 'Vize', 'Neu', 'Ur', 'Co', 'Ko', 'Anti', 'Pro', 'Super', 'Mega', 'Mini', 'Top', 'Bio', 'Öko', 'Halb', 'Groß', 'Klein', 'Erz'])

/** The named part of a compound (Alt of Alt-Landeshauptmann) is a prefix, not a name. */
export function isPrefixWord(text: string): boolean {
  return PREFIX_WORDS.has(text)
}

/** ISO 639-1 codes of the languages a page offers itself in, lower case. */
const LANGUAGE_CODES: ReadonlySet<string> = new Set([
  'de', 'en', 'fr', 'it', 'es', 'nl', 'pl', 'pt', 'ru', 'tr', 'cs', 'da', 'sv', 'fi', 'no', 'hu', 'el', 'ja', 'zh', 'ar',
  'ro', 'hr', 'sl', 'sk', 'bg', 'uk', 'rm', 'lb',
])

/**
 * A Creative Commons or GNU licence code (CC, CC0, CC-BY-SA, BY-NC, GFDL), lower case: how a picture's credit ends
 * (Leena Simon, CC-BY-SA; Flickr CC), never a name.
 */
function isLicenceCode(lower: string): boolean {
  return lower === 'cc' || lower === 'cc0' || lower === 'gfdl' || lower.startsWith('cc-') || lower.startsWith('by-')
}

const PICTURE_LIBRARY_NAMES: ReadonlySet<string> = new Set(PICTURE_LIBRARIES)

/** A picture library's name (Pixabay, AdobeStock.com, Getty Images): a picture's credit, not a topic. */
export function isPictureLibrary(text: string): boolean {
  return PICTURE_LIBRARY_NAMES.has(text.toLowerCase())
}

/**
 * A name made of codes: two or more language codes in capitals (DE FR IT EN, a page's language switch), or any word a
 * licence code (a picture credit's licence).
 */
export function isCodeName(text: string): boolean {
  let languages = 0
  let words = 0
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf(' ', from)
    if (to < 0) to = text.length
    if (to > from) {
      const lower = text.slice(from, to).toLowerCase()
      if (isLicenceCode(lower)) return true
      if (to - from === 2 && isUpper(text[from]!) && isUpper(text[from + 1]!) && LANGUAGE_CODES.has(lower)) languages++
      words++
    }
    from = to + 1
  }
  return languages >= 2 && languages === words
}

/** A name of this many capitalised words or more, most of them English words, is a menu of a lifestyle page. */
const MENU_RUN = 5
/** The share of English or page words that makes such a run a menu (Food Abnehmen Love Beauty Fashion Health). */
const MENU_SHARE = 0.75
/** A run this long needs only half of its words English: no name runs so long without a small word. */
const LONG_MENU_RUN = 8
const LONG_MENU_SHARE = 0.5

/**
 * A long run of capitalised words, most of them common English or page words (half of a very long one) and none a
 * function word in small letters (Fitness Food Abnehmen Love Beauty Fashion Health Life Deals): a menu glued into one
 * line, not a title (Fit für Social Media und Web).
 */
export function isMenuRun(text: string): boolean {
  let spaces = 0
  for (let at = text.indexOf(' '); at >= 0 && spaces < MENU_RUN - 1; at = text.indexOf(' ', at + 1)) spaces++
  if (spaces < MENU_RUN - 1) return false
  const words = text.split(' ')
  let english = 0
  for (const word of words) {
    if (word === '' || !isUpper(word[0]!)) return false
    const lower = word.toLowerCase()
    if (isEnglishWord(lower) || PAGE_WORDS.has(lower) || WEB_WORDS.has(lower)) english++
  }
  return english >= (words.length >= LONG_MENU_RUN ? LONG_MENU_SHARE : MENU_SHARE) * words.length
}

/** Small words that stand inside names (Institut für Gesundheitsforschung, Frankfurt am Main, Bank of America). */
const NAME_JOINERS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'für', 'und', 'von', 'vom', 'zu', 'zum', 'zur', 'am', 'an', 'im', 'in',
  'auf', 'aus', 'bei', 'mit', 'ob', 'unter', 'über', 'de', 'di', 'da', 'del', 'della', 'do', 'dos', 'du', 'la', 'le',
  'les', 'van', 'ten', 'ter', 'y', 'e', 'et', 'of', 'the', 'and', 'for', 'on', 'at', 'a', 'al', 'el', 'bin', 'ibn',
  'ohne', 'gegen', 'zwischen', 'pro', 'to', 'with', 'by', 'is', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'n',
])

/** A word of small letters only (unterstützt), not a model's or product's code (iOS, a7R, i-Size, d'Italia). */
function isSmallWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLower(word[i]!)) return false
  return true
}

/**
 * A name with a word in small letters that no name is joined by and that is no inflected adjective (Lafontaine
 * unterstützt Wagenknecht-Partei; not Reporter ohne Grenzen, Museum moderner Kunst): a teaser's headline or a
 * sentence read as one name.
 */
export function hasSentenceWord(text: string): boolean {
  let from = 0
  while (from < text.length) {
    let to = text.indexOf(' ', from)
    if (to < 0) to = text.length
    if (from > 0 && to > from && isLower(text[from]!)) {
      const word = text.slice(from, to)
      if (isSmallWord(word) && !NAME_JOINERS.has(word) && adjectiveStem(word) === '') return true
    }
    from = to + 1
  }
  return false
}

/**
 * Nouns of shops, inns and firms that a family name follows to name the business (Café Lindner, Autohaus Scholz,
 * Bäckerei Müller): the name is the business's, not the person's who shares it.
 */
const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  'Café', 'Cafe', 'Konditorei', 'Bäckerei', 'Metzgerei', 'Fleischerei', 'Gasthaus', 'Gasthof', 'Landgasthof', 'Wirtshaus',
  'Restaurant', 'Hotel', 'Pension', 'Bistro', 'Brauerei', 'Weingut', 'Hofladen', 'Autohaus', 'Modehaus', 'Möbelhaus',
  'Kaufhaus', 'Schuhhaus', 'Blumenhaus', 'Blumen', 'Reisebüro', 'Buchhandlung', 'Druckerei', 'Schreinerei', 'Tischlerei',
  'Zimmerei', 'Spedition', 'Apotheke', 'Kanzlei', 'Optik', 'Friseursalon', 'Salon', 'Juwelier', 'Getränkemarkt',
])

/** The longest business head (Getränkemarkt, Landgasthof). */
const LONGEST_BUSINESS_HEAD = 15

/** The name in a business's name of a head and one word (Freshfields of Kanzlei Freshfields), or ''. */
export function businessNameTail(name: string): string {
  const space = name.indexOf(' ')
  return space > 0 && name.indexOf(' ', space + 1) < 0 && BUSINESS_HEADS.has(name.slice(0, space)) ? name.slice(space + 1) : ''
}

/** Where a business head one space before `start` on its line begins (Café of Café Lindner), or -1. */
export function businessHeadStart(view: string, start: number): number {
  const end = start - 1
  if (end <= 0 || view[end] !== ' ') return -1
  let from = end
  while (from > 0 && end - from < LONGEST_BUSINESS_HEAD && isLetter(view[from - 1]!)) from--
  if (from > 0 && isLetter(view[from - 1]!)) return -1
  return BUSINESS_HEADS.has(view.slice(from, end)) ? from : -1
}

/**
 * A name the knowledge base lacks that names nothing a reader could follow: a menu run, a sentence, codes, a picture
 * library, an amount, an initial or a Roman numeral (see each test).
 */
export function isPageName(text: string): boolean {
  return isMenuRun(text) || hasSentenceWord(text) || isCodeName(text) || isPictureLibrary(text) || isAmountName(text) || isInitial(text) || isRomanNumeral(text)
}

/** Letters of Roman numerals (Teil II, Güteklasse IV). */
const ROMAN_DIGITS = 'IVX'

/**
 * A Roman numeral of two letters or more written with I, V and X (II, XXXI): a number, not a name. X alone names a
 * service; with L or C the letters are more often an acronym (CL, ICC, VLC).
 */
function isRomanNumeral(text: string): boolean {
  if (text.length < 2) return false
  for (let i = 0; i < text.length; i++) if (!ROMAN_DIGITS.includes(text[i]!)) return false
  return true
}

/** A capital and a full stop (Firma B., Herr K.): a name withheld, not one a reader could follow. */
function isInitial(text: string): boolean {
  return text.length === 2 && text[1] === '.' && isUpper(text[0]!)
}

/** Space, colon and bar: what separates the words of a footer line. */
function isFurnitureSpace(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0x7c
}

/** The longest month or weekday name (donnerstag). */
const LONGEST_CALENDAR_WORD = 10

/** A name whose every word is a month, a weekday or a number, with at least one of the first two (Do 9 Apr, March). */
export function isDateName(text: string): boolean {
  let calendar = false
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf(' ', from)
    if (to < 0) to = text.length
    let end = to
    const last = text.charCodeAt(end - 1)
    if (last === 0x2e || last === 0x2c) end--
    // Most names fail on their first word: too long for a date word, or a word that is none.
    if (end > from && !isAllDigits(text, from, end)) {
      if (end - from > LONGEST_CALENDAR_WORD || !isCalendarWord(text.slice(from, end).toLowerCase())) return false
      calendar = true
    }
    from = to + 1
  }
  return calendar
}

function isAllDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigitCode(text.charCodeAt(i))) return false
  return true
}
