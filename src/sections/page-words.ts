// Closed word lists for recognising page furniture in German news text. Compiled by hand from common German news
// site layouts (agency codes are the agencies' own abbreviations). All lower case.

/** News agencies and editorial desks as they appear in bylines. */
export const AGENCIES: ReadonlySet<string> = new Set([
  'dpa', 'afp', 'ap', 'reuters', 'rtr', 'kna', 'epd', 'sid', 'apa', 'dts', 'ddp', 'dapd', 'ots', 'sda', 'ats', 'ansa',
  'efe', 'afx', 'awp', 'infocom', 'bloomberg', 'red', 'rnd', 'dpa-afx', 'dpa-infocom',
])

/** Words that may join agency codes in a credit line ("mit Material von dpa und AFP"). */
export const CREDIT_JOINERS: ReadonlySet<string> = new Set([
  'und', 'mit', 'material', 'von', 'der', 'agenturen', 'nachrichtenagentur', 'nachrichtenagenturen', 'quelle',
])

/** Lower-case words allowed among the names of an author line ("Von unserem Korrespondenten Max von Muster"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set([
  'und', 'von', 'van', 'der', 'den', 'de', 'zu', 'mit', 'unserem', 'unserer', 'aus', 'in', '&', 'u.',
])

/** Labels that introduce an author line ("Ein Kommentar von", "Autorin:"). */
export const AUTHOR_LABELS: readonly string[] = ['autor:', 'autorin:', 'autoren:', 'text:', 'von:', 'quelle:', 'quellen:']
export const AUTHOR_GENRES: ReadonlySet<string> = new Set([
  'kommentar', 'analyse', 'gastbeitrag', 'reportage', 'interview', 'kolumne', 'essay', 'bericht', 'glosse', 'gastkommentar',
])

/** Share buttons, navigation, advertising and consent words: a line made only of these is page debris. */
export const PAGE_WORDS: ReadonlySet<string> = new Set([
  'teilen', 'twitter', 'facebook', 'x', 'drucken', 'whatsapp', 'e-mail', 'email', 'mail', 'pinterest', 'linkedin',
  'xing', 'messenger', 'telegram', 'flipboard', 'pocket', 'reddit', 'threads', 'bluesky', 'mastodon', 'instagram',
  'youtube', 'tiktok', 'rss', 'merken', 'versenden', 'senden', 'kopieren', 'link', 'tweet', 'tweeten', 'share',
  'teilen:', 'auf', 'per', 'artikel', 'startseite', 'home', 'zurück', 'weiter', 'nach', 'oben', 'menü', 'menu',
  'suche', 'suchen', 'login', 'logout', 'anmelden', 'abmelden', 'registrieren', 'abonnieren', 'abo', 'newsletter',
  'vorlesen', 'anhören', 'feedback', 'schließen', 'mehr', 'anzeige', 'werbung', 'advertisement', 'sponsored',
  'akzeptieren', 'zustimmen', 'ablehnen', 'einstellungen', 'alle', 'bildergalerie', 'galerie', 'video', 'videos',
  'audio', 'podcast', 'zur', 'zum', 'bild', 'bilder', 'von', 'plus', 'premium', 'exklusiv', 'kopiert', 'seite',
  'drucken:', 'schriftgröße', 'a', 'a+', 'a-',
])

/** Words of a date or time stamp line ("Dienstag, 20. März 2018, 14:35 Uhr", "Stand: 20.03.2018", "Lesezeit: 3 Min."). */
export const STAMP_WORDS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan.', 'feb.', 'mär.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.',
  'dez.', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo.',
  'di.', 'mi.', 'do.', 'fr.', 'sa.', 'so.', 'uhr', 'stand', 'stand:', 'aktualisiert', 'aktualisiert:',
  'veröffentlicht', 'veröffentlicht:', 'erstellt', 'erstellt:', 'update', 'update:', 'zuletzt', 'am', 'um', 'vom', 'mez',
  'mesz', 'lesezeit', 'lesezeit:', 'min', 'min.', 'minute', 'minuten', 'ca.', 'gestern', 'heute', '|', '-', '–',
])

/** Headings of teaser blocks. A heading line may carry a short tail ("Mehr zum Thema Russland"). */
export const TEASER_HEADINGS: readonly string[] = [
  'auch interessant', 'meistgelesene artikel', 'meistgelesen', 'meist gelesen', 'am meisten gelesen', 'meistgelesene',
  'meistkommentiert', 'meistgeteilt', 'mehr zum thema', 'mehr zu diesem thema', 'das könnte sie auch interessieren',
  'das könnte sie interessieren', 'das könnte sie ebenfalls interessieren', 'das könnte ihnen auch gefallen',
  'das könnte ihnen gefallen', 'weitere artikel', 'weitere nachrichten', 'weitere meldungen', 'weitere themen',
  'top-themen', 'top themen', 'topthemen', 'top-artikel', 'top-nachrichten', 'empfehlungen', 'unsere empfehlungen',
  'empfehlungen der redaktion', 'empfohlene artikel', 'ähnliche artikel', 'verwandte artikel', 'verwandte themen',
  'neueste artikel', 'neueste nachrichten', 'aktuelle nachrichten', 'beliebte artikel', 'auch lesenswert',
  'lesenswert', 'zum weiterlesen', 'mehr aus dem ressort', 'mehr aus', 'mehr nachrichten', 'mehr artikel',
  'andere leser interessierten sich auch für', 'das interessiert andere leser', 'schlagzeilen', 'newsticker',
]

/** Teaser headings that may carry a short tail naming the topic or desk ("Mehr aus Politik"). */
export const TEASER_HEADINGS_WITH_TAIL: ReadonlySet<string> = new Set([
  'mehr zum thema', 'mehr zu diesem thema', 'mehr aus', 'mehr aus dem ressort', 'weitere artikel', 'weitere nachrichten',
  'weitere meldungen', 'meistgelesene artikel', 'meistgelesen', 'neueste artikel', 'neueste nachrichten', 'top-themen',
  'mehr nachrichten', 'mehr artikel', 'aktuelle nachrichten',
])

/** Starts of a link to another article on a line of its own; the ones ending in ':' need the colon. */
export const RELATED_PREFIXES: readonly string[] = [
  'lesen sie', 'mehr dazu:', 'mehr dazu lesen', 'mehr dazu hier', 'siehe auch', 'zum thema:', 'weiterlesen',
  'hier weiterlesen', 'lesetipp', 'lese-tipp', 'mehr lesen:', 'hier lesen sie', 'hier lesen:', 'auch interessant:',
  'mehr zum thema:', 'passend dazu:', 'dazu:',
]

/** Whole lines (digits, brackets and punctuation removed) that open the reader comments. */
export const COMMENT_LINES: ReadonlySet<string> = new Set([
  'kommentare', 'kommentar', 'kommentare anzeigen', 'kommentare lesen', 'kommentare einblenden', 'kommentare ausblenden',
  'alle kommentare', 'alle kommentare anzeigen', 'kommentar schreiben', 'kommentar verfassen', 'kommentar abgeben',
  'jetzt kommentieren', 'kommentieren', 'leserkommentare', 'zu den kommentaren', 'kommentare zu diesem artikel',
  'neuester kommentar', 'diskussion', 'leserdiskussion', 'forum', 'zum forum',
])
/** Line starts that open the reader comments when the line is short; the first needs nothing or "uns" after it. */
export const COMMENT_STARTS: readonly string[] = ['diskutieren sie mit', 'die kommentarfunktion', 'kommentar schreiben']

/** Image credit labels ("Foto: dpa", "(Bild: Max Muster/dpa)"). */
export const CREDIT_LABELS: readonly string[] = [
  'foto', 'fotos', 'bild', 'bilder', 'grafik', 'archivfoto', 'archivbild', 'symbolbild', 'symbolfoto', 'illustration', 'video',
]

/** Bracketed words that mark a photo caption ("(li.)", "(Archivbild)"). After '(' , lower case. */
export const CAPTION_MARKS: readonly string[] = [
  'li.', 'l.)', 're.', 'r.)', 'm.)', 'v.l', 'v. l', 'v.r', 'mitte)', 'links)', 'rechts)', 'archivbild', 'archivfoto',
  'symbolbild', 'symbolfoto',
]

/** Capitalised words that start sentences, not place names: they cannot open a dateline. */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einer', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'Ihr', 'Man',
  'Auch', 'Und', 'Aber', 'Doch', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Dann', 'Da', 'So', 'Nun', 'Jetzt', 'Hier',
  'Heute', 'Gestern', 'Morgen', 'Im', 'In', 'Am', 'An', 'Auf', 'Bei', 'Mit', 'Nach', 'Vor', 'Zum', 'Zur', 'Für',
  'Von', 'Wie', 'Was', 'Wer', 'Wo', 'Warum', 'Ja', 'Nein', 'Danke', 'Kein', 'Keine', 'Mein', 'Unser', 'Alle', 'Viele',
  'Zuerst', 'Erst', 'Schon', 'Immer', 'Nie', 'Oder', 'Also', 'Trotzdem', 'Deshalb', 'Klar', 'Gut', 'Okay', 'Fazit',
])

/** Lower-case words inside a place name ("Frankfurt am Main", "Halle an der Saale"). */
export const PLACE_JOINERS: ReadonlySet<string> = new Set(['am', 'an', 'der', 'im', 'ob', 'bei', 'de', 'del', 'la', 'le', 'van', 'von', 'upon'])

/** Capitalised abbreviations followed by a full stop that do not end a dateline ("Prof. Muster sagte"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(['Prof', 'Abs', 'Art', 'Mio', 'Mrd', 'Bzw', 'Inkl', 'Ca', 'Tel', 'Str', 'Gen', 'Kap', 'Bsp'])

/**
 * Articles, conjunctions and prepositions that never end a headline: a line ending in one is hard-wrapped.
 * Words that are also verb particles ("lädt … ein", "geht unter") or reflexives are left out.
 */
export const NOT_LAST_WORDS: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'eine', 'einer', 'einem', 'einen', 'eines', 'und', 'oder', 'sondern',
  'dass', 'weil', 'wenn', 'als', 'wie', 'für', 'von', 'im', 'ins', 'am', 'zum', 'zur', 'seit', 'gegen', 'ohne',
  'seine', 'ihre', 'seinen', 'ihren', 'dieser', 'diese', 'dieses', 'diesem', 'diesen',
])
