import { describe, expect, it } from 'vitest';
import { escapeControls, escapeJsonControls } from '../src/controls.js';

describe('control characters made visible', () => {
  const controls = [
    ...Array.from({ length: 0x20 }, (_, i) => i),
    ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
    0x202a,
    0x202e,
    0x2066,
    0x2069,
  ].map((c) => String.fromCharCode(c));

  it('escapes every C0, DEL, C1 and bidirectional control into printable ASCII', () => {
    for (const c of controls)
      expect(escapeControls(`a${c}b`), c.charCodeAt(0).toString(16)).toMatch(/^a\\(n|r|t|x[0-9a-f]{2}|u[0-9a-f]{4})b$/);
  });

  it('leaves other text alone: Indonesian, emoji, wide characters, marks', () => {
    const text = 'Presiden Jokowi — “kunjungan” ke Pyongyang 😀 金正恩 é\u200f';
    expect(escapeControls(text)).toBe(text);
  });

  it('in JSON, writes \\u escapes that parse back to the same string', () => {
    const value = controls.join('');
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).toMatch(/^[\x20-\x7e]+$/);
    expect(JSON.parse(json)).toBe(value);
  });
});
