// The invariable -er form of a German city name (Hamburg → Hamburger), by rule only where the rule is safe.
// Other cities get their forms from corpora/curated/cities.tsv or none.

const REPLACED: readonly (readonly [string, string])[] = [
  ['stadt', 'städter'],
  ['ingen', 'inger'],
  ['brücken', 'brücker'],
  ['kirchen', 'kirchener'],
  ['hafen', 'hafener'],
  ['haven', 'havener'],
]
// Endings after which German simply adds -er (Augsburger, Düsseldorfer, Mannheimer, Wuppertaler, Leipziger).
const PLUS_ER = ['burg', 'berg', 'dorf', 'heim', 'feld', 'furt', 'bach', 'born', 'brück', 'au', 'tal', 'scheid', 'lohn', 'stein', 'hof', 'mund', 'gart', 'zig', 'nitz']

export function germanCityForm(name: string): string | undefined {
  if (/[\s()]/.test(name)) return undefined
  for (const [ending, replacement] of REPLACED) {
    if (name.endsWith(ending)) return name.slice(0, -ending.length) + replacement
  }
  for (const ending of PLUS_ER) if (name.endsWith(ending)) return name + 'er'
  return undefined
}

/** A form X…er (Münchner, New Yorker) also stands for its feminine X…erin and X…erinnen. */
export function withFeminine(forms: readonly string[]): string[] {
  const out: string[] = []
  for (const form of forms) {
    out.push(form)
    const capital = form.charAt(0) !== form.charAt(0).toLowerCase()
    if (capital && !form.endsWith('~') && form.endsWith('er')) out.push(form + 'in', form + 'innen')
  }
  return out
}
