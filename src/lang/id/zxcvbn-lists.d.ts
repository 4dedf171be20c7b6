/**
 * The word lists of @zxcvbn-ts/language-id and -en one file each: a package's index decompresses
 * every list it has (Wikipedia titles, word sequences, surnames) at import, about 40 ms more at
 * every start, for lists we do not read (bench/decisions.md).
 */
declare module '@zxcvbn-ts/language-id/dist/commonWords.json.mjs' {
  const words: readonly string[];
  export default words;
}
declare module '@zxcvbn-ts/language-id/dist/names.json.mjs' {
  const words: readonly string[];
  export default words;
}
declare module '@zxcvbn-ts/language-en/dist/commonWords.json.mjs' {
  const words: readonly string[];
  export default words;
}
declare module '@zxcvbn-ts/language-en/dist/firstnames.json.mjs' {
  const words: readonly string[];
  export default words;
}
