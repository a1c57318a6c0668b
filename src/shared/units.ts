// Words that follow a number as what it counts (15 Euro, 80'000 Franken, 3 Millionen): a number before one of them is
// an amount, never part of a name.

/** Units, currencies and amount words as written after a number. */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set([
  'Euro', 'Cent', 'Dollar', 'Franken', 'Rappen', 'Pfund', 'Yen', 'Rubel', 'Kronen', 'Prozent', 'Millionen', 'Milliarden', 'Mio', 'Mrd', 'Uhr',
  'Jahre', 'Jahren', 'Mal', 'Minuten', 'Stunden', 'Tage', 'Tagen', 'Wochen', 'Monate', 'Monaten', 'Punkte', 'Stück',
])

/** Units that name nothing even alone (keinen Cent, in Prozent); currencies do (der Euro, der Franken). */
export const BARE_UNITS: ReadonlySet<string> = new Set(['Cent', 'Rappen', 'Prozent', 'Millionen', 'Milliarden', 'Mio', 'Mrd', 'Stück', 'Punkte'])
