// A substring may share the memory of the whole text it was cut from (V8 keeps "sliced strings" as a view into
// their parent). Strings kept in process-wide caches are copied first, so that a cached word never keeps a whole
// article alive.
const CHUNK = 4096

export function detach(text: string): string {
  if (text.length <= CHUNK) {
    const codes = new Array<number>(text.length)
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i)
    return String.fromCharCode.apply(null, codes)
  }
  let copy = ''
  for (let i = 0; i < text.length; i += CHUNK) copy += detach(text.slice(i, i + CHUNK))
  return copy
}
