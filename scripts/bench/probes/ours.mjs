export default (mod) => { mod.tag('Bundeskanzler Olaf Scholz traf in Berlin den französischen Präsidenten.').toJSON() }
