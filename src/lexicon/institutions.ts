// Words that head an institution whose name goes on with its place or field: `Polizeidirektion Dresden`,
// `Staatsanwaltschaft Graz`, `Universität Zürich`, `Potsdam-Institut für Klimafolgenforschung`; and districts named
// the same way (`Landkreis Rottal-Inn`).
import { isUpper } from '../shared/chars.js'

/** Endings (lowercase) of words that head an institution's name. */
const INSTITUTION_HEADS: readonly string[] = [
  'direktion', 'präsidium', 'polizei', 'inspektion', 'amt', 'anwaltschaft', 'gericht', 'gerichtshof', 'rechnungshof',
  'kammer', 'zentrale', 'betriebe', 'werke', 'verbund', 'sparkasse', 'volksbank', 'landesbank', 'kantonalbank',
  'universität', 'hochschule', 'klinikum', 'klinik', 'spital', 'krankenhaus', 'feuerwehr', 'radio', 'rundfunk',
  'theater', 'oper', 'museum', 'bistum', 'diözese', 'landeskirche', 'verband', 'landtag', 'stadtrat', 'kantonsrat',
  'verwaltung', 'ministerium', 'kommando', 'bahn', 'flughafen', 'messe', 'zoo', 'philharmonie', 'gesellschaft',
  'institut', 'zentrum',
]
/** Endings of words that head a district's name. */
const DISTRICT_HEADS: readonly string[] = ['landkreis', 'kreis', 'bezirk']
const GENITIVE_ENDINGS: readonly string[] = ['es', 's']
const MIN_WORD = 4

export type HeadKind = 'institution' | 'district'

function headIn(lower: string, heads: readonly string[]): boolean {
  for (const head of heads) if (lower.endsWith(head)) return true
  return false
}

/** What `word` heads, as written or in the genitive (des Wasserwirtschaftsamts), or undefined. */
export function headKind(word: string): HeadKind | undefined {
  if (word.length < MIN_WORD || !isUpper(word[0]!)) return undefined
  return headKindOf(word.toLowerCase()) ?? headKindOf(genitiveBase(word.toLowerCase()) ?? '')
}

function headKindOf(lower: string): HeadKind | undefined {
  if (lower === '') return undefined
  if (headIn(lower, INSTITUTION_HEADS)) return 'institution'
  return headIn(lower, DISTRICT_HEADS) ? 'district' : undefined
}

function genitiveBase(lower: string): string | undefined {
  for (const ending of GENITIVE_ENDINGS) {
    if (lower.endsWith(ending) && headKindOf(lower.slice(0, -ending.length)) !== undefined) return lower.slice(0, -ending.length)
  }
  return undefined
}

/** The nominative of a head word in the genitive (Wasserwirtschaftsamts → Wasserwirtschaftsamt), else the word. */
export function headNominative(word: string): string {
  const lower = word.toLowerCase()
  if (headKindOf(lower) !== undefined) return word
  const base = genitiveBase(lower)
  return base === undefined ? word : word.slice(0, base.length)
}
