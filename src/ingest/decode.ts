/** Bytes to text: UTF-8 with or without BOM, UTF-16 with BOM; binary and broken UTF-8 refused. */
import type { SkipReason } from './errors.js';

export type Decoded =
  { readonly text: string; readonly note?: string } | { readonly reason: SkipReason; readonly message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'UTF-16 LE' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'UTF-16 BE' };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { reason: 'binary', message: 'binary file (it has NUL bytes), not text' };
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { reason: 'encoding', message: 'not valid UTF-8; save it as UTF-8 and run again' };
  }
}
