/**
 * Word lists from `@zxcvbn-ts/language-id`: the most frequent Indonesian words (from the
 * OpenSubtitles corpus) and Indonesian given names. A capitalised word that is frequent in
 * ordinary Indonesian and not a given name is probably not a name.
 */
import { dictionary } from '@zxcvbn-ts/language-id';

const lists = dictionary as unknown as Record<string, readonly string[]>;

/** Indonesian given names, capitalised (`Bambang`, `Siti`). */
export const INDONESIAN_GIVEN_NAMES: readonly string[] = lists['names-id'].map((n) => n.charAt(0).toUpperCase() + n.slice(1));

/** Frequent lower-case Indonesian words that are not given names. */
export function frequentWords(names: readonly string[]): Set<string> {
  const exclude = new Set([...lists['names-id'], ...names.map((n) => n.toLowerCase())]);
  return new Set(lists['commonWords-id'].filter((w) => !exclude.has(w)));
}
