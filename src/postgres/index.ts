// schlagwort/postgres: the related-articles store in PostgreSQL (a separate entry: it needs the `pg` package, an
// optional peer dependency, which `schlagwort` itself never loads).
export { createRelatedStore, RelatedStore, type RelatedStoreOptions, type StoreItem } from './store.js'
export { SCHEMA_VERSION } from './tables.js'
export type { AddOptions, RelatedHit, RelatedOptions } from '../related/related-index.js'
