/** What XML 1.0 cannot carry: control characters other than tab and newlines, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A cheap first look: most strings hold none of these, nor any surrogate. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** A string XML can hold: each character it cannot becomes U+FFFD, so nothing else shifts. */
export function xmlSafe(s: string): string {
  return SUSPECT.test(s) ? s.replace(NOT_XML, '\uFFFD') : s;
}

/**
 * Characters a parser may legally change when they stand raw in a value: carriage returns
 * (XML end-of-line handling makes them line feeds) and the Unicode line and paragraph
 * separators (which XML 1.1-minded parsers treat as line ends). Written as character
 * references they read back as they were. Raw, they can only stand inside values, never in
 * markup or in the indentation the writers add, so the whole document can be rewritten.
 */
export function protectLineEnds(xml: string): string {
  return xml.replace(/[\r\u0085\u2028\u2029]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
}
