/**
 * Control characters made visible, for text bound for a terminal (file names, article text,
 * error messages quoting either): C0 (line breaks and tabs included), DEL, C1, the line and
 * paragraph separators, and the bidirectional embeddings, overrides and isolates. Raw,
 * they would let a value set the window title, clear the screen, write the clipboard (OSC 52),
 * forge lines or reorder what is shown. Each becomes a `\n` / `\xNN` / `\uNNNN` escape.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return (
    NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
};

export function escapeControls(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** DEL, C1, the separators and the bidirectional controls as JSON `\u` escapes (JSON.stringify escapes only C0). */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
