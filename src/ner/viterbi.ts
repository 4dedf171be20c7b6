/** The best tag sequence under emission and transition scores, with the IOB constraints. */
import { mayFollow, START, TAG_COUNT } from './tags.js';

const T = TAG_COUNT;
/** Row-major `(START + 1) × T` table: 0 where allowed, -Infinity where `mayFollow` forbids. */
const FORBIDDEN = (() => {
  const table = new Float64Array((T + 1) * T);
  for (let p = 0; p <= T; p++) for (let c = 0; c < T; c++) table[p * T + c] = mayFollow(p, c) ? 0 : -Infinity;
  return table;
})();

/**
 * `emissions[i * T + t]` scores tag t at token i; `transitions[p * T + t]` scores t after p
 * (row `START` before the first token). Ties go to the lower tag index, so the result is
 * the same on every run. Returns tag indices.
 */
export function viterbi(
  emissions: Float64Array,
  transitions: Float64Array,
  n: number,
  out: Int32Array = new Int32Array(n),
): Int32Array {
  if (n === 0) return out;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = emissions[t] + transitions[START * T + t] + FORBIDDEN[START * T + t];
  for (let i = 1; i < n; i++) {
    const row = i * T;
    const prevRow = row - T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[prevRow + p] + transitions[p * T + t] + FORBIDDEN[p * T + t];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + t] = best + emissions[row + t];
      back[row + t] = arg;
    }
  }
  let last = 0;
  const lastRow = (n - 1) * T;
  for (let t = 1; t < T; t++) if (score[lastRow + t] > score[lastRow + last]) last = t;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = last;
    last = back[i * T + last];
  }
  return out;
}
