// Acronyms that German writes as ordinary nouns: things, devices, units, techniques and roles (die SMS, der Lkw, das
// BIP, der CEO, per GPS), which a recogniser reading capitals takes for a body. Listed by the schlagwort authors.
// license: MIT (same as the project)

const COMMON_ACRONYMS: ReadonlySet<string> = new Set(('CEO CFO CTO COO BIP GPS SMS MMS PDF USB WLAN LAN LED LCD OLED HIV ' +
  'EKG MRT PKW LKW KFZ SUV KMU AGB IT KI PC TV HD UV PIN SIM NFC LTE DSL RAM SSD HDD CPU GPU CD DVD MP3 DJ PR OP VR AR NGO ' +
  '5G 4G 3G QR URL HTML IQ ADHS UKW').split(' '))

/** The word is an acronym German uses as an ordinary noun (SMS, Lkw, BIP), in capitals or as German writes it. */
export function isCommonAcronym(word: string): boolean {
  return COMMON_ACRONYMS.has(word.toUpperCase())
}
