export { Doc, type DocJSONOptions } from './doc.js'
