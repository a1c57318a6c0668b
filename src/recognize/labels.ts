// The GermEval 2014 outer label set in BIO form. Label 0 is O; class c has B = 1 + 2c and I = 2 + 2c.

export const CLASSES = Object.freeze([
  'PER', 'PERderiv', 'PERpart',
  'LOC', 'LOCderiv', 'LOCpart',
  'ORG', 'ORGderiv', 'ORGpart',
  'OTH', 'OTHderiv', 'OTHpart',
] as const)

export type EntityClass = (typeof CLASSES)[number]

export const LABEL_COUNT = 1 + 2 * CLASSES.length

export const LABELS: readonly string[] = Object.freeze(['O', ...CLASSES.flatMap((c) => ['B-' + c, 'I-' + c])])

const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABELS.map((label, i) => [label, i]))

/** Index of a label string; unknown labels (and stray I- without class) count as O. */
export function labelIndex(label: string): number {
  return LABEL_INDEX.get(label) ?? 0
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0
}

/** Class index of a B- or I- label, -1 for O. */
export function classOf(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1
}
