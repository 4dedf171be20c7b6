import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

// Articles written for these tests.
const entities = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul' }, indonesian).entities
  .map((e) => `${e.type}:${e.name}`);

describe('one entity for a thing and its short form', () => {
  it('joins an acronym the article defines to the full name', () => {
    const found = entities('Lembaga Pengkajian Pangan Lestari (LPPL) merilis laporan baru. Menurut LPPL, harga beras naik.');
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:Lembaga Pengkajian Pangan Lestari']);
  });

  it('joins a company\'s name without `PT` to the company', () => {
    const found = entities('Saham PT Sinar Kencana Abadi naik. Menurut direksi, Sinar Kencana Abadi menyambut kabar itu.');
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:PT Sinar Kencana Abadi']);
  });

  it('takes a country\'s own institution written with the country for the institution', () => {
    const found = entities('Kementerian Luar Negeri RI memanggil duta besar itu. Kementerian Luar Negeri menyampaikan protes.');
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:Kementerian Luar Negeri']);
  });

  it('names a regional body by its place\'s own name', () => {
    const found = entities('Ketua DPRD Provinsi Sumbar hadir. Anggaran disahkan DPRD Sumatera Barat kemarin.');
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:DPRD Sumatera Barat']);
  });

  it('reads a pair joined by a hyphen as two names', () => {
    const found = entities('Hubungan Rusia-Vietnam makin erat, kata pejabat itu.');
    expect(found).toEqual(expect.arrayContaining(['Place:Rusia', 'Place:Vietnam']));
  });
});
