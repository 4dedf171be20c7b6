/**
 * `list.sort(compare)`, spared for lists of fewer than two items: V8's sort sets up its work
 * state (about 160 bytes) on every call, and most lists an article sorts (a sentence's names
 * or dates, an entity's aliases and titles) hold one item or none: about 125 sorts an article.
 */
export function sortInPlace<T>(list: T[], compare?: (a: T, b: T) => number): T[] {
  return list.length < 2 ? list : list.sort(compare);
}
