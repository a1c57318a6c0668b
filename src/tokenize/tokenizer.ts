// The German tokenizer: one forward pass over the view's char codes. Words keep hyphen compounds (G20-Gipfel,
// CDU/CSU), elided hyphens (Staats- und), inner apostrophes (geht's) and the full stop of abbreviations and
// ordinals (Dr., z.B., am 24. Juli); numbers keep German separators (3,5 1.200 2:1 12.30 24.12.2018).
// Invisible code units (soft hyphen, joiners, variation selectors) inside or right after a token belong to it.
// Two paragraphs glued without a space split before a sentence opener (LeyenDer → Leyen Der: glued.ts), a byline
// before the ISO date glued to it (Angele2022-12-07).
import { TokenBuilder } from './builder.js'
import { classAt, classOf, codePointAt, DIGIT, EMOJI, FORMAT, isApostrophe, isHyphen, isSingleQuote, withoutCase, LETTER, LOWER, MARK, MODIFIER, PUNCT, REGIONAL, sameRunEnd, skipFormat, SPACE, UPPER, widthOf } from './chars.js'
import { isAbbreviationStop, isOrdinalCandidate, isOrdinalStop } from './periods.js'
import { asksForEmoji, domainEnd, domainLabelsEnd, dottedAbbreviationEnd, emailEnd, emailLocalEnd, emojiEnd, emoticonEnd, genderEndingEnd, priceDashEnd, urlEnd } from './scanners.js'
import { KIND, type TokenTable } from '../analysis.js'
import { isElision } from './function-words.js'
import { gluedDateSplit, gluedSplit } from './glued.js'

// Words after which "-förderung" is the second half of an elided pair (Betreuung und -förderung).
const ELIDING_WORDS: ReadonlySet<string> = new Set(['und', 'oder', 'bzw.', 'sowie', 'noch', ',', '/', '&'])

/** A word or number being scanned: where its current part started and what it contains. */
interface Run {
  start: number
  lastPart: number
  letters: boolean
  /** Only digits since the last separator, so "." "," ":" before a digit continue a number. */
  digitsOnly: boolean
  /** Only digits and number separators so far, so a price dash may follow (10,- 14.--). */
  plainNumber: boolean
  /** An upper-case letter after the first code unit of the current part: only then may two words be glued. */
  innerUpper: boolean
}

class Scanner {
  private readonly out: TokenBuilder
  /** An opening single quote is waiting for its closing one (so "Hans'" after it is not a possessive). */
  private openSingle = false
  /** See lookahead(): no e-mail address (domain) starts before these indices. */
  private emailMissUntil = 0
  private domainMissUntil = 0
  /** The word being scanned; one object reused for every word, as alnum() scans one word at a time. */
  private readonly current: Run = { start: 0, lastPart: 0, letters: false, digitsOnly: true, plainNumber: true, innerUpper: false }

  constructor(private readonly view: string) {
    this.out = new TokenBuilder(Math.ceil(view.length / 5))
  }

  run(): TokenTable {
    const view = this.view
    let i = 0
    while (i < view.length) {
      const c = view.charCodeAt(i)
      if (c === 0x20 || c === 0x0a) {
        if (c === 0x0a) this.openSingle = false
        i++
        continue
      }
      const cp = c < 0xd800 ? c : codePointAt(view, i)
      const cls = withoutCase(classOf(cp))
      if (cls === SPACE || cls === FORMAT) i += widthOf(cp)
      else if (cls === LETTER || cls === MARK) i = this.word(i)
      else if (cls === DIGIT) i = asksForEmoji(view, i) ? this.emit(i, emojiEnd(view, i), KIND.emoji) : this.alnum(i, i)
      else if (cls === EMOJI || cls === REGIONAL || cls === MODIFIER) i = this.emit(i, emojiEnd(view, i), KIND.emoji)
      else i = this.punctuation(i, cp, cls)
    }
    return this.out.finish()
  }

  /** Push a token; invisible code units right after it join it. Returns where scanning continues. */
  private emit(start: number, end: number, kind: number): number {
    const stop = skipFormat(this.view, end)
    this.out.push(start, stop, kind)
    return stop
  }

  private classBefore(i: number): number {
    let j = i - 1
    while (j >= 0 && classAt(this.view, j) === FORMAT) j--
    return j < 0 ? SPACE : classAt(this.view, j)
  }

  private word(i: number): number {
    const c = this.view.charCodeAt(i)
    if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57 || c === 0x66 || c === 0x46) {
      const end = urlEnd(this.view, i)
      if (end > 0) return this.emit(i, end, KIND.url)
    }
    return this.alnum(i, i)
  }

  /** Words and numbers, which share a scanner because they mix (G20, 90er, 3D-Drucker, 20-jährig). */
  private alnum(start: number, from: number): number {
    const view = this.view
    const run = this.current
    run.start = start
    run.lastPart = from
    run.letters = false
    run.digitsOnly = true
    run.plainNumber = true
    run.innerUpper = false
    let j = from
    for (;;) {
      j = this.letters(j, run)
      const next = this.connector(j, run)
      if (next < 0) break
      j = next
    }
    const c = view.charCodeAt(j)
    if (c === 0x40 || c === 0x2e || c === 0x5f || c === 0x2b || c === 0x25) {
      const end = this.lookahead(start, j, run)
      if (end > 0) return end
    }
    if (isHyphen(c) && run.letters && this.isElidedHyphen(j)) return this.emit(start, j + 1, KIND.word)
    if (run.plainNumber && (c === 0x2c || c === 0x2e)) {
      const end = priceDashEnd(view, j)
      if (end > 0) return this.emit(start, end, KIND.number)
    }
    if (c === 0x2e && view.charCodeAt(j + 1) !== 0x2e) {
      if (run.letters && isAbbreviationStop(view, start, j, run.lastPart)) {
        if (isHyphen(view.charCodeAt(j + 1)) && classAt(view, j + 2) === LETTER) return this.alnum(start, j + 2)
        return this.emit(start, j + 1, KIND.word)
      }
      if (!run.letters && isOrdinalCandidate(view, start, j) && isOrdinalStop(view, start, j)) return this.emit(start, j + 1, KIND.number)
    }
    if (!run.letters) return this.emit(start, j, KIND.number)
    const dated = gluedDateSplit(view, start, j)
    if (dated > 0) {
      // The rest is not scanned again (a run of glued dates would make that quadratic): the date alone is a number.
      this.out.push(start, dated, KIND.word)
      return this.emit(dated, j, j - dated === 10 ? KIND.number : KIND.word)
    }
    const glued = run.innerUpper ? gluedSplit(view, run.lastPart, j) : -1
    if (glued > 0) this.out.push(start, glued, KIND.word)
    return this.emit(glued > 0 ? glued : start, j, KIND.word)
  }

  /**
   * E-mail address, bare domain or dotted abbreviation starting at `start`. The e-mail and domain scanners read
   * past the word; after a miss, words starting inside the stretch they read are not tried again (they would read
   * to the same place and miss again), which keeps chains like "a.b.c.d…" linear.
   */
  private lookahead(start: number, j: number, run: Run): number {
    const view = this.view
    if (start >= this.emailMissUntil) {
      const email = emailEnd(view, start)
      if (email > 0) return this.emit(start, email, KIND.email)
      this.emailMissUntil = emailLocalEnd(view, start)
    }
    if (view.charCodeAt(j) !== 0x2e || !run.letters) return -1
    if (start >= this.domainMissUntil) {
      const domain = domainEnd(view, start)
      if (domain > 0) return this.emit(start, domain, KIND.url)
      this.domainMissUntil = domainLabelsEnd(view, start)
    }
    if (j - start <= 3 && classAt(view, j + 1) === LETTER) {
      const dotted = dottedAbbreviationEnd(view, start)
      if (dotted > 0) return this.emit(start, dotted, KIND.word)
    }
    return -1
  }

  /** Consume letters, marks and digits (and invisible code units between them). */
  private letters(j: number, run: Run): number {
    const view = this.view
    while (j < view.length) {
      const c = view.charCodeAt(j)
      const cp = c < 0xd800 ? c : codePointAt(view, j)
      const flags = classOf(cp)
      const cls = withoutCase(flags)
      if (cls === LETTER || cls === MARK) {
        if ((flags & UPPER) !== 0 && j > run.lastPart) run.innerUpper = true
        run.letters = true
        run.digitsOnly = false
        run.plainNumber = false
      } else if (cls === FORMAT) {
        const k = skipFormat(view, j)
        const after = classAt(view, k)
        if (k === j || !(after === LETTER || after === MARK || after === DIGIT)) break
        j = k
        continue
      } else if (cls !== DIGIT) break
      j += widthOf(cp)
    }
    return j
  }

  /** Index after a character that joins two parts of one token, or -1. */
  private connector(j: number, run: Run): number {
    const view = this.view
    if (j >= view.length || j === run.start) return -1
    const c = view.charCodeAt(j)
    const after = classAt(view, skipFormat(view, j + 1))
    const afterIsPart = after === LETTER || after === DIGIT || after === MARK
    const before = classAt(view, j - 1)
    if ((c === 0x2e || c === 0x2c || c === 0x3a) && run.digitsOnly && classAt(view, j + 1) === DIGIT) return j + 1
    // Swiss thousands (80'000, 1’250’000 Franken): an apostrophe before exactly three digits.
    if ((c === 0x27 || c === 0x2019) && run.digitsOnly && isThousandsGroup(view, j + 1)) return j + 1
    if (isHyphen(c) || c === 0x2f || c === 0x5f) {
      if (afterIsPart) {
        run.plainNumber = false
        return this.startPart(j + 1, run)
      }
      // Spa-/Wellness-Bereich: an elided hyphen before a slash.
      if (isHyphen(c) && view.charCodeAt(j + 1) === 0x2f && classAt(view, j + 2) === LETTER) {
        run.plainNumber = false
        return this.startPart(j + 2, run)
      }
      return -1
    }
    if (isApostrophe(c) && before === LETTER && after === LETTER) return this.startPart(j + 1, run)
    if (c === 0x26 && (classOf(view.charCodeAt(j - 1)) & UPPER) !== 0 && (classOf(view.charCodeAt(skipFormat(view, j + 1))) & UPPER) !== 0) {
      return this.startPart(skipFormat(view, j + 1), run)
    }
    if ((c === 0x2a || c === 0x3a) && (classOf(view.charCodeAt(j - 1)) & LOWER) !== 0 && genderEndingEnd(view, j + 1) > 0) return j + 1
    return -1
  }

  private startPart(j: number, run: Run): number {
    run.digitsOnly = true
    run.innerUpper = false
    run.lastPart = j
    return j
  }

  /** "Staats-" in "Staats- und Regierungschefs", "G7-" in "G7- und G20-Staaten": before a space, a comma or the end. */
  private isElidedHyphen(j: number): boolean {
    const before = classAt(this.view, j - 1)
    if (before !== LETTER && before !== DIGIT) return false
    const next = this.view.charCodeAt(j + 1)
    return j + 1 >= this.view.length || classAt(this.view, j + 1) === SPACE || next === 0x2c
  }

  private punctuation(i: number, cp: number, cls: number): number {
    const view = this.view
    const c = view.charCodeAt(i)
    const spaceBefore = this.classBefore(i) === SPACE
    switch (c) {
      case 0x40: return this.tagged(i, KIND.mention)
      case 0x23: return asksForEmoji(view, i) ? this.emit(i, emojiEnd(view, i), KIND.emoji) : this.tagged(i, KIND.hashtag)
      case 0x2a: return asksForEmoji(view, i) ? this.emit(i, emojiEnd(view, i), KIND.emoji) : this.emit(i, i + 1, KIND.symbol)
      case 0x2e: return this.emit(i, sameRunEnd(view, i), KIND.punct)
      case 0x2026: case 0x2013: case 0x2014: case 0x2015: return this.emit(i, sameRunEnd(view, i), KIND.punct)
      case 0xa7: return this.emit(i, sameRunEnd(view, i), KIND.symbol)
      case 0x2c:
        return view.charCodeAt(i + 1) === 0x2c && classAt(view, i + 2) !== SPACE ? this.emit(i, i + 2, KIND.punct) : this.emit(i, i + 1, KIND.punct)
      case 0xb0: {
        const unit = view.charCodeAt(i + 1)
        const degrees = (unit === 0x43 || unit === 0x46) && classAt(view, i + 2) !== LETTER
        return this.emit(i, degrees ? i + 2 : i + 1, KIND.symbol)
      }
      case 0x3a: case 0x3b: case 0x3d: case 0x3c:
        if (spaceBefore) {
          const end = emoticonEnd(view, i)
          if (end > 0) return this.emit(i, end, KIND.emoji)
        }
        return this.emit(i, i + 1, cls === PUNCT ? KIND.punct : KIND.symbol)
      case 0x2b: case 0x2212:
        if (spaceBefore && classAt(view, i + 1) === DIGIT) return this.alnum(i, i + 1)
        return this.emit(i, i + 1, KIND.symbol)
    }
    if (isHyphen(c)) return this.hyphen(i, spaceBefore)
    if (isApostrophe(c) || isSingleQuote(c)) return this.singleQuote(i, spaceBefore)
    if (asksForEmoji(view, i)) return this.emit(i, emojiEnd(view, i), KIND.emoji)
    return this.emit(i, i + widthOf(cp), cls === PUNCT ? KIND.punct : KIND.symbol)
  }

  /** @name and #tag: letters, digits and underscores; a hashtag needs a letter (#1 is a symbol and a number). */
  private tagged(i: number, kind: number): number {
    const view = this.view
    const before = this.classBefore(i)
    let j = i + 1
    let letters = false
    while (j < view.length) {
      const cls = classAt(view, j)
      if (cls === LETTER || cls === MARK) letters = true
      else if (!(cls === DIGIT || view.charCodeAt(j) === 0x5f || (kind === KIND.mention && view.charCodeAt(j) === 0x2e && classAt(view, j + 1) === LETTER))) break
      j += widthOf(codePointAt(view, j))
    }
    const wordBefore = before === LETTER || before === DIGIT || before === MARK
    if (j === i + 1 || wordBefore || (kind === KIND.hashtag && !letters)) return this.emit(i, i + 1, KIND.symbol)
    return this.emit(i, j, kind)
  }

  private hyphen(i: number, spaceBefore: boolean): number {
    const view = this.view
    if (view.charCodeAt(i + 1) === view.charCodeAt(i)) return this.emit(i, sameRunEnd(view, i), KIND.punct)
    const next = classAt(view, i + 1)
    if (spaceBefore && next === DIGIT) return this.alnum(i, i + 1)
    // "-förderung" in "Kinderbetreuung und -förderung": an elided first part.
    if (spaceBefore && next === LETTER && ELIDING_WORDS.has(this.previousTokenText())) return this.alnum(i, i + 1)
    return this.emit(i, i + 1, KIND.punct)
  }

  private previousTokenText(): string {
    const out = this.out
    if (out.count === 0) return ''
    return this.view.slice(out.starts[out.count - 1]!, out.ends[out.count - 1]!).toLowerCase()
  }

  /** Apostrophes and single quotes: '' and `` quote pairs, elisions ('s, 'ne), years ('08), or a quote mark. */
  private singleQuote(i: number, spaceBefore: boolean): number {
    const view = this.view
    const c = view.charCodeAt(i)
    if (view.charCodeAt(i + 1) === c && (c === 0x27 || c === 0x60 || c === 0x2019 || c === 0x2018 || c === 0xb4)) {
      return this.emit(i, i + 2, KIND.punct)
    }
    const next = classAt(view, i + 1)
    if (spaceBefore && isApostrophe(c) && next === LETTER) {
      let j = i + 1
      while (classAt(view, j) === LETTER) j++
      if (!isApostrophe(view.charCodeAt(j)) && classAt(view, j) !== DIGIT && isElision(view.slice(i + 1, j).toLowerCase())) return this.emit(i, j, KIND.word)
    }
    if (spaceBefore && (c === 0x27 || c === 0x2019) && next === DIGIT && classAt(view, i + 2) === DIGIT && classAt(view, i + 3) !== DIGIT) {
      return this.emit(i, i + 3, KIND.number)
    }
    if (this.isPossessive(i)) {
      this.out.ends[this.out.count - 1] = skipFormat(view, i + 1)
      return skipFormat(view, i + 1)
    }
    if (spaceBefore && (next === LETTER || next === DIGIT)) this.openSingle = true
    else if (!spaceBefore) this.openSingle = false
    return this.emit(i, i + 1, KIND.punct)
  }

  /** Hans', Marx': an apostrophe right after a word ending in s, x, z or ß, when no single quote is open. */
  private isPossessive(i: number): boolean {
    const view = this.view
    const c = view.charCodeAt(i)
    if (this.openSingle || !(c === 0x27 || c === 0x2019) || this.out.count === 0 || this.out.lastEnd() !== i) return false
    if (this.out.kinds[this.out.count - 1] !== KIND.word) return false
    const last = view.charCodeAt(i - 1)
    if (!(last === 0x73 || last === 0x78 || last === 0x7a || last === 0xdf)) return false
    const after = classAt(view, i + 1)
    return after !== LETTER && after !== DIGIT
  }
}

function isThousandsGroup(view: string, i: number): boolean {
  return classAt(view, i) === DIGIT && classAt(view, i + 1) === DIGIT && classAt(view, i + 2) === DIGIT && classAt(view, i + 3) !== DIGIT
}

export function tokenizeView(view: string): TokenTable {
  return new Scanner(view).run()
}
