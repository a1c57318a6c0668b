import { adjectiveStem } from '../src/lexicon/index.js'
for (const w of process.argv.slice(2)) console.log(w, JSON.stringify(adjectiveStem(w)))
