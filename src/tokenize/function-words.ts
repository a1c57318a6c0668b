// Small closed word lists the tokenizer and the sentence splitter consult. German function words compiled for this
// project from grammar knowledge; month names are the standard German ones (src/shared/calendar.ts).
import { GERMAN_MONTHS, GERMAN_MONTHS_SHORT } from '../shared/calendar.js'

function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter((word) => word !== ''))
}

/**
 * Lower-cased closed-class words that often open a sentence and are never nouns. A capitalised one after an
 * abbreviation or an ordinal-looking number ("… usw. Die …", "… auf 24. Sie …") signals a new sentence.
 */
export function isSentenceStarter(lower: string): boolean {
  return STARTERS.has(lower)
}

/** Words after which "3." is an ordinal even before a capitalised noun: im 2. Stock, der 3. Liga, seinem 70. Geburtstag. */
export function isOrdinalHead(lower: string): boolean {
  return ORDINAL_HEADS.has(lower)
}

/** German month names and their abbreviations (without the full stop). */
export function isMonth(lower: string): boolean {
  return MONTHS.has(lower)
}

/**
 * Lower-cased words a line does not end with when the line is complete (articles, prepositions, conjunctions).
 * A single line break after one of them continues the sentence even before a capitalised word.
 */
export function isLineContinuation(lower: string): boolean {
  return LINE_CONTINUATIONS.has(lower)
}

/** Clipped words written with a leading apostrophe: 's, 'ne, 'nen, 'rein. */
export function isElision(lower: string): boolean {
  return ELISIONS.includes(lower)
}

const ELISIONS: readonly string[] = ['s', 'n', 'ne', 'nen', 'nem', 'ner', 'm', 'em', 'rum', 'raus', 'rein', 'rauf', 'runter', 'rüber']

/** Top-level domains recognised in bare web addresses (spiegel.de, zeit.de/politik). */
export function isTopLevelDomain(lower: string): boolean {
  return DOMAINS.has(lower)
}

const STARTERS = wordSet(`
    der die das den dem des ein eine einen einem einer eines kein keine er sie es wir ich ihr du man
    dies diese dieser dieses diesen diesem jene jener sein seine ihre unser unsere mein meine
    dort hier da dann danach dabei dafür dagegen damit daher darauf darum darüber dazu deshalb deswegen
    doch aber und oder auch noch nur schon so nun jetzt heute gestern bisher inzwischen zudem außerdem
    allerdings trotzdem dennoch jedoch zwar vielmehr immerhin zunächst später bereits erst als wenn ob weil
    nachdem während obwohl bevor seit seitdem sobald wie was wer wo wann warum weshalb welche welcher welches
    in im am an auf aus bei beim mit nach von vom vor zu zum zur für gegen ohne um unter über durch bis laut
    trotz wegen alle viele einige mehrere beide jeder jede jedes nicht ja nein vielleicht sogar also denn
    sondern hinzu stattdessen gleichzeitig anschließend schließlich eigentlich natürlich dadurch zuvor zuletzt
    derzeit ist sind war waren wird werden wurde wurden hat haben hatte kann können muss müssen soll sollen
    will wollen gibt gab geht ging bitte
  `)

const ORDINAL_HEADS = wordSet(`
    der die das dem den des am im zum zur vom beim ins ans aufs ab bis seit
    ein eine einem einen einer eines jeder jede jedes jedem jeden
    sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres unser unsere unserem unseren
    dieser diese dieses diesem diesen
  `)

const MONTHS: ReadonlySet<string> = new Set([...GERMAN_MONTHS, ...GERMAN_MONTHS_SHORT])

const LINE_CONTINUATIONS = wordSet(`
    der die das den dem des ein eine einen einem einer eines und oder aber sowie bzw sondern denn
    in im am an auf aus bei beim mit nach von vom vor zu zum zur für gegen ohne um unter über durch bis
    als wie dass daß ob wenn weil nachdem während obwohl sich nicht auch ist sind war wird wurde hat haben
    seine ihre sein ihr dieser diese dieses zwischen neben hinter trotz wegen laut
  `)

const DOMAINS = wordSet(`
    de at ch li lu eu com org net info biz io co uk fr it es nl be pl cz dk se no fi ru ua us tv fm me gov edu int
    app online news berlin hamburg koeln cologne bayern nrw ruhr wien swiss tirol saarland
  `)
