/**
 * `list.sort(compare)`, sorted by hand while the list is short. V8's sort sets up its work
 * state on every call (a run stack of 170 slots and a copy of the list: about 1.5 KB), and the
 * lists an article sorts are short: about 125 sorts an article, most of one item or none, the
 * rest a few dozen at most. Insertion sort is stable, as `Array.prototype.sort` is, so for a
 * consistent comparison both give the same order.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number = defaultCompare): T[] {
  if (list.length > BY_HAND_UP_TO) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i;
    for (; j > 0 && compare(list[j - 1], item) > 0; j--) list[j] = list[j - 1];
    list[j] = item;
  }
  return list;
}

/** Where V8's own sort switches from insertion to merging runs. */
const BY_HAND_UP_TO = 64;

/** `Array.prototype.sort`'s order without a comparison: by string form, `undefined` last. */
function defaultCompare<T>(a: T, b: T): number {
  if (a === undefined) return b === undefined ? 0 : 1;
  if (b === undefined) return -1;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
