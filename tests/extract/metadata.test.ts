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
    // The forms the outlets' datelines and credits really take (texts written for this test).
    ['Liputan6.com, Moskow -Menteri itu tiba kemarin.', 'Liputan6'],
    ['Liputan6.com, JakartaKomisi itu bersidang.', 'Liputan6'],
    ['Liputan6.com, Washington, DC - Pasukan itu tiba.', 'Liputan6'],
    ['**DENPASAR, KOMPAS.com** -- Turis itu pulang.', 'Kompas'],
    ['**SEOUL, KOMPAS.com --** Para pemimpin bertemu.', 'Kompas'],
    ['**JAKARTA, KOMPAS.com\u00a0**- Sidang dimulai.', 'Kompas'],
    ['**KOMPAS.com** - Harga naik lagi.', 'Kompas'],
    ['KOMPAS.com\n- Harga naik lagi.', 'Kompas'],
    ['TEMPO.CO, Jakarta - Harga naik.', 'Tempo'],
    ['TEMPO.CO,Jakarta- Harga naik.', 'Tempo'],
    ['Jakarta, CNN Indonesia -- Harga naik.', 'CNN Indonesia'],
    ['Jakarta , CNN Indonesia - - Harga naik .', 'CNN Indonesia'],
    ['REPUBLIKA.CO.ID, SEMARANG -- Hujan turun.', 'Republika'],
    ['Jakarta, CNBC Indonesia- Saham turun.', 'CNBC Indonesia'],
    ['Jakarta,CNBC Indonesia - Saham turun.', 'CNBC Indonesia'],
    ['Bisnis.com, JAKARTA – Saham turun.', 'Bisnis Indonesia'],
    ['Merdeka.com - Polisi menangkap pencuri.', 'Merdeka.com'],
    ['Suara.com - Polisi menangkap pencuri.', 'Suara.com'],
    ['KONTAN.CO.ID - Harga emas turun.', 'KONTAN'],
    ['Posmetro.co.id,INDRAMAYU — Warga berkumpul.', 'Pos Metro'],
    ['Menggala (Lampost.co)– Warga berkumpul.', 'Lampung Post'],
    ['Judul Berita\nMetro (\nLampost.co\n)\n — Warga berkumpul.', 'Lampung Post'],
    ['TRIBUNMANADO.CO.ID - Warga berkumpul.', 'Tribun Manado'],
    ['SURYA.co.id | SURABAYA - Warga berkumpul.', 'Harian Surya'],
    ['Semarang (ANTARA) - Warga berkumpul.', 'ANTARA'],
    ['Kuala Lumpur ( ANTARA News ) - Warga berkumpul .', 'ANTARA'],
    ['JAKARTA ( Pos Kota ) –Warga berkumpul .', 'Pos Kota'],
    [
      'Judul Berita\n\nFoto pejabat itu di Jakarta.\nLaporan Wartawan Budi\nSERAMBINEWS.COM, BLANGPIDIE - Warga berkumpul.',
      'Serambinews',
    ],
    ['Judul Berita\nJAKARTA - Warga antre minyak goreng.\nJakarta, CNN Indonesia -- Harga naik.', 'CNN Indonesia'],
    ['Isi berita.\n\nFOLLOW US\n\nIkuti media sosial medcom.id dan dapatkan berbagai keuntungan', 'Medcom'],
  ])('publisher of %j', (text, publisher) => {
    expect(meta(text).publisher).toBe(publisher);
  });

  it.each([
    'PYONGYANG - Presiden Rusia tiba di Korea Utara pada Selasa (18/6/2024).',
    'JAKARTA, BLANGPIDIE - Warga berkumpul.',
    'GO - JEK menambah fitur GO - PAY .',
    'Jakarta, Indonesia - Harga naik.',
    'Judul Berita\nWarga berkumpul di alun-alun.\nSementara itu, JAKARTA, KOMPAS.com - menurut warga.',
  ])('names no outlet in %j', (text) => {
    expect(meta(text).publisher).toBeUndefined();
  });

  it("gives the dateline sentence as the outlet's evidence, and keeps the dateline out of the story", () => {
    const x = extractArticle(
      { id: 'a', file: 'a.txt', text: 'Judul Berita\nMetro (\nLampost.co\n)\n — Warga Metro berkumpul.' },
      indonesian,
    );
    expect(x.metadata.publisherEvidence?.text).toBe('Lampost.co');
    expect(x.entities.map((e) => e.name)).not.toContain('Lampost.co');
  });

  it.each([
    ['Judul Berita\nRabu, 19 Juni 2024 18:45 WIB\n\nIsi berita kemarin.', '2024-06-19', 'byline'],
    ['Judul Berita\nMedcom.id · 20 Oktober 2023 12:29\n\nIsi berita.', '2023-10-20', 'byline'],
    [
      'Judul Berita\n\nJudul Berita Budi Santoso | Kamis, 19 Jul 2018 16:24 WIB Bagikan: Jakarta, Menteri itu berkata.',
      '2018-07-19',
      'byline',
    ],
    ['Isi berita tanpa tanggal.\n\nCopyright © ANTARA 2024', '2024', 'copyright'],
    // The dates a story tells are not its publication date: the latest may lie ahead, or be quoted.
    ['Presiden tiba pada Rabu (19/6) dan pulang Kamis (20/6).\n\nCopyright © ANTARA 2024', '2024', 'copyright'],
    ['Kedua pemimpin bertemu di Vladivostok, Kamis, 25 April 2019.', undefined, undefined],
    ['Judul Berita\nKontrak itu berlaku hingga 30 Desember 2026, kata dia, Senin (9/9/2024).', undefined, undefined],
    ['Judul Berita\nSeperti dilansir Reuters, Rabu (19/6/2024), Putin tiba.', undefined, undefined],
    // A short line with a date far down the text is a list's, not a byline.
    [
      'Judul Berita\nIa kuliah di sana.\nLalu bekerja.\nLalu pindah.\nLalu menikah.\nLalu pensiun.\nRiwayat:\nS-1 Universitas 17 Agustus 1945 Surabaya',
      undefined,
      undefined,
    ],
    ['Isi berita tanpa tanggal.', undefined, undefined],
  ])('publication date of %j', (text, published, from) => {
    const m = meta(text);
    expect(m.published).toBe(published);
    expect(m.publishedFrom).toBe(from);
  });

  it.each([
    ['2024-06-19T10:00:00+07:00', '2024-06-19'],
    ['2024-06', '2024-06'],
    ['Rabu, 19 Juni 2024 18:45 WIB', '2024-06-19'],
    ['Diperbarui 09 Jun 2025, 20:59 WIB', '2025-06-09'],
    ['2024-13-40', undefined],
    ['kemarin', undefined],
  ])("reads the record's publication date %j as %j", (given, published) => {
    const m = extractArticle(
      { id: 'a', file: 'a.txt', text: 'Isi berita pada Rabu, 20 Juni 2024.', published: given },
      indonesian,
    ).metadata;
    expect(m.published).toBe(published);
    expect(m.publishedFrom).toBe(published ? 'input' : undefined);
  });

  it('takes the outlet from the record: its publisher, else the outlet its address lies under', () => {
    const withInput = (input: { publisher?: string; url?: string }) =>
      extractArticle({ id: 'a', file: 'a.txt', text: 'JAKARTA, KOMPAS.com - Isi berita.', ...input }, indonesian)
        .metadata.publisher;
    expect(withInput({ publisher: 'TEMPO.CO' })).toBe('Tempo');
    expect(withInput({ url: 'https://www.liputan6.com/global/read/1/judul' })).toBe('Liputan6');
    expect(withInput({ url: 'https://news.detik.com/berita/d-1/judul' })).toBe('Detik');
    expect(withInput({ url: 'https://example.org/berita' })).toBe('Kompas');
  });

  it('reads credits as people, each with its line as evidence', () => {
    const m = meta(
      'Isi berita.\n\nPewarta: Budi Santoso\nPenerjemah: Nur Aini Rahma\nEditor: Andi Saputra, Dewi Lestari',
    );
    expect(m.credits.map((c) => [c.role, c.name])).toEqual([
      ['reporter', 'Budi Santoso'],
      ['translator', 'Nur Aini Rahma'],
      ['editor', 'Andi Saputra'],
      ['editor', 'Dewi Lestari'],
    ]);
    expect(m.credits[3].evidence.text).toBe('Editor: Andi Saputra, Dewi Lestari');
  });

  it("reads the Tribun network's reporter line: its people as reporters, its outlet as the publisher", () => {
    const m = meta(
      'Banjir Rendam Dua Desa\n\nLaporan Wartawan TribunJateng.com, Rina Wulandari dan Agus Prasetyo\n\nSEMARANG - Banjir merendam dua desa.',
    );
    expect(m.credits.map((c) => [c.role, c.name])).toEqual([
      ['reporter', 'Rina Wulandari'],
      ['reporter', 'Agus Prasetyo'],
    ]);
    expect(m.credits[0].evidence.text).toBe('Laporan Wartawan TribunJateng.com, Rina Wulandari dan Agus Prasetyo');
    expect(m.publisher).toBe('Tribun Jateng');
    // A sentence that only starts alike is no credit line.
    expect(meta('Laporan wartawan itu, kata Budi, belum lengkap.').credits).toEqual([]);
  });

  it('titles an article by its headline, else by its first sentence', () => {
    expect(meta('Putin Tiba di Pyongyang\nPresiden Rusia tiba.')).toMatchObject({
      title: 'Putin Tiba di Pyongyang',
      titleFrom: 'headline',
    });
    expect(meta('Pyongyang (ANTARA) - Presiden Rusia tiba di Pyongyang.')).toMatchObject({
      title: 'Presiden Rusia tiba di Pyongyang.',
      titleFrom: 'first-sentence',
    });
  });
});

describe('relations across the article', () => {
  it('places one place in another when the text says so, with the sentence', () => {
    const x = extractArticle(
      {
        id: 'a',
        file: 'a.txt',
        text: 'Kim bertemu Putin di pelabuhan antariksa Vostochny di timur jauh Rusia pada Rabu (13/9/2023).',
      },
      indonesian,
    );
    const names = x.containments.map((c) => [x.entities[c.place].name, x.entities[c.within].name]);
    expect(names).toEqual([['Vostochny', 'Rusia']]);
  });

  it('does not count a planned signing or a bare document word', () => {
    const x = extractArticle(
      {
        id: 'a',
        file: 'a.txt',
        text: 'Menurut Ushakov, Rusia dan Korea Utara berencana menandatangani sejumlah dokumen.',
      },
      indonesian,
    );
    expect(x.documents).toEqual([]);
  });
});
