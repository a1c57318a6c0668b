// Words that carry no topic. The lexicon's stopword list (corpora/lexicon/stopwords.txt) is the main source; this
// small list of function words, written for this project, keeps the term vector usable when that list is empty or
// lacks a word. Both are read lazily, once.
import { lexiconList } from '../lexicon/index.js'

const FALLBACK = `
aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beim bereits
bin bis bisher bist da dabei dadurch dafür dagegen daher damit danach dann dar daran darauf darin darüber darum das
dass davon dazu dem den denen denn der deren des deshalb dessen die dies diese diesem diesen dieser dieses doch dort
du durch eben ein eine einem einen einer eines einige einigen einmal er es etwa etwas euch euer eure für gab gar gegen
gewesen gibt ging habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im
immer in ins ist ja je jede jedem jeden jeder jedes jedoch jetzt kann kaum kein keine keinem keinen keiner konnte
können könnte man manche mehr mein meine meinem meinen meiner mich mir mit muss musste müssen nach nachdem neben nein
nicht nichts noch nun nur ob oder ohne sehr sei seien sein seine seinem seinen seiner seines seit selbst sich sie
sind so sollen sollte sondern sowie um und uns unser unsere unter viel viele vom von vor wann war waren warum was weil
weiter weitere welche welchem welchen welcher welches wenn wer werde werden wie wieder will wir wird wo wollen wollte
worden wurde wurden während zu zum zur zwar zwischen über laut sagte sagt sagen heute gestern morgen derzeit zudem
allerdings demnach dazu sowohl rund knapp fast ganz schon bereits erst etwa neue neuen neuer neues ersten erste
`

let cached: ReadonlySet<string> | undefined

function stopwords(): ReadonlySet<string> {
  if (cached) return cached
  const words = new Set(FALLBACK.split(/\s+/).filter((word) => word !== ''))
  for (const word of lexiconList('stopwords')) words.add(word.toLowerCase())
  cached = words
  return cached
}

/** Whether a lowercase word is a stopword. */
export function isStopword(lowercase: string): boolean {
  return stopwords().has(lowercase)
}
