import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls as printable } from '../../src/controls.js';

describe('escapeControls, on what the build prints', () => {
  it('escapes control characters and bidirectional overrides, and nothing else', () => {
    expect(printable('baris\nkedua\r\ttab')).toBe('baris\\nkedua\\r\\ttab');
    expect(printable('\u001b]0;judul\u0007 \u009b2J \u007f')).toBe('\\x1b]0;judul\\x07 \\x9b2J \\x7f');
    expect(printable('\u202eabc \u2066x\u2069 \u2028')).toBe('\\u202eabc \\u2066x\\u2069 \\u2028');
    expect(printable('Jakarta, "kutipan" — emoji 🇮🇩😀 👨‍👩‍👧 Путин 金正恩 \\n')).toBe(
      'Jakarta, "kutipan" — emoji 🇮🇩😀 👨‍👩‍👧 Путин 金正恩 \\n',
    );
  });

  it('leaves no control character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(printable(s)).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
      }),
      { numRuns: 500 },
    );
  });
});
