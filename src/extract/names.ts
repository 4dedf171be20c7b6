/** Normal forms of names: what two spellings of one name have in common. */
import type { Lexicon } from './lexicon.js';

const folded = new Map<string, string>();

/** Lower case, no accents, hyphens and dots as spaces: `Kim Jong-un` → `kim jong un`. */
export function foldName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    // Names recur across a corpus; a bounded memo keeps memory flat on an archive.
    if (folded.size > 50_000) folded.clear();
    folded.set(name, (f = fold(name)));
  }
  return f;
}

function fold(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[-‐‑–—_.'’`"“”()]/g, ' ').replace(/\s+/g, ' ').trim();
}

const personKeys = new WeakMap<Lexicon, Map<string, string>>();

/** `foldName` with transliteration variants of given names made one (`Yury` → `yuri`). */
export function personKey(name: string, lex: Lexicon): string {
  let memo = personKeys.get(lex);
  if (!memo) personKeys.set(lex, (memo = new Map()));
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(name, (key = foldName(name).split(' ').map((w) => lex.nameVariant.get(w)?.toLowerCase() ?? w).join(' ')));
  }
  return key;
}

/** Readable key part: `Vladimir Putin` → `vladimir-putin`. */
export function slug(name: string): string {
  return foldName(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x';
}
