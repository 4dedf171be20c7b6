import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/extract/clean.js';
import { segment } from '../../src/extract/segment.js';
import { indonesian } from '../../src/lang/id/index.js';

/** The sentences of a text; `hasTitle`: its headline comes from elsewhere (the first line is no headline). */
const sentences = (text: string, hasTitle = true) =>
  segment(text, classifyLines(text, indonesian, hasTitle), indonesian).map((s) => s.text);

describe('segment', () => {
  // The word before a stop, read back by hand: what /([\p{L}\p{N}.]+)$/u found in the look-back.
  it('reads abbreviations and initials before a stop in any script', () => {
    expect(sentences('Ia tinggal di Jl. Merdeka. Kata Prof. Andi, ya. Lalu J. Smith datang.')).toEqual([
      'Ia tinggal di Jl. Merdeka.',
      'Kata Prof. Andi, ya.',
      'Lalu J. Smith datang.',
    ]);
    expect(sentences('Kata Ж. Путин. Lalu 𝐀. Selesai.')).toEqual(['Kata Ж. Путин.', 'Lalu 𝐀. Selesai.']);
  });

  it('ends a sentence at a full stop that lost the space after it, but not after an abbreviation', () => {
    expect(sentences('Hakim menolak gugatan Budi Santoso.Putusan itu dikritik. Ia tinggal di Jl.Merdeka.')).toEqual([
      'Hakim menolak gugatan Budi Santoso.',
      'Putusan itu dikritik.',
      'Ia tinggal di Jl.Merdeka.',
    ]);
  });

  it('starts the story after the headline a page prints again at its head', () => {
    const text =
      'Harga Beras Naik Jelang Lebaran\n\nHarga Beras Naik Jelang Lebaran Jakarta, harga beras naik. Pedagang mengeluh.';
    expect(sentences(text, false)).toEqual([
      'Harga Beras Naik Jelang Lebaran',
      'Jakarta, harga beras naik.',
      'Pedagang mengeluh.',
    ]);
  });

  it("cuts the note of where an article first ran, with that article's headline, out of its paragraph", () => {
    const text =
      'Warga menggelar panen raya. (Rina) Artikel ini telah tayang di Tribunnews.com dengan judul Usai Panen, Budi Bicara Soal Harga Gabah\n\n' +
      'Bupati hadir. *Artikel ini telah tayang di [Kompas.com](https://www.kompas.com/read/1) dengan judul 2 Oktober Hari Batik Nasional, Ini Sejarahnya*';
    expect(sentences(text)).toEqual(['Warga menggelar panen raya.', '(Rina)', 'Bupati hadir.']);
  });
});
