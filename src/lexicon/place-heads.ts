// Words that end or open the names of places: what tells a place's name (Etrichstraße, Paznauntal, Ostschweiz) from a
// common noun the lexicon also knows, for the linker and the keyphrases alike.

/** Heads of street and square names, lower case. */
export const STREET_HEADS: readonly string[] = ['straße', 'strasse', 'gasse', 'platz', 'allee', 'weg', 'damm', 'ring', 'ufer']

/** Heads of the names of places, fairs and sites (Gallimarkt, Hardtwald, Rothenbaum, Essershausen), lower case. */
export const PLACE_HEADS: readonly string[] = ['markt', 'brücke', 'wald', 'hausen', 'baum', 'berg', 'dorf', 'feld', 'bach', 'heim', 'burg', 'tal', 'see', 'kirchen', 'stedt', 'ingen', 'furt', 'hain', 'stein']

/** Further heads of the names of areas, sites and unions of states (Donaustadt, Eurozone, Sowjetunion, Westbahnhof). */
const AREA_HEADS: readonly string[] = ['stadt', 'insel', 'zone', 'raum', 'union', 'kopf', 'bahnhof', 'route', 'viertel', 'land', 'gebirge', 'region', 'gau']

/** Prefixes that make a region of a place (Oberfranken, Nordhessen, Südtirol, Ostwestfalen). */
export const REGION_PREFIXES: readonly string[] = ['Ober', 'Unter', 'Mittel', 'Nieder', 'Nord', 'Süd', 'Ost', 'West']

/** The word ends in a head of street, place or area names (lower case in, any case of the word's start). */
export function hasPlaceHead(lower: string): boolean {
  for (const heads of [STREET_HEADS, PLACE_HEADS, AREA_HEADS]) for (const head of heads) if (lower.endsWith(head)) return true
  return false
}

/** The rest of a word after a region prefix, capitalised (Ostschweiz → Schweiz, Süd-Tirol → Tirol), or ''. */
export function afterRegionPrefix(word: string, minRest: number): string {
  for (const prefix of REGION_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < minRest) continue
    const rest = word.slice(word[prefix.length] === '-' ? prefix.length + 1 : prefix.length)
    return rest === '' ? '' : rest[0]!.toUpperCase() + rest.slice(1)
  }
  return ''
}
