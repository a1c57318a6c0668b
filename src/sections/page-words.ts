// Closed word lists for recognising page furniture in German news text. Compiled by hand from common German news
// site layouts (agency codes are the agencies' own abbreviations). All lower case.
import { GERMAN_MONTHS, GERMAN_MONTHS_SHORT, GERMAN_WEEKDAYS, GERMAN_WEEKDAYS_SHORT } from '../shared/calendar.js'

/** News agencies and editorial desks as they appear in bylines. */
export const AGENCIES: ReadonlySet<string> = new Set([
  'dpa', 'afp', 'ap', 'reuters', 'rtr', 'kna', 'epd', 'sid', 'apa', 'dts', 'ddp', 'dapd', 'ots', 'sda', 'ats', 'ansa',
  'efe', 'afx', 'awp', 'infocom', 'bloomberg', 'red', 'rnd', 'dpa-afx', 'dpa-infocom', 'keystone-sda', 'keystone', 'apa-ots',
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
/** Roles after an author's name on a line of its own ("Anna Beispiel Redakteurin"). */
export const AUTHOR_ROLES: readonly string[] = [
  'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'autor', 'autorin', 'reporter', 'reporterin',
  'volontär', 'volontärin', 'chefredakteur', 'chefredakteurin', 'redaktion',
]
export const AUTHOR_GENRES: ReadonlySet<string> = new Set([
  'kommentar', 'analyse', 'gastbeitrag', 'reportage', 'interview', 'kolumne', 'essay', 'bericht', 'glosse', 'gastkommentar',
])

/** Share buttons, navigation, advertising and consent words: a line made only of these is page debris. */
export const PAGE_WORDS: ReadonlySet<string> = new Set([
  'teilen', 'twitter', 'facebook', 'x', 'drucken', 'whatsapp', 'e-mail', 'email', 'mail', 'pinterest', 'linkedin',
  'xing', 'messenger', 'telegram', 'flipboard', 'pocket', 'reddit', 'threads', 'bluesky', 'mastodon', 'instagram',
  'google+', 'twittern', 'mailen', 'pinnen', 'beitrag', 'speichern', 'mitteilen', 'rss-feed', 'etc.', 'likes',
  'vorherige', 'vorheriger', 'nächste', 'nächster', '←', '→', 'beitragsnavigation', 'inhaltsverzeichnis', 'erfahren',
  'name', 'website', '*',
  'youtube', 'tiktok', 'rss', 'merken', 'versenden', 'senden', 'kopieren', 'link', 'tweet', 'tweeten', 'share',
  'teilen:', 'auf', 'per', 'artikel', 'startseite', 'home', 'zurück', 'weiter', 'nach', 'oben', 'menü', 'menu',
  'suche', 'suchen', 'login', 'logout', 'anmelden', 'abmelden', 'registrieren', 'abonnieren', 'abo', 'newsletter',
  'vorlesen', 'anhören', 'feedback', 'schließen', 'mehr', 'anzeige', 'werbung', 'advertisement', 'sponsored',
  'akzeptieren', 'zustimmen', 'ablehnen', 'einstellungen', 'alle', 'bildergalerie', 'galerie', 'video', 'videos',
  'videobeitrag', 'audiobeitrag', 'videoseite',
  'audio', 'podcast', 'zur', 'zum', 'bild', 'bilder', 'von', 'plus', 'premium', 'exklusiv', 'kopiert', 'seite',
  'drucken:', 'schriftgröße', 'a', 'a+', 'a-', 'übersicht', 'ansehen', 'anzeigen', 'nachlesen', 'liveticker', 'zum',
  'teilen:', 'twittern', 'mailen', 'flippen', 'speichern', 'pinnen', 'hören',
  // A blog theme's English links ("Related Posts", "Show all articles of", "Read next", "Recent Posts").
  'related', 'posts', 'post', 'show', 'all', 'articles', 'of', 'read', 'next', 'previous', 'recent', 'latest', 'popular',
  'tags', 'categories', 'category', 'subscribe', 'follow',
])

/** Words of a date or time stamp line ("Dienstag, 20. März 2018, 14:35 Uhr", "Stand: 20.03.2018", "Lesezeit: 3 Min."). */
export const STAMP_WORDS: ReadonlySet<string> = new Set([
  ...GERMAN_MONTHS, ...GERMAN_MONTHS_SHORT.map((month) => `${month}.`), ...GERMAN_WEEKDAYS,
  ...GERMAN_WEEKDAYS_SHORT.map((day) => `${day}.`), 'uhr', 'stand', 'stand:', 'aktualisiert', 'aktualisiert:',
  'veröffentlicht', 'veröffentlicht:', 'erstellt', 'erstellt:', 'update', 'update:', 'zuletzt', 'am', 'um', 'vom', 'mez',
  'mesz', 'lesezeit', 'lesezeit:', 'min', 'min.', 'minute', 'minuten', 'ca.', 'gestern', 'heute', '|', '-', '–',
  'online', 'seit', 'publiziert', 'publiziert:', 'lesedauer', 'lesedauer:', 'geändert', 'geändert:', 'zuletzt:',
  'aktualisiert', 'aktualisierung', 'aktualisierung:', 'vor', 'stunden', 'stunde', 'tagen', 'uhr,', 'mez,', 'ct', 'cet', 'redaktion',
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
  'über die autorin', 'über den autor', 'über die autoren', 'zur autorin', 'zum autor', 'zur person der autorin',
  'ähnliche beiträge', 'verwandte beiträge', 'weitere beiträge', 'neueste beiträge', 'beliebte beiträge',
  'ähnliche nachrichten', 'ähnliche themen', 'verwandte nachrichten',
]

/** Teaser headings that may carry a short tail naming the topic or desk ("Mehr aus Politik"). */
export const TEASER_HEADINGS_WITH_TAIL: ReadonlySet<string> = new Set([
  'mehr zum thema', 'mehr zu diesem thema', 'mehr aus', 'mehr aus dem ressort', 'weitere artikel', 'weitere nachrichten',
  'weitere meldungen', 'meistgelesene artikel', 'meistgelesen', 'neueste artikel', 'neueste nachrichten', 'top-themen',
  'mehr nachrichten', 'mehr artikel', 'aktuelle nachrichten', 'weitere beiträge',
])

/** Starts of a link to another article on a line of its own; the ones ending in ':' need the colon. */
export const RELATED_PREFIXES: readonly string[] = [
  'lesen sie', 'mehr dazu:', 'mehr dazu lesen', 'mehr dazu hier', 'siehe auch', 'zum thema:', 'weiterlesen',
  'hier weiterlesen', 'lesetipp', 'lese-tipp', 'mehr lesen', 'hier lesen sie', 'hier lesen:', 'auch interessant:',
  'mehr zum thema:', 'passend dazu:', 'dazu:',
]

/** Whole lines (digits, brackets and punctuation removed) that open the reader comments. */
export const COMMENT_LINES: ReadonlySet<string> = new Set([
  'kommentare', 'kommentar', 'kommentare anzeigen', 'kommentare lesen', 'kommentare einblenden', 'kommentare ausblenden',
  'alle kommentare', 'alle kommentare anzeigen', 'kommentar schreiben', 'kommentar verfassen', 'kommentar abgeben',
  'jetzt kommentieren', 'kommentieren', 'leserkommentare', 'zu den kommentaren', 'kommentare zu diesem artikel',
  'neuester kommentar', 'diskussion', 'leserdiskussion', 'forum', 'zum forum',
  // A blog theme's English headings ("5 Comments", "Leave a Reply"); its German comment forms are debris lines.
  'comments', 'comment', 'one comment', 'no comments', 'leave a comment', 'leave a reply', 'post a comment', 'add a comment',
])
/** Line starts that open the reader comments when the line is short; the first needs nothing or "uns" after it. */
export const COMMENT_STARTS: readonly string[] = ['diskutieren sie mit', 'die kommentarfunktion', 'kommentar schreiben']

/** Image credit labels ("Foto: dpa", "(Bild: Max Muster/dpa)"). */
export const CREDIT_LABELS: readonly string[] = [
  'foto', 'fotos', 'bild', 'bilder', 'grafik', 'archivfoto', 'archivbild', 'symbolbild', 'symbolfoto', 'illustration', 'video',
  'fotocredit', 'fotocredits', 'bildcredit', 'bildcredits', 'bildnachweis', 'fotonachweis', 'photo', 'photos', 'credit', 'credits',
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

/** Words of calls to action (after punctuation is trimmed): subscribe, buy, share, click here, read on. */
export const CALL_TO_ACTION: ReadonlySet<string> = new Set([
  'jetzt', 'hier', 'klicken', 'klicke', 'abonnieren', 'abonniere', 'abonnement', 'registrieren',
  'registriere', 'anmelden', 'melde', 'einloggen', 'bestellen', 'bestelle', 'kaufen', 'kaufe', 'spenden', 'spende',
  'unterstützen', 'unterstütze', 'teilen', 'teile', 'folgen', 'folge', 'herunterladen', 'download', 'downloaden',
  'weiterlesen', 'entdecken', 'entdecke', 'sichern', 'sichere', 'testen', 'teste', 'gratis', 'kostenlos', 'kostenlosen',
  'newsletter', 'abo', 'angebot', 'angebote', 'rabatt', 'gutschein', 'bewerten', 'kommentieren', 'zurück', 'weiter',
])

/** Words that address the reader (ads, calls to subscribe or donate, consent boxes). */
export const READER_ADDRESS: ReadonlySet<string> = new Set([
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem',
])

/** The polite address, which counts only capitalised inside a sentence ("Sichern Sie sich", not "Sie sagte"). */
export const FORMAL_ADDRESS: ReadonlySet<string> = new Set(['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'])

/** Words of the site speaking of itself (author bios, "Wir verwenden Cookies", "Unterstützen Sie uns"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'wir', 'uns', 'unser', 'unsere', 'unseren',
  'unserem', 'unserer', 'unseres',
])

/** Phrases of the site's own boxes (newsletter, subscription, donation, consent, ad-blocker, affiliate, author notes). */
export const BOX_PHRASES: readonly string[] = [
  'newsletter', 'e-mail-adresse', 'datenschutzerklärung', 'einwilligung', 'adblocker', 'ad-blocker', 'werbeblocker',
  'jetzt weiterlesen', 'weiterlesen mit', 'jetzt abonnieren', 'abo abschließen', 'bereits ein abo', 'unterstützen sie uns',
  'unterstützen sie unabhängigen', 'unterstütze uns', 'jetzt spenden', 'durch werbung finanziert', 'eine provision',
  'die meinung des autors', 'die meinung der autorin', 'börsendaten', 'kursdaten', 'mit der anmeldung', 'jetzt anmelden',
  'jetzt registrieren', 'kostenlos registrieren', 'jetzt testen', 'probeabo', 'zum angebot', 'jetzt vergleichen',
  'tarife vergleichen', 'jetzt bestellen', 'jetzt sichern', 'externer inhalt', 'externe inhalte', 'inhalt aktivieren',
  'inhalte aktivieren', 'inhalt laden', 'daten an drittanbieter', 'personenbezogene daten', 'schick uns', 'schicken sie uns',
  'via whatsapp', 'per whatsapp', 'leserreporter', 'alle warnungen', 'artikel bewerten', 'beitrag bewerten',
  '★', '☆', 'verpasse keine', 'verpassen sie keine', 'nichts mehr verpassen', 'wir respektieren deine privatsphäre',
  'wir respektieren ihre privatsphäre', 'privatsphäre ist uns wichtig', 'datenschutz ist uns wichtig',
  'und verschlagwortet mit', 'permanentlink', 'email-adresse wird nicht', 'hinterlasse eine antwort',
  'hinterlasse einen kommentar', 'schreibe einen kommentar', 'ihr beitrag hilft', 'jede kleine spende', 'als pdf-datei',
  'pdf herunterladen', 'diese seite teilen', 'kommentar hinzufügen', 'kommentieren sie hier', 'jetzt die aktuelle ausgabe',
  'die aktuelle ausgabe jetzt', 'diese ausgabe jetzt', 'jetzt auch digital', 'alle rechte vorbehalten',
  'vervielfältigung nur mit', 'alle angaben ohne gewähr', 'unter einer creative commons', 'licensed under a creative commons',
  'keine bevorstehenden veranstaltungen', 'was denkst du?', 'save my name', 'for the next time i comment', 'verwendet akismet',
  'trackback', 'no response so far', 'say your words', 'teile diesen beitrag', 'teilen sie diesen beitrag',
  'diesen artikel teilen', 'wer ist online', 'besucher sind online', 'wie bewerten sie diesen', 'kundenmeinung abschicken',
  'if you enjoyed reading', 'while you are here', 'be sociable', 'leserbrief schreiben', 'ausgabe kaufen', 'ausgaben gratis',
  'vorschau auf den nächsten artikel', 'zurück zum lexikon', 'zurück zur startseite', 'gesamtbewertung:', 'von 5 sternen',
  // Disclosures of paid content and links (Dieser Beitrag enthält Werbung, Affiliatelink, Advertorial).
  'enthält werbung', 'enthält affiliate', 'affiliatelink', 'affiliate-link', 'advertorial', 'bezahlte partnerschaft',
  // What sign-up and log-in forms say (Passwort vergessen?, Bitte fülle alle Pflichtfelder aus, Neues Konto anlegen).
  'passwort vergessen', 'passwort muss', 'passwort zurücksetzen', 'neues passwort', 'pflichtfelder', 'benutzername',
  'konto anlegen', 'konto anmelden', 'zeichen lang sein', 'nutzungsbedingungen zu', 'datenschutzbestimmungen',
  'überprüfe deine angaben', 'überprüfen sie ihre angaben', 'versuche es erneut', 'versuchen sie es erneut',
  // What an embedded post says around itself (Sieh dir diesen Beitrag auf Instagram an, Ein Beitrag geteilt von …).
  'diesen beitrag auf instagram', 'ein beitrag geteilt von', 'view this post on instagram', 'a post shared by',
]

/** Labels that open a line listing the post's tags or categories (Tags: Apfel, Leber; Schlagworte: …). */
export const TAG_LABELS: readonly string[] = ['tags', 'schlagworte', 'schlagwörter', 'stichworte', 'stichwörter', 'kategorie', 'kategorien']

/** How a call to follow the site or its author opens (Folgt mir gerne auf Instagram, Folgen Sie uns auf …). */
export const FOLLOW_CALLS: readonly string[] = ['folgt mir', 'folge mir', 'folgt uns', 'folge uns', 'folg uns', 'folgen sie uns', 'folgen sie mir']

/**
 * Picture libraries, which pages name only to credit a picture ("Foto: Pixabay", "AdobeStock.com / Max Muster"): never
 * what an article is about.
 */
export const PICTURE_LIBRARIES: readonly string[] = [
  'imago', 'imago images', 'getty images', 'istock', 'istockphoto', 'shutterstock', 'pixabay', 'unsplash', 'pexels',
  'adobe stock', 'adobestock', 'stock.adobe.com', 'adobestock.com', 'fotolia', 'depositphotos', 'clipdealer',
  'colourbox', 'dreamstime', '123rf', 'freepik', 'picture alliance', 'picture-alliance', 'freshfocus', 'witters',
]

/** Photo services that open a credit line before a slash ("Keystone / Max Muster", "Imago/Max Muster"). */
export const PHOTO_SERVICES: readonly string[] = [
  ...PICTURE_LIBRARIES, 'keystone', 'getty', 'dpa', 'afp', 'ap', 'reuters', 'apa', 'apa/picturedesk', 'epa', 'gepa',
  'sda', 'ddp',
]

/** Broadcasts whose name opens a video caption ("ZIB 1: …", "Tagesschau 20 Uhr: …"), lower case. */
export const BROADCASTS: readonly string[] = [
  'tagesschau', 'tagesthemen', 'heute journal', 'heute-journal', 'heute', 'zib', 'zib 1', 'zib 2', 'zib 13',
  '10vor10', 'schweiz aktuell', 'landesschau', 'abendschau', 'sportschau', 'sportstudio', 'report', 'brennpunkt',
  'wien heute', 'nö heute', 'steiermark heute', 'kärnten heute', 'tirol heute', 'vorarlberg heute', 'salzburg heute',
  'oberösterreich heute', 'burgenland heute', 'rundschau', 'hessenschau', 'mdr aktuell', 'ndr info', 'rbb24',
]

/** Labels of match-statistics lines ("Tore: …", "Zuschauer: 19.750"). */
export const STAT_LABELS: readonly string[] = ['tore:', 'zuschauer:', 'schiedsrichter:', 'aufstellung:', 'gelbe karten:', 'rote karten:', 'torschützen:']

/** Labels of an ad block on a line of their own. */
export const AD_MARKERS: ReadonlySet<string> = new Set(['anzeige', 'werbung', 'advertisement', 'sponsored', 'gesponsert', 'promotion', 'partnerangebot', 'sponsored content'])

/**
 * Links of the site itself that stand alone on a line (legal pages, contact, cart, account, languages, page turns):
 * never a headline. Only the title search reads them; as debris they would also cut such lines out of articles.
 */
export const SITE_LINK_WORDS: ReadonlySet<string> = new Set([
  'impressum', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'kontakt', 'kontaktformular', 'anfahrt',
  'agb', 'agbs', 'nutzungsbedingungen', 'barrierefreiheit', 'sitemap', 'warenkorb', 'leerer', 'shop', 'hauptinhalt',
  'hauptmenü', 'navigation', 'favoriten', 'previous', 'next', 'hineinzoomen', 'herauszoomen', 'de', 'fr', 'it', 'en',
  'feed', 'mediadaten', 'cookie-einstellungen', 'springen', 'buchen', 'auswählen', 'schreib', 'schreibe', 'antwort',
  'antworten', 'zeitung', 'e-paper', 'epaper', 'imprint', 'privacy', 'contact', 'kasse', 'merkliste', 'mein', 'konto', 'passwort', 'password',
  'passwort-wiederherstellung', 'vergessen', 'forgot',
])

/** Labels of a page's metadata, lower case, before their value ("Datum 28.01.2022", "Herausgeber: Beispiel AG"). */
export const METADATA_LABELS: readonly string[] = [
  'datum', 'ort', 'autor', 'autorin', 'autoren', 'erscheinungsdatum', 'veröffentlichungsdatum', 'herausgeber',
  'herausgeberin', 'veröffentlicht in', 'veröffentlicht von', 'geschrieben von', 'artikel von', 'beitrag von',
  'post author', 'post date', 'posted in', 'posted by', 'posted on', 'quelle', 'webcode', 'artikelnummer', 'art.-nr.',
  'release', 'kategorie', 'kategorien', 'rubrik', 'ausgabe', 'ausgabejahr', 'themen', 'schlagworte', 'schlagwörter',
]

/** What a page counts under its article ("3 Kommentare", "Keine Antworten", "1 Comment on …"). */
export const COUNTED_THINGS: ReadonlySet<string> = new Set([
  'kommentar', 'kommentare', 'comment', 'comments', 'antwort', 'antworten', 'bewertung', 'bewertungen', 'reaktion',
  'reaktionen', 'likes', 'aufrufe', 'views', 'responses', 'replies', 'gäste', 'mitglieder',
])

/** The site's legal and contact pages, of SITE_LINK_WORDS: a line naming one beside other capitalised words is a menu. */
export const LEGAL_LINK_WORDS: ReadonlySet<string> = new Set([
  'impressum', 'datenschutz', 'datenschutzerklärung', 'datenschutzhinweise', 'kontakt', 'anfahrt', 'agb', 'agbs',
  'nutzungsbedingungen', 'sitemap', 'imprint', 'privacy', 'contact',
])
