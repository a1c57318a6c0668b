// The id slug rule of corpora/kb/FORMAT.md, shared by the loader, the build script and the linker.
import { FNV_OFFSET, hashString } from '../shared/hash.js'

// A Map: the key is a character of the name, which must not find Object.prototype's members.
const FOLDED: ReadonlyMap<string, string> = new Map(Object.entries({
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't',
}))

function isSlugChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)
}

/** Longer slugs (names run together from debris) are cut and end in a hash of the whole, so ids stay short and distinct. */
const MAX_SLUG = 80
const KEPT = 64

/**
 * Canonical name → id slug: lowercase, umlauts spelled out, accents dropped, other runs → '-', no '-' at the ends; over
 * MAX_SLUG characters, the first KEPT and a hash of the whole.
 */
export function slugify(name: string): string {
  const slug = fullSlug(name)
  if (slug.length <= MAX_SLUG) return slug
  let kept = slug.slice(0, KEPT)
  while (kept.endsWith('-')) kept = kept.slice(0, -1)
  return `${kept}-${(hashString(FNV_OFFSET, slug) >>> 0).toString(36)}`
}

function fullSlug(name: string): string {
  let out = ''
  let pendingDash = false
  // NFD splits accented letters into base letter + combining mark; marks are skipped below. Umlauts are folded first.
  for (const ch of name.normalize('NFC').toLowerCase()) {
    const mapped = (FOLDED.get(ch) ?? ch).normalize('NFD')
    for (let i = 0; i < mapped.length; i++) {
      const c = mapped.charCodeAt(i)
      if (c >= 0x300 && c <= 0x36f) continue
      if (isSlugChar(c)) {
        if (pendingDash && out.length > 0) out += '-'
        pendingDash = false
        out += mapped[i]
      } else {
        pendingDash = true
      }
    }
  }
  return out
}
