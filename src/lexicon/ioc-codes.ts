// Three-letter country codes of the International Olympic Committee, as sports results print them after a name
// (Daniela Iraschko-Stolz (AUT), Maja Vtic (SLO)), with the German name the knowledge base knows the country by.
// Facts of the IOC's public list of National Olympic Committees, for the countries German sports pages name most;
// AND (Andorra) and PER (Peru) are left out, as words of English copy and a label name. The linker reads a code only
// in parentheses, where it stands alone.
const IOC_COUNTRIES: Readonly<Record<string, string>> = {
  AUT: 'Österreich', GER: 'Deutschland', SUI: 'Schweiz', ITA: 'Italien', FRA: 'Frankreich', NOR: 'Norwegen',
  SWE: 'Schweden', FIN: 'Finnland', USA: 'USA', RUS: 'Russland', SLO: 'Slowenien', CZE: 'Tschechien',
  SVK: 'Slowakei', POL: 'Polen', JPN: 'Japan', CHN: 'China', KOR: 'Südkorea', NED: 'Niederlande', BEL: 'Belgien',
  ESP: 'Spanien', POR: 'Portugal', GBR: 'Großbritannien', IRL: 'Irland', DEN: 'Dänemark', CRO: 'Kroatien',
  SRB: 'Serbien', HUN: 'Ungarn', ROU: 'Rumänien', BUL: 'Bulgarien', GRE: 'Griechenland', TUR: 'Türkei',
  UKR: 'Ukraine', BLR: 'Belarus', EST: 'Estland', LAT: 'Lettland', LTU: 'Litauen', ISL: 'Island', AUS: 'Australien',
  NZL: 'Neuseeland', BRA: 'Brasilien', ARG: 'Argentinien', MEX: 'Mexiko', RSA: 'Südafrika', KEN: 'Kenia',
  ETH: 'Äthiopien', JAM: 'Jamaika', LIE: 'Liechtenstein', LUX: 'Luxemburg', ISR: 'Israel', KAZ: 'Kasachstan',
  BIH: 'Bosnien und Herzegowina', MNE: 'Montenegro', MKD: 'Nordmazedonien', ALB: 'Albanien', CYP: 'Zypern',
  GEO: 'Georgien', ARM: 'Armenien', AZE: 'Aserbaidschan', IRI: 'Iran', EGY: 'Ägypten', MAR: 'Marokko',
  TUN: 'Tunesien', NGR: 'Nigeria', CMR: 'Kamerun', GHA: 'Ghana', CHI: 'Chile', COL: 'Kolumbien', URU: 'Uruguay',
  VEN: 'Venezuela', ECU: 'Ecuador', CUB: 'Kuba', CAN: 'Kanada',
}

/** The German name of the country an IOC code stands for, or undefined. */
export function iocCountry(code: string): string | undefined {
  return Object.hasOwn(IOC_COUNTRIES, code) ? IOC_COUNTRIES[code] : undefined
}
