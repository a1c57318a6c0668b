// Names that point at nothing a reader could follow, whatever the recogniser read: a letter, a bare abbreviation, an
// English negation, a drawn-out cry.
import { isApostrophe, isLower } from '../shared/chars.js'
import { ABBREVIATION_NONE, abbreviationKind } from '../tokenize/abbreviations.js'

/**
 * A name outside the knowledge base that is one character (Firma A, Vitamin C, 350° C), a two-letter abbreviation
 * written without its full stop (Do 9 Apr 2020, Nr, Dr), an English negation (don’t) or a cry (Jaaaaa): it points at
 * nothing a reader could follow. Longer abbreviations are also names (Verl, Jan, Bill).
 */
export function namesNothing(name: string): boolean {
  return name.length === 1 || (name.length === 2 && abbreviationKind(name) !== ABBREVIATION_NONE) || isEnglishNegation(name) || hasDrawnOutLetter(name)
}

/** The most times a small letter repeats in a row in a name; more is a drawn-out cry (Jaaaaa!, Neeein). */
const MAX_LETTER_RUN = 2

function hasDrawnOutLetter(name: string): boolean {
  // A web address (www.…) is judged as one elsewhere.
  if (name.includes('.')) return false
  let run = 1
  for (let i = 1; i < name.length; i++) {
    run = name[i] === name[i - 1] && isLower(name[i]!) ? run + 1 : 1
    if (run > MAX_LETTER_RUN) return true
  }
  return false
}

/** An English verb's negation (don’t, can't, isn’t) of a quoted English passage. */
function isEnglishNegation(name: string): boolean {
  const quote = name.length - 2
  return quote > 0 && name[quote + 1] === 't' && isApostrophe(name[quote]!) && name[quote - 1] === 'n'
}
