import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { indonesian } from '../../src/lang/id/index.js';

// Articles written for these tests.
const entities = (text: string) =>
  extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul' }, indonesian).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('one entity for a thing and its short form', () => {
  it('joins an acronym the article defines to the full name', () => {
    const found = entities(
      'Lembaga Pengkajian Pangan Lestari (LPPL) merilis laporan baru. Menurut LPPL, harga beras naik.',
    );
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual([
      'Organization:Lembaga Pengkajian Pangan Lestari',
    ]);
  });

  it('joins a short form of two acronyms in brackets, and its later uses, to the name before it', () => {
    const found = entities(
      'Forum Kerja Sama Pangan Dunia (WFC FSC) digelar di Surabaya. Peserta memuji WFC FSC tahun ini.',
    );
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:Forum Kerja Sama Pangan Dunia']);
    expect(found.join()).not.toContain('WFC');
  });

  it("reads an acronym of a named place's initials as that place", () => {
    const found = entities('Polisi berjaga di Rio de Janeiro. Suasana di RJ tenang.');
    expect(found).toEqual(['Place:Rio de Janeiro']);
  });

  it('reads a body, its short form in brackets and its region as one body of that region', () => {
    const found = entities('Tersangka ditahan oleh Kejaksaan Negeri (Kejari) Kota Bogor pada Senin.');
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:Kejaksaan Negeri Bogor']);
  });

  it('keeps a word that introduces a person, and ordinary words before a name given alone, out of the name', () => {
    expect(entities('Warga Jadi Tersangka Korupsi Dana Pensiun. Tersangka langsung ditahan.').join()).not.toContain(
      'Tersangka',
    );
    const found = entities(
      'Budi Santoso ditetapkan sebagai tersangka. Kasus ini mencoreng perusahaan. Penahanan Budi Santoso menjadi sinyal kuat.',
    );
    expect(found).toEqual(['Person:Budi Santoso']);
  });

  it("joins a company's name without `PT` to the company", () => {
    const found = entities(
      'Saham PT Sinar Kencana Abadi naik. Menurut direksi, Sinar Kencana Abadi menyambut kabar itu.',
    );
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:PT Sinar Kencana Abadi']);
  });

  it("takes a country's own institution written with the country for the institution", () => {
    const found = entities(
      'Kementerian Luar Negeri RI memanggil duta besar itu. Kementerian Luar Negeri menyampaikan protes.',
    );
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:Kementerian Luar Negeri']);
  });

  it("names a regional body by its place's own name", () => {
    const found = entities('Ketua DPRD Provinsi Sumbar hadir. Anggaran disahkan DPRD Sumatera Barat kemarin.');
    expect(found.filter((e) => e.startsWith('Organization:'))).toEqual(['Organization:DPRD Sumatera Barat']);
  });

  it('reads a pair joined by a hyphen as two names', () => {
    const found = entities('Hubungan Rusia-Vietnam makin erat, kata pejabat itu.');
    expect(found).toEqual(expect.arrayContaining(['Place:Rusia', 'Place:Vietnam']));
  });
});

describe('persons', () => {
  it('reads unknown words before what only a person undergoes as a person, not a place', () => {
    expect(entities('Bank Pangan (BP) Nirwasan Talimutu ditangkap pada Senin di Pontianak.')).toContain(
      'Person:Nirwasan Talimutu',
    );
    // A known place stays one.
    expect(entities('Banjir melanda Pontianak. Dua warga Pontianak tewas.')).toEqual(['Place:Pontianak']);
  });

  it('reads a name in apposition to a word for a relative, with its clitic, as a person', () => {
    expect(entities('"Ayahnya, Sinnaja Talimutu, berdagang batik," tulis Rina Wulandari.')).toContain(
      'Person:Sinnaja Talimutu',
    );
  });

  it('gives a lone word shared by two persons to the one the article names in full far more often', () => {
    const text =
      'Nirwasan Talimutu ditangkap di Pontianak. Nirwasan Talimutu pernah kabur. Nirwasan Talimutu kini ditahan. ' +
      'Adiknya, Bambang Talimutu, tidak hadir. Talimutu membantah semua tuduhan.';
    const x = extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul' }, indonesian);
    const owner = x.entities.find((e) => e.mentions.some((m) => m.text === 'Talimutu'));
    expect(owner?.name).toBe('Nirwasan Talimutu');
  });

  it('joins a name written with the initials of the rest of a full name to that person', () => {
    expect(entities('Penyanyi Gilang Rasyid Mahendra atau Gilang RM hadir. Gilang RM menyanyikan dua lagu.')).toEqual([
      'Person:Gilang Rasyid Mahendra',
    ]);
  });

  it('reads a name spelt once with one letter changed inside a long word as the same person, not at its end nor in a short one', () => {
    expect(entities('Direktur Bambang Sukmadinata hadir. Menurut Bambang Sukmadineta, proyek berjalan.')).toEqual([
      'Person:Bambang Sukmadinata',
    ]);
    expect(entities('Rapat dihadiri Budi Susanto dan Budi Susanti di sana.')).toEqual([
      'Person:Budi Susanto',
      'Person:Budi Susanti',
    ]);
    expect(entities('Rapat dihadiri Adi Nugroho dan Ari Nugroho di sana.')).toEqual([
      'Person:Adi Nugroho',
      'Person:Ari Nugroho',
    ]);
  });
});

describe('offices', () => {
  const roles = (text: string) => {
    const x = extractArticle({ id: 'a', file: 'a.txt', text, title: 'Judul' }, indonesian);
    return x.roles.map((r) => `${x.entities[r.person].name} | ${r.title} | ${x.entities[r.of].name}`);
  };

  it('reads an office named after the person, in apposition', () => {
    expect(roles('"Kami siap," kata Hendrawan Sukarno, direktur eksekutif Komisi Pemberantasan Korupsi.')).toContain(
      'Hendrawan Sukarno | direktur eksekutif | KPK',
    );
    expect(
      roles('Polisi memeriksa Wiratmo Hadi (51), Direktur Utama (Dirut) PT Kencana Abadi Jaya, kemarin.'),
    ).toContain('Wiratmo Hadi | Direktur Utama | PT Kencana Abadi Jaya');
    expect(roles('Ia menunjuk Sutarno Wijaya selaku Staf Khusus Gubernur Jawa Tengah.')).toContain(
      'Sutarno Wijaya | Staf Khusus Gubernur | Jawa Tengah',
    );
  });

  it('reads the branch of a body and a rank between the office and the name', () => {
    expect(roles('Upacara dipimpin Kepala Staf TNI AU Marsekal TNI Hendra Wibisono di Jakarta.')).toContain(
      'Hendra Wibisono | Kepala Staf | TNI AU',
    );
  });

  it('keeps an office of two acronyms joined by a hyphen one name', () => {
    expect(entities('Kepala Dinas PUPR-PKPP Budi Hartono diperiksa.')).toContain('Organization:Dinas PUPR-PKPP');
  });
});
