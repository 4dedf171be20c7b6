/** Normal forms of names: what two spellings of one name have in common. */
import type { Lexicon } from './lexicon.js';

/** Names recur across a corpus: remembered, in a memo bounded so memory stays flat on an archive. */
function remembered(memo: Map<string, string>, name: string, compute: (name: string) => string): string {
  let value = memo.get(name);
  if (value === undefined) {
    if (memo.size > 50_000) memo.clear();
    memo.set(name, (value = compute(name)));
  }
  return value;
}

const folded = new Map<string, string>();

/** Lower case, no accents, hyphens and dots as spaces: `Kim Jong-un` → `kim jong un`. */
export function foldName(name: string): string {
  return remembered(folded, name, fold);
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-‐‑–—_.'’`"“”()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const personKeys = new WeakMap<Lexicon, Map<string, string>>();

/** `foldName` with transliteration variants of given names made one (`Yury` → `yuri`). */
export function personKey(name: string, lex: Lexicon): string {
  let memo = personKeys.get(lex);
  if (!memo) personKeys.set(lex, (memo = new Map()));
  return remembered(memo, name, (n) =>
    foldName(n)
      .split(' ')
      .map((w) => lex.nameVariant.get(w)?.toLowerCase() ?? w)
      .join(' '),
  );
}

/** Whether `part`'s words stand in `whole` in the same order, not necessarily together (`kim un` in `kim jong un`). */
export function containsInOrder(whole: readonly string[], part: readonly string[]): boolean {
  let i = 0;
  for (const w of whole) if (w === part[i]) i++;
  return i === part.length;
}

/** Whether the words `part` (`fariz rm`) are the first words of `whole` (`fariz roestam munaf`), then the initials, two or more, of all the rest. */
export function endsInInitialsOf(part: readonly string[], whole: readonly string[]): boolean {
  const last = part.length - 1;
  const rest = whole.slice(last);
  return (
    part[last].length >= 2 &&
    rest.length === part[last].length &&
    part.slice(0, last).every((w, i) => w === whole[i]) &&
    rest.every((w, i) => w[0] === part[last][i])
  );
}

/** Readable key part: `Vladimir Putin` → `vladimir-putin`. */
export function slug(name: string): string {
  return (
    foldName(name)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/**
 * An organisation's folded name without the words that only say it is a company or a body of
 * some kind (`pt biofarma` → `biofarma`, `texmaco group` → `texmaco`), or undefined.
 */
export function bareName(folded: string, lex: Lexicon): string | undefined {
  const words = folded.split(' ');
  if (words.length < 2) return undefined;
  if (lex.organizationHeads.get(words[0]) === 'company') return words.slice(1).join(' ');
  return lex.organizationTails.has(words[words.length - 1]) ? words.slice(0, -1).join(' ') : undefined;
}
