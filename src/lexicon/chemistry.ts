// Names of chemical elements and substances (Radon, Ammoniak, Kohlendioxid, Methanol): things an article is about,
// which a recogniser reading a capitalised unknown word may take for a place or a body. Facts: the German names of
// the elements (IUPAC, as German writes them) and the endings of German names of compounds, listed by the schlagwort
// authors. license: MIT (same as the project)
import { isKnownModifier } from './lemmas.js'

/**
 * Elements by their German names; not those that are everyday words or names as well (Gold, Silber, Eisen, Blei,
 * Nickel, Wolfram, Titan), which the lists of names and nouns answer for.
 */
const ELEMENTS: ReadonlySet<string> = new Set(('Wasserstoff Helium Lithium Beryllium Kohlenstoff Stickstoff Sauerstoff Fluor Neon Natrium ' +
  'Magnesium Aluminium Silicium Silizium Phosphor Schwefel Chlor Argon Kalium Calcium Kalzium Scandium Vanadium Chrom Mangan ' +
  'Cobalt Kobalt Kupfer Zink Gallium Germanium Arsen Selen Brom Krypton Rubidium Strontium Yttrium Zirconium Zirkonium Niob ' +
  'Molybdän Technetium Ruthenium Rhodium Palladium Cadmium Kadmium Indium Antimon Tellur Iod Jod Xenon Caesium Cäsium Barium ' +
  'Lanthan Praseodym Neodym Promethium Samarium Europium Gadolinium Terbium Dysprosium Holmium Erbium Thulium Ytterbium ' +
  'Lutetium Hafnium Tantal Rhenium Osmium Iridium Platin Quecksilber Thallium Bismut Wismut Polonium Astat Radon Francium ' +
  'Radium Actinium Thorium Protactinium Uran Neptunium Plutonium Americium Curium').split(' '))

/** Substances named by a word of their own rather than by an ending. */
const SUBSTANCES: ReadonlySet<string> = new Set(['Ammoniak', 'Benzol', 'Toluol', 'Phenol', 'Ozon', 'Propan', 'Butan', 'Ethan', 'Glykol', 'Glyzerin', 'Glycerin', 'Lipid', 'Lipide'])

/** Endings of the names of compounds and of substances as compounds' heads (Kohlendioxid, Natriumchlorid, Biomethan). */
const ENDINGS: readonly string[] = ['oxid', 'chlorid', 'fluorid', 'bromid', 'jodid', 'iodid', 'sulfid', 'sulfat', 'nitrat', 'nitrit', 'phosphat', 'carbonat', 'karbonat', 'hydroxid', 'acetat', 'methan', 'methanol', 'ethanol', 'ammoniak']
/** Heads of substances after a word the lexicon knows as a compound's first part (Oliven|öl, Schwefel|säure, Kunst|stoff; not Bingöl). */
const SUBSTANCE_HEADS: readonly string[] = ['öl', 'säure', 'stoff']

/** A word this short is no compound with such an ending (Oxid alone is a word, not a name either). */
const MIN_LENGTH = 5

/** A chemical element or substance by its German name (Radon, Kohlendioxid, Methanol), capitalised as written. */
export function isChemicalName(word: string): boolean {
  if (ELEMENTS.has(word) || SUBSTANCES.has(word)) return true
  if (word.length < MIN_LENGTH) return false
  const lower = word.toLowerCase()
  if (ENDINGS.some((ending) => lower.endsWith(ending))) return true
  return SUBSTANCE_HEADS.some((head) => lower.endsWith(head) && isKnownModifier(word.slice(0, -head.length)))
}
