/**
 * The word lists of @zxcvbn-ts/language-id and -en one file each (`dist/commonWords.json.mjs`):
 * a package's index decompresses every list it has (Wikipedia titles, word sequences, surnames)
 * at import, about 40 ms more at every start, for lists we do not read (bench/decisions.md).
 */
declare module '@zxcvbn-ts/*.json.mjs' {
  const words: readonly string[];
  export default words;
}
