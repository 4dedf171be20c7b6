import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

const meta = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text }, indonesian).metadata;

describe('article metadata', () => {
  it.each([
    ['Pyongyang (ANTARA) - Presiden Rusia tiba di sana.', 'ANTARA'],
    ['Judul Berita\nKONTAN.CO.ID - MOSKOW. Pemimpin Korea Utara tiba.', 'KONTAN'],
    ['VIVA – Pemimpin Korea Utara bertemu Presiden Rusia.', 'VIVA'],
    ['JAKARTA, KOMPAS.com - Presiden meresmikan jalan tol.', 'Kompas'],
    ['Jakarta (ANTARA News) - Harga emas turun.', 'ANTARA'],
    ['Isi berita.\n\nCopyright © ANTARA 2024', 'ANTARA'],
    ['Judul Berita\nMedcom.id · 20 Oktober 2023 12:29\n\nPyongyang: Kim menerima Lavrov.', 'Medcom'],
    ['Isi berita di sini.\n\nSumber : VIVA.co.id', 'VIVA'],
  ])('publisher of %j', (text, publisher) => {
    expect(meta(text).publisher).toBe(publisher);
  });

  it('does not take a capitalised place before a dash for an outlet', () => {
    const m = meta('PYONGYANG - Presiden Rusia tiba di Korea Utara pada Selasa (18/6/2024).');
    expect(m.publisher).toBeUndefined();
  });

  it.each([
    ['Judul Berita\nRabu, 19 Juni 2024 18:45 WIB\n\nIsi berita kemarin.', '2024-06-19', 'byline'],
    ['Judul Berita\nMedcom.id · 20 Oktober 2023 12:29\n\nIsi berita.', '2023-10-20', 'byline'],
    ['Presiden tiba pada Rabu (19/6) dan pulang Kamis (20/6).\n\nCopyright © ANTARA 2024', '2024-06-20', 'text'],
    ['Kedua pemimpin bertemu di Vladivostok, Kamis, 25 April 2019.', '2019-04-25', 'text'],
    ['Isi berita tanpa tanggal.\n\nCopyright © ANTARA 2024', '2024', 'copyright'],
    ['Isi berita tanpa tanggal.', undefined, undefined],
  ])('publication date of %j', (text, published, from) => {
    const m = meta(text);
    expect(m.published).toBe(published);
    expect(m.publishedFrom).toBe(from);
  });

  it('reads credits as people, each with its line as evidence', () => {
    const m = meta('Isi berita.\n\nPewarta: Budi Santoso\nPenerjemah: Nur Aini Rahma\nEditor: Andi Saputra, Dewi Lestari');
    expect(m.credits.map((c) => [c.role, c.name])).toEqual([
      ['reporter', 'Budi Santoso'], ['translator', 'Nur Aini Rahma'], ['editor', 'Andi Saputra'], ['editor', 'Dewi Lestari'],
    ]);
    expect(m.credits[3].evidence.text).toBe('Editor: Andi Saputra, Dewi Lestari');
  });

  it('titles an article by its headline, else by its first sentence', () => {
    expect(meta('Putin Tiba di Pyongyang\nPresiden Rusia tiba.')).toMatchObject({ title: 'Putin Tiba di Pyongyang', titleFrom: 'headline' });
    expect(meta('Pyongyang (ANTARA) - Presiden Rusia tiba di Pyongyang.')).toMatchObject({ title: 'Presiden Rusia tiba di Pyongyang.', titleFrom: 'first-sentence' });
  });
});

describe('relations across the article', () => {
  it('places one place in another when the text says so, with the sentence', () => {
    const x = extractArticle({ id: 'a', file: 'a.txt', text: 'Kim bertemu Putin di pelabuhan antariksa Vostochny di timur jauh Rusia pada Rabu (13/9/2023).' }, indonesian);
    const names = x.containments.map((c) => [x.entities[c.place].name, x.entities[c.within].name]);
    expect(names).toEqual([['Vostochny', 'Rusia']]);
  });

  it('does not count a planned signing or a bare document word', () => {
    const x = extractArticle({ id: 'a', file: 'a.txt', text: 'Menurut Ushakov, Rusia dan Korea Utara berencana menandatangani sejumlah dokumen.' }, indonesian);
    expect(x.documents).toEqual([]);
  });
});
