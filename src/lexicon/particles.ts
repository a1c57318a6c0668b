// Particles of surnames (Ursula von der Leyen, Frank de Vries, Alexander Van der Bellen), lower case.
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'vom', 'zu', 'zum', 'zur', 'der', 'den', 'de', 'des', 'di', 'da', 'du', 'del', 'della', 'dos', 'le', 'la', 'ten', 'ter'])
