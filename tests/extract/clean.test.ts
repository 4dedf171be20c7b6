import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/extract/clean.js';
import { segment } from '../../src/extract/segment.js';
import { indonesian } from '../../src/lang/id/index.js';

const kinds = (text: string) =>
  classifyLines(text, indonesian, false)
    .filter((l) => l.kind !== 'blank')
    .map((l) => [l.kind, l.text.trim()]);

describe('boilerplate lines', () => {
  it.each([
    'Baca juga: Korea Selatan panggil duta besar Rusia',
    'Baca Juga: AS Jatuhkan Sanksi Baru',
    'BACA JUGA: Harga emas turun',
    'Halaman Selanjutnya',
    'Halaman 2 dari 3',
    'Cek Berita dan Artikel yang lain di Google News',
    'FOLLOW US',
    'Ikuti kami di media sosial',
    'Simak juga: video pilihan',
    "Simak juga Video 'Menteri Tinjau Banjir di Demak':",
    'Lihat juga Video: Harga Cabai Naik Jelang Lebaran',
    'Tags: Rusia, Korut',
    'Putin dan Kim berjabat tangan. (Foto: Reuters)',
  ])('%s', (line) => {
    const lines = kinds(`Presiden tiba di kota itu pada Selasa.\n\n${line}\n\nIa disambut di bandara.`);
    expect(lines.find(([, t]) => t === line)?.[0]).toBe('boilerplate');
  });

  it("another story's headline set among the paragraphs is boilerplate; a list of names, a numbered item or a short heading is not", () => {
    const teasers = [
      'Warga Temukan Ular Sepanjang Lima Meter di Kebun, Begini Kisahnya',
      'Harga Cabai Naik Lagi Jelang Lebaran, Pedagang Mengeluh!',
    ];
    const kept = [
      'Presiden Budi Santoso Bersama Menteri Dewi Lestari',
      '1. Rapat Kerja Komisi Dengan Menteri Sosial',
      'Emil Santoso (Persija Jakarta), Bagus Pratama (Bali United)',
      'Cadangan: Andi Wijaya, Rudi Hartono, Joko Susilo',
      'Hasil Rapat Hari Ini',
    ];
    const lines = kinds(
      [
        'Berita utama di sini',
        'Presiden tiba di kota itu pada Selasa.',
        ...teasers,
        ...kept,
        'Ia disambut di bandara.',
      ].join('\n\n'),
    );
    for (const t of teasers) expect(lines.find(([, text]) => text === t)?.[0], t).toBe('boilerplate');
    for (const t of kept) expect(lines.find(([, text]) => text === t)?.[0], t).toBe('body');
  });

  it('a teaser heading makes the headlines under it boilerplate', () => {
    const lines = kinds(
      'Isi berita di sini.\n\nTERKAIT\nGedung Putih: Iran pasok senjata\nHarga minyak naik\n\nBERITA LAINNYA\nTimnas bersiap',
    );
    expect(lines.filter(([k]) => k === 'boilerplate').map(([, t]) => t)).toEqual([
      'TERKAIT',
      'Gedung Putih: Iran pasok senjata',
      'Harga minyak naik',
      'BERITA LAINNYA',
      'Timnas bersiap',
    ]);
  });

  it('a caption repeated twice is boilerplate', () => {
    const lines = kinds(
      'Judul berita yang panjang\nPutin menyapa Kim\nIsi berita pertama.\nPutin menyapa Kim\nIsi berita kedua.',
    );
    expect(lines.filter(([k]) => k === 'boilerplate')).toHaveLength(2);
  });

  it('sorts metadata lines and finds the headline', () => {
    const lines = kinds(
      'Kim Terima Lavrov di Pyongyang\nMedcom.id · 20 Oktober 2023 12:29\n\nPyongyang: Kim menerima Lavrov.\n\nEditor: Fajar Nugraha\nCopyright © ANTARA 2024\nSumber: Sputnik\n(WIL)',
    );
    expect(lines).toEqual([
      ['title', 'Kim Terima Lavrov di Pyongyang'],
      ['meta', 'Medcom.id · 20 Oktober 2023 12:29'],
      ['body', 'Pyongyang: Kim menerima Lavrov.'],
      ['meta', 'Editor: Fajar Nugraha'],
      ['meta', 'Copyright © ANTARA 2024'],
      ['meta', 'Sumber: Sputnik'],
      ['meta', '(WIL)'],
    ]);
  });

  it('a first line cut short with an ellipsis is still the headline', () => {
    expect(kinds('Sengketa Lahan Warga dan Pengembang Berujung Pidana...\n\nPolisi menerima laporan itu.')[0][0]).toBe(
      'title',
    );
  });

  it('a first line that is a whole sentence is not a headline', () => {
    expect(kinds('Pyongyang (ANTARA) - Presiden Rusia tiba.\nIa disambut.')[0][0]).toBe('body');
  });
});

describe('sentences', () => {
  const sentences = (text: string) => {
    const lines = classifyLines(text, indonesian, true);
    return segment(text, lines, indonesian).map((s) => s.text);
  };

  it.each([
    [
      'Pertemuan berlangsung 1,5 jam. Setelah itu mereka makan siang.',
      ['Pertemuan berlangsung 1,5 jam.', 'Setelah itu mereka makan siang.'],
    ],
    [
      'Harga naik menjadi Rp 3.500 per liter. Warga protes.',
      ['Harga naik menjadi Rp 3.500 per liter.', 'Warga protes.'],
    ],
    [
      'Acara dibuka oleh Prof. Budi Santoso dan Dr. Siti. Ia berpidato.',
      ['Acara dibuka oleh Prof. Budi Santoso dan Dr. Siti.', 'Ia berpidato.'],
    ],
    [
      'Kantornya di Jl. Merdeka No. 5 Jakarta. Tamu datang.',
      ['Kantornya di Jl. Merdeka No. 5 Jakarta.', 'Tamu datang.'],
    ],
    [
      'Surat ditandatangani J. Smith kemarin. Isinya rahasia.',
      ['Surat ditandatangani J. Smith kemarin.', 'Isinya rahasia.'],
    ],
    ['"Kami siap bekerja sama." Begitu kata Putin.', ['"Kami siap bekerja sama."', 'Begitu kata Putin.']],
    ['Apakah ini akhir? Belum tentu! Kita lihat nanti.', ['Apakah ini akhir?', 'Belum tentu!', 'Kita lihat nanti.']],
    [
      'Situs kontan.co.id melaporkan hal itu. Lalu ia pergi.',
      ['Situs kontan.co.id melaporkan hal itu.', 'Lalu ia pergi.'],
    ],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('every sentence is the exact text at its offsets', () => {
    const text = 'Satu kalimat. Dua kalimat!\n\nTiga "kalimat." Empat.';
    const lines = classifyLines(text, indonesian, true);
    for (const s of segment(text, lines, indonesian)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
