// AssemblyScript source of kernel.wasm (`npm run build:kernel`; test/kernel.test.ts checks the committed file is its
// build). The same two loops as js.ts and ../viterbi.ts, over memory the caller lays out (wasm.ts): score sums with
// SIMD, eight labels at a time, the int16 cells summed exactly and scaled in float64 as JavaScript does, so that the
// scores are identical; and the BIO-restricted Viterbi. Label 0 is O; class c has B = 1 + 2c and I = 2 + 2c.
const L: i32 = 25
const ROW: i32 = 125

@inline function f64At(base: usize, index: i32): f64 {
  return load<f64>(base + (<usize>index << 3))
}

@inline function setF64(base: usize, index: i32, value: f64): void {
  store<f64>(base + (<usize>index << 3), value)
}

@inline function rowAt(pool: usize, padded: usize, i: i32, slot: i32): usize {
  return pool + ((<usize>load<i32>(padded + (<usize>(i + slot) << 2)) * ROW + slot * L) << 1)
}

/** The five int16 cells of eight labels, summed exactly in int32: low four labels, then high four. */
@inline function cellsLow(a: v128, b: v128, c: v128, d: v128, e: v128): v128 {
  let s = i32x4.add(i32x4.extend_low_i16x8_s(a), i32x4.extend_low_i16x8_s(b))
  s = i32x4.add(s, i32x4.extend_low_i16x8_s(c))
  s = i32x4.add(s, i32x4.extend_low_i16x8_s(d))
  return i32x4.add(s, i32x4.extend_low_i16x8_s(e))
}

@inline function cellsHigh(a: v128, b: v128, c: v128, d: v128, e: v128): v128 {
  let s = i32x4.add(i32x4.extend_high_i16x8_s(a), i32x4.extend_high_i16x8_s(b))
  s = i32x4.add(s, i32x4.extend_high_i16x8_s(c))
  s = i32x4.add(s, i32x4.extend_high_i16x8_s(d))
  return i32x4.add(s, i32x4.extend_high_i16x8_s(e))
}

@inline function high(v: v128): v128 {
  return i32x4.shuffle(v, v, 2, 3, 0, 1)
}

/** Four scores into dst: the prior (four f32) plus step times the four int32 cell sums, in float64 as JavaScript does. */
@inline function storeFour(dst: usize, prior: v128, cells: v128, step: v128): void {
  v128.store(dst, f64x2.add(f64x2.promote_low_f32x4(prior), f64x2.mul(f64x2.convert_low_i32x4_s(cells), step)))
  v128.store(dst, f64x2.add(f64x2.promote_low_f32x4(high(prior)), f64x2.mul(f64x2.convert_low_i32x4_s(high(cells)), step)), 16)
}

/** scores[i * L + y] = bias[y] + step * (the cells of the five rows around token i: padded[i .. i + 4], slot k of the k-th). */
export function sums(padded: usize, n: i32, pool: usize, bias: usize, scores: usize, step: f64): void {
  const steps = f64x2.splat(step)
  for (let i = 0; i < n; i++) {
    const a = rowAt(pool, padded, i, 0)
    const b = rowAt(pool, padded, i, 1)
    const c = rowAt(pool, padded, i, 2)
    const d = rowAt(pool, padded, i, 3)
    const e = rowAt(pool, padded, i, 4)
    const dst = scores + (<usize>(i * L) << 3)
    for (let y = 0; y < 24; y += 8) {
      const o = <usize>y << 1
      const va = v128.load(a + o)
      const v1 = v128.load(b + o)
      const v2 = v128.load(c + o)
      const v3 = v128.load(d + o)
      const v4 = v128.load(e + o)
      const p = bias + (<usize>y << 2)
      storeFour(dst + (<usize>y << 3), v128.load(p), cellsLow(va, v1, v2, v3, v4), steps)
      storeFour(dst + (<usize>(y + 4) << 3), v128.load(p, 16), cellsHigh(va, v1, v2, v3, v4), steps)
    }
    const o: usize = 24 << 1
    const cells = <i32>load<i16>(a + o) + <i32>load<i16>(b + o) + <i32>load<i16>(c + o) + <i32>load<i16>(d + o) + <i32>load<i16>(e + o)
    setF64(dst, 24, <f64>load<f32>(bias + (24 << 2)) + <f64>cells * step)
  }
}

/**
 * Best valid label sequence for tokens 0 .. n (I-X only after B-X or I-X) into out, as ../viterbi.ts: pair[p * L + y],
 * start[y], end[y] and maxInto[y] (largest pair into y) are float64; delta (n * L float64) and back (n * L bytes)
 * are work space.
 */
export function viterbi(scores: usize, n: i32, pair: usize, start: usize, end: usize, maxInto: usize, delta: usize, back: usize, out: usize): void {
  if (n <= 0) return
  for (let y = 0; y < L; y++) setF64(delta, y, y > 0 && (y & 1) == 0 ? -Infinity : f64At(scores, y) + f64At(start, y))
  for (let i = 1; i < n; i++) {
    const row = delta + (<usize>(i * L) << 3)
    const prev = row - (<usize>L << 3)
    const sc = scores + (<usize>(i * L) << 3)
    const bk = back + <usize>(i * L)
    // O and B-X may follow any label. The best previous label usually wins: when it beats what the runner-up could
    // reach with the largest transition into y, no scan is needed.
    let k0 = 0
    let top = f64At(prev, 0)
    let second = -Infinity
    for (let p = 1; p < L; p++) {
      const v = f64At(prev, p)
      if (v > top) {
        second = top
        top = v
        k0 = p
      } else if (v > second) second = v
    }
    const fromTop = pair + (<usize>(k0 * L) << 3)
    for (let y = 0; y < L; y += y == 0 ? 1 : 2) {
      let best = top + f64At(fromTop, y)
      let arg = k0
      if (second + f64At(maxInto, y) > best) {
        for (let p = 0; p < L; p++) {
          const v = f64At(prev, p) + f64At(pair, p * L + y)
          if (v > best) {
            best = v
            arg = p
          }
        }
      }
      setF64(row, y, best + f64At(sc, y))
      store<u8>(bk + <usize>y, <u8>arg)
    }
    // I-X: from B-X (y - 1) or I-X (y).
    for (let y = 2; y < L; y += 2) {
      const fromB = f64At(prev, y - 1) + f64At(pair, (y - 1) * L + y)
      const fromI = f64At(prev, y) + f64At(pair, y * L + y)
      if (fromB >= fromI) {
        setF64(row, y, fromB + f64At(sc, y))
        store<u8>(bk + <usize>y, <u8>(y - 1))
      } else {
        setF64(row, y, fromI + f64At(sc, y))
        store<u8>(bk + <usize>y, <u8>y)
      }
    }
  }
  const last = delta + (<usize>((n - 1) * L) << 3)
  let bestLabel = 0
  let bestScore = -Infinity
  for (let y = 0; y < L; y++) {
    const v = f64At(last, y) + f64At(end, y)
    if (v > bestScore) {
      bestScore = v
      bestLabel = y
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    store<u8>(out + <usize>i, <u8>bestLabel)
    bestLabel = <i32>load<u8>(back + <usize>(i * L + bestLabel))
  }
}
