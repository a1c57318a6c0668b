// The article is one contiguous run of lines: the run whose lines, weighed by their length, are most likely article
// text. Lines below the model's threshold count against it, so a menu, a teaser list or a comment section ends it,
// while a single short debris line inside it (a credit, "Mehr lesen") costs too little to split it.
import type { LineModel } from './line-model.js'

/** What a line is to the core, from its pattern kind: text, a known kind of furniture, or a barrier. */
export const CORE_TEXT = 0
/** A byline, credit, caption or related link: inside an article as often as outside it. */
export const CORE_FURNITURE = 1
/** A comments or teaser heading: the core never runs across it. */
export const CORE_BARRIER = 2

/**
 * First and last line of the article core (the maximum-sum run), or [-1, -1] when no line has text. `roles` says of
 * each line CORE_TEXT, CORE_FURNITURE or CORE_BARRIER; a barrier weighs like the longest debris.
 */
export function articleCore(model: LineModel, probabilities: Float64Array, lengths: Int32Array, roles: Uint8Array): [number, number] {
  const threshold = pageThreshold(model, probabilities, roles)
  let best = 0
  let bestFirst = -1
  let bestLast = -1
  let sum = 0
  let first = 0
  for (let i = 0; i < probabilities.length; i++) {
    const weight = Math.min(model.cap, lengths[i]! / model.unit)
    if (sum <= 0) {
      sum = 0
      first = i
    }
    const gain = probabilities[i]! - threshold
    sum += roles[i] === CORE_BARRIER ? -model.cap : gain >= 0 ? gain * weight : gain * weight * model.gapScale
    if (sum > best) {
      best = sum
      bestFirst = first
      bestLast = i
    }
  }
  if (bestFirst >= 0) return extend(model, threshold / model.threshold, probabilities, lengths, roles, bestFirst, bestLast)
  // No line reaches the threshold: the likeliest long line is the article (a page of one paragraph).
  let likeliest = -1
  for (let i = 0; i < probabilities.length; i++) {
    if (likeliest < 0 || probabilities[i]! * lengths[i]! > probabilities[likeliest]! * lengths[likeliest]!) likeliest = i
  }
  return [likeliest, likeliest]
}

/**
 * The threshold for this page: the model's, or `relative` times the page's likeliest text line when that is lower. A
 * short clean text (a headline and three paragraphs) has lower probabilities throughout than a long web page's
 * article, but its likeliest lines are still its article.
 */
function pageThreshold(model: LineModel, probabilities: Float64Array, roles: Uint8Array): number {
  if (model.relative <= 0) return model.threshold
  let most = 0
  for (let i = 0; i < probabilities.length; i++) if (roles[i] === CORE_TEXT && probabilities[i]! > most) most = probabilities[i]!
  return Math.min(model.threshold, model.relative * most)
}

/**
 * The core grown up and down over lines that may still be article text (an intro above a table of contents, a last
 * paragraph below a photo credit): beyond the core a text line counts against `extendThreshold`, its shortfall only
 * `extendScale`, and furniture counts nothing. Barriers stop the growth.
 */
function extend(model: LineModel, scale: number, probabilities: Float64Array, lengths: Int32Array, roles: Uint8Array, first: number, last: number): [number, number] {
  // A page whose threshold was lowered (pageThreshold) lowers the growth threshold alike.
  const threshold = model.extendThreshold * scale
  const gain = (i: number) => {
    if (roles[i] === CORE_FURNITURE) return 0
    const value = (probabilities[i]! - threshold) * Math.min(model.cap, lengths[i]! / model.unit)
    return value >= 0 ? value : value * model.extendScale
  }
  const barrier = (i: number) => roles[i] === CORE_BARRIER
  let top = first
  for (let i = first - 1, sum = 0, best = 0; i >= 0 && !barrier(i); i--) {
    sum += gain(i)
    if (sum > best) [best, top] = [sum, i]
  }
  let bottom = last
  for (let i = last + 1, sum = 0, best = 0; i < probabilities.length && !barrier(i); i++) {
    sum += gain(i)
    if (sum > best) [best, bottom] = [sum, i]
  }
  return [top, bottom]
}
