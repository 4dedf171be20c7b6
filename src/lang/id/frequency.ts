/**
 * Word lists from `@zxcvbn-ts/language-id` (one file each, see zxcvbn-lists.d.ts): the most
 * frequent Indonesian words (from the OpenSubtitles corpus) and Indonesian given names; from
 * `@zxcvbn-ts/language-en`, the most frequent English words and English first names, for the
 * English the news quotes. A capitalised word that is frequent in ordinary Indonesian and not a
 * given name is probably not a name.
 */
import englishCommonWords from '@zxcvbn-ts/language-en/dist/commonWords.json.mjs';
import englishFirstNames from '@zxcvbn-ts/language-en/dist/firstnames.json.mjs';
import indonesianCommonWords from '@zxcvbn-ts/language-id/dist/commonWords.json.mjs';
import indonesianNames from '@zxcvbn-ts/language-id/dist/names.json.mjs';

/** Indonesian given names, capitalised (`Bambang`, `Siti`). */
export const INDONESIAN_GIVEN_NAMES: readonly string[] = indonesianNames.map(
  (n) => n.charAt(0).toUpperCase() + n.slice(1),
);

/** Frequent lower-case Indonesian words that are not given names. */
export function frequentWords(names: readonly string[]): Set<string> {
  const exclude = new Set([...indonesianNames, ...names.map((n) => n.toLowerCase())]);
  return new Set(indonesianCommonWords.filter((w) => !exclude.has(w)));
}

/** How many of the most frequent English words count as English (the rest are rarer than a name). */
const ENGLISH_WORDS = 50_000;

/** Frequent lower-case English words that are not first names nor among `names`. */
export function englishWords(names: readonly string[]): Set<string> {
  const exclude = new Set([...englishFirstNames, ...names.map((n) => n.toLowerCase())]);
  return new Set(englishCommonWords.slice(0, ENGLISH_WORDS).filter((w) => /^[a-z]{2,}$/.test(w) && !exclude.has(w)));
}
