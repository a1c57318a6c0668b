// The batch entry, `schlagwort/batch` (Node only: worker threads): many articles at once, on all cores.
export { tagMany, type BatchInput, type BatchResult, type TagManyOptions } from './tag-many.js'
