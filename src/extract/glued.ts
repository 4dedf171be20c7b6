/**
 * Words that scraped text glued together, taken apart again: link text loses the spaces
 * around it (`PresidenPrabowo`, `JakartaKomisi`, `Trumpmengerahkan`). A word splits only
 * where both parts are words the model knows: a title, common word, place or given name
 * before a capital inside the word or a given name or place after it, a name before a frequent
 * verb written on to it, an acronym before a frequent word or a known capitalised one
 * (`KPKjuga`, `RTKetinggian`), or a place's name before a common word (`Danau Tobatidak`); and
 * two capitalised words joined by a hyphen are two (`Rusia-Korut`), where one is a word and
 * not an acronym (`PUPR-PKPP` names one office).
 * What the gazetteer holds as one word (`JawaPos`, `TikTok`) stays whole.
 */
import type { Lexicon } from './lexicon.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Two capitalised words joined by a hyphen: a pair (`Rusia-Korut`, `Baswedan-Muhaimin` of a
 * ticket), not one name, unless the gazetteer holds it (`Timor-Leste`) or a word is doubled
 * (`Bangsa-Bangsa`). A letter alone is no word (`E-Plaza`, `K-Pop`).
 */
const PAIR = /^(\p{Lu}[\p{L}\p{N}]+)[-‐](\p{Lu}[\p{L}\p{N}]+)$/u;
const LOWER = /\p{Ll}/u;
/** A capitalised word, then a capital within it: `PresidenPrabowo`. */
const CAMEL = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,}.*)$/u;
/** An acronym and a capitalised word written on to it: `RTKetinggian`, `CNNIndonesia`. */
const ACRONYM_AND_NAME = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{3,})$/u;
/** An acronym and a lower-case word written on to it: `KPKjuga`, `PLNkini`. */
const ACRONYM_AND_WORD = /^(\p{Lu}{2,})(\p{Ll}{4,})$/u;
/** A capitalised word long enough to hide a name and a verb: `Sugionobertemu`. */
const NAME_AND_MORE = /^\p{Lu}\p{Ll}{8,}$/u;
/** The shortest verb a split leaves after a name. */
const MIN_VERB = 6;
/** The shortest and the longest common word a split leaves after a place's name. */
const MIN_WORD = 4;
const MAX_WORD = 8;

/** The tokens, each glued word split in two. */
export function unglued(tokens: Token[], lex: Lexicon): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // The word before as already split (`KepolisianLos AngelesJim`: `Los`, then `Angeles`).
    const before = out ? out[out.length - 1] : tokens[i - 1];
    const at = t.capitalised && t.text.length >= 6 ? splitPoint(t, before, tokens[i + 1], lex) : 0;
    if (at) {
      out ??= tokens.slice(0, i);
      out.push(...tokenize(t.text.slice(0, at), t.start), ...tokenize(t.text.slice(at), t.start + at));
    } else out?.push(t);
  }
  return out ?? tokens;
}

/** A word the model knows, as itself or lower-cased: a given name, a place, an ordinary word. */
const isKnownWord = (word: string, lex: Lexicon): boolean => {
  const lower = word.toLowerCase();
  return (
    lex.givenNames.has(word) ||
    lex.placeNames.has(lower) ||
    lex.model.frequentWords.has(lower) ||
    lex.commonWords.has(lower)
  );
};

/** The capitalised word a glued word opens with (`Angeles` of `AngelesJim`), else the word. */
const leadingWord = (text: string): string => CAMEL.exec(text)?.[1] ?? text;

/** Where a glued word splits, or 0; a pair joined by a hyphen splits at it. `before` and `after` are the tokens around it. */
function splitPoint(t: Token, before: Token | undefined, after: Token | undefined, lex: Lexicon): number {
  const pair = PAIR.exec(t.text);
  if (pair)
    return pair[1].toLowerCase() === pair[2].toLowerCase() || !LOWER.test(t.text) || lex.gazetteer.longest([t], 0)
      ? 0
      : pair[1].length;
  const camel = CAMEL.exec(t.text);
  if (camel) {
    if (lex.gazetteer.longest([t], 0)) return 0;
    const [first, second] = [camel[1], camel[2]];
    const lower = first.toLowerCase();
    const knownFirst =
      lex.commonWords.has(lower) ||
      lex.titles.longest(tokenize(lower), 0) !== undefined ||
      lex.placeNames.has(lower) ||
      lex.givenNames.has(first) ||
      // `Los AngelesJim`: the end of a place's name of two words.
      (!!before?.capitalised && lex.placeNames.has(`${before.lower} ${lower}`));
    // `PemainJepang`: a capitalised word before a known place's name, of one word or two (`KepolisianLos Angeles`).
    const knownSecond =
      lex.givenNames.has(second) ||
      lex.placeNames.has(second.toLowerCase()) ||
      (!!after?.capitalised && lex.placeNames.has(`${second.toLowerCase()} ${leadingWord(after.text).toLowerCase()}`));
    return knownFirst || knownSecond ? first.length : 0;
  }
  // `KPKjuga`, `RTKetinggian`: an acronym before a word the model knows, lower-case (read first:
  // `KPKjuga` is not `KP` + `Kjuga`) or capitalised.
  const worded = ACRONYM_AND_WORD.exec(t.text);
  if (worded && lex.model.frequentWords.has(worded[2])) return worded[1].length;
  const named = ACRONYM_AND_NAME.exec(t.text);
  if (named) return isKnownWord(named[2], lex) && !lex.gazetteer.longest([t], 0) ? named[1].length : 0;
  if (!NAME_AND_MORE.test(t.text) || lex.model.frequentWords.has(t.lower) || lex.givenNames.has(t.text)) return 0;
  for (let k = 3; k <= t.text.length - MIN_VERB; k++) {
    const rest = t.lower.slice(k);
    if (lex.verbForm.test(rest) && lex.model.frequentWords.has(rest)) return k;
  }
  // `Danau Tobatidak`: a place's name, alone or with the word before it, and a common word written
  // on to it; a place named so whole (`Banjarbaru`) stays whole.
  for (let k = Math.max(3, t.text.length - MAX_WORD); k <= t.text.length - MIN_WORD; k++) {
    if (!lex.commonWords.has(t.lower.slice(k))) continue;
    const place = t.lower.slice(0, k);
    const named = lex.placeNames.has(place) || (before?.capitalised && lex.placeNames.has(`${before.lower} ${place}`));
    if (named) return lex.gazetteer.longest([t], 0) ? 0 : k;
  }
  return 0;
}
