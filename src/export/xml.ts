/** What XML 1.0 cannot carry: control characters other than tab and newlines, lone surrogates, U+FFFE/U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A string XML can hold: each character it cannot becomes U+FFFD, so nothing else shifts. */
export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}
