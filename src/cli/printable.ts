/**
 * Text from the inputs (file names, article text, error messages quoting either) made safe to
 * print on a terminal: control characters are shown escaped, so that no text can move the
 * cursor, clear the screen, set the window title, write the clipboard (OSC 52), reorder what
 * is shown (bidirectional overrides) or forge a line of output (a newline in a file name).
 */
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control character written as an escape: `\n`, `\x1b`, `\u202e`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
