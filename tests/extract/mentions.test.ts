import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/extract/mentions.js';
import { indonesian } from '../../src/lang/id/index.js';

const found = (text: string) =>
  findCandidates(text, 0, indonesian)
    .candidates.filter((c) => c.type)
    .map((c) => ({
      text: c.text,
      type: c.type,
      titles: c.titles,
      of: c.affiliation?.canonical ?? c.affiliation?.text,
      canonical: c.canonical,
    }));

const person = (text: string, name: string) => found(text).find((c) => c.type === 'Person' && c.text === name);

describe('persons and their titles', () => {
  it.each([
    ['Presiden Rusia Vladimir Putin tiba di Pyongyang.', 'Vladimir Putin', 'Presiden', 'Rusia'],
    ['Pemimpin Korea Utara Kim Jong Un menyambutnya.', 'Kim Jong Un', 'Pemimpin', 'Korea Utara'],
    [
      'Ia bertemu Menteri Luar Negeri Korut Choe Son-hui di bandara.',
      'Choe Son-hui',
      'Menteri Luar Negeri',
      'Korea Utara',
    ],
    [
      'Delegasi termasuk Wakil Perdana Menteri Pertama Denis Manturov.',
      'Denis Manturov',
      'Wakil Perdana Menteri Pertama',
      undefined,
    ],
    ['Kepala Roscosmos Yury Borisov ikut serta.', 'Yury Borisov', 'Kepala', 'Roscosmos'],
    ['Hal itu disampaikan Juru bicara Kremlin Dmitry Peskov.', 'Dmitry Peskov', 'Juru bicara', 'Kremlin'],
    ['Menlu AS Antony Blinken berbicara.', 'Antony Blinken', 'Menlu', 'Amerika Serikat'],
    ['Gubernur Jawa Barat Ridwan Kamil meresmikannya.', 'Ridwan Kamil', 'Gubernur', 'Jawa Barat'],
    ['Ketua KPK Firli Bahuri diperiksa.', 'Firli Bahuri', 'Ketua', 'KPK'],
    ['Kata pemimpin Korea Utara Kim Jong-un kepada wartawan.', 'Kim Jong-un', 'pemimpin', 'Korea Utara'],
    [
      'Kepala Kejaksaan Tinggi Sulawesi Selatan Budi Santoso hadir.',
      'Budi Santoso',
      'Kepala',
      'Kejaksaan Tinggi Sulawesi Selatan',
    ],
  ])('%s', (text, name, title, of) => {
    const p = person(text, name);
    expect(p, `no person "${name}" in ${JSON.stringify(found(text))}`).toBeDefined();
    expect(p!.titles).toEqual([title]);
    expect(p!.of).toBe(of);
  });

  it.each([
    ['Kunjungan Sergei Lavrov berlangsung tiga hari.', 'Sergei Lavrov'],
    ['Ia didampingi Andrei Belousov dan Alexander Novak.', 'Andrei Belousov'],
    ['Pertemuan itu dihadiri Choe Son Hui.', 'Choe Son Hui'],
    ['Rapat dipimpin Bambang Soesatyo di Senayan.', 'Bambang Soesatyo'],
    ['"Kami siap," kata Lavrov kepada wartawan.', 'Lavrov'],
  ])('a name without a title: %s', (text, name) => {
    expect(person(text, name)).toBeDefined();
  });

  it('never keeps a title word in the name', () => {
    for (const c of found('Presiden Putin dan Menteri Pertahanan Andrei Belousov serta Ajudan Kremlin Yuri Ushakov.')) {
      if (c.type === 'Person') expect(c.text).not.toMatch(/Presiden|Menteri|Ajudan/);
    }
  });
});

describe('places and organisations', () => {
  it.each([
    ['Mereka tiba di Moskow.', 'Moskow', 'Place', 'Moskow'],
    ['Delegasi dari Moscow datang.', 'Moscow', 'Place', 'Moskow'],
    ['Hubungan Korut dan Rusia membaik.', 'Korut', 'Place', 'Korea Utara'],
    ['Ia mengkritik DPRK.', 'DPRK', 'Place', 'Korea Utara'],
    ['Duta besar AS dipanggil.', 'AS', 'Place', 'Amerika Serikat'],
    ['Situasi di Semenanjung Korea tegang.', 'Semenanjung Korea', 'Place', 'Semenanjung Korea'],
    ['Pesawat mendarat di Surabaya.', 'Surabaya', 'Place', 'Surabaya'],
    ['Banjir melanda Kabupaten Bandung Barat.', 'Kabupaten Bandung Barat', 'Place', 'Bandung Barat'],
    ['Hal itu dilaporkan kantor berita KCNA.', 'KCNA', 'Organization', 'KCNA'],
    ['Menurut Reuters, kapal itu tenggelam.', 'Reuters', 'Organization', 'Reuters'],
    ['Pernyataan Kremlin keluar kemarin.', 'Kremlin', 'Organization', 'Kremlin'],
  ])('%s', (text, surface, type, canonical) => {
    const c = found(text).find((x) => x.text === surface);
    expect(c, JSON.stringify(found(text))).toBeDefined();
    expect(c!.type).toBe(type);
    expect(c!.canonical).toBe(canonical);
  });

  it.each([
    ['Ia mengunjungi Universitas Federal Timur Jauh.', 'Universitas Federal Timur Jauh', 'Organization'],
    ['Surat itu dikirim Kementerian Luar Negeri Rusia.', 'Kementerian Luar Negeri Rusia', 'Organization'],
    ['Mereka menuju Rumah Tamu Negara Kumsusan.', 'Rumah Tamu Negara Kumsusan', 'Place'],
    ['Ia melihat pesawat di bandara Knevichi.', 'Knevichi', 'Place'],
    ['Kim meninjau pabrik grup perusahaan Arnika.', 'Arnika', 'Organization'],
    ['Mereka bertemu di pelabuhan antariksa Vostochny.', 'Vostochny', 'Place'],
    ['Kantor Badan Pusat Statistik tutup.', 'Badan Pusat Statistik', 'Organization'],
    ['Juru bicara Kementerian Pertahanan Rusia menolak.', 'Kementerian Pertahanan Rusia', 'Organization'],
  ])('by head word or cue: %s', (text, surface, type) => {
    const c = found(text).find((x) => x.text === surface);
    expect(c, JSON.stringify(found(text))).toBeDefined();
    expect(c!.type).toBe(type);
  });

  it('does not take capitalised ordinary words for names', () => {
    expect(found('Sementara itu, Dalam Negeri Bahan Bakar Minyak naik.').filter((c) => c.type === 'Person')).toEqual(
      [],
    );
    expect(found('Antara lain yang hadir adalah para menteri.')).toEqual([]);
  });
});

describe('the tagger where the rules have only capitals to go by', () => {
  const typed = (text: string) => found(text).map((c) => `${c.text}:${c.type}`);
  it.each([
    'Kedua pihak menandatangani Memorandum of Understanding di Bandung.',
    'Acara bertajuk The Hidden Valleys digelar pekan depan.',
  ])('finds no person in capitalised phrases that name none: %s', (text) => {
    expect(found(text).filter((c) => c.type === 'Person')).toEqual([]);
  });

  it("keeps the rules' person where the tagger reads one too", () => {
    expect(typed('Rapat itu dihadiri Wiratno Hadisaputro dan para pejabat.')).toContain('Wiratno Hadisaputro:Person');
  });
});

describe('name shapes', () => {
  const persons = (text: string) =>
    found(text)
      .filter((c) => c.type === 'Person')
      .map((c) => c.text);
  it.each([
    ['Rapat dipimpin M. Sutrisno Wibowo di gedung itu.', 'M. Sutrisno Wibowo'],
    ['Hadir pula Muh. Rizky Ramadhan dari Makassar.', 'Muh. Rizky Ramadhan'],
    ['Pernyataan itu disampaikan Ursula von der Leyen kemarin.', 'Ursula von der Leyen'],
    ['Presiden China Xi Jinping tiba di Jakarta.', 'Xi Jinping'],
  ])('%s', (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it("takes a title's place or body out of the name the tagger reads after it", () => {
    const names = found('Ketua BPKN Rizal Halim mengatakan hal itu.');
    expect(names.find((c) => c.type === 'Person')).toMatchObject({
      text: 'Rizal Halim',
      titles: ['Ketua'],
      of: 'BPKN',
    });
  });
});

describe('an acronym after a title', () => {
  it('of four letters or more names the body, not a person', () => {
    expect(
      found('Turut hadir Direktur Utama ZKPRA dan Ketua Umum ASPEKTI.').filter((c) => c.type === 'Person'),
    ).toEqual([]);
  });
});

describe('an acronym between a title and a name', () => {
  it('is the body the title is of', () => {
    const [org, person] = found('Hal itu dikatakan Ketua Umum ASPEKTI Rudi Hartawan, Selasa (5/3).');
    expect([org.text, org.type]).toEqual(['ASPEKTI', 'Organization']);
    expect([person.text, person.type, person.of]).toEqual(['Rudi Hartawan', 'Person', 'ASPEKTI']);
  });
});

describe('words glued by scraping', () => {
  const texts = (text: string) => found(text).map((c) => `${c.text}:${c.type}`);
  it.each([
    ['Ia memuji langkah PresidenJoko Widodo itu.', 'Joko Widodo:Person'],
    ['Wakil Presiden Kamala Harrismengatakan hal itu.', 'Kamala Harris:Person'],
    ['Pertemuan digelar di BandungDewan Pers menyambutnya.', 'Bandung:Place'],
    ['Gol itu dicetak pemain asal KoreaJepang kemudian membalas.', 'Jepang:Place'],
    // An acronym and a word the model knows, lower-case or capitalised.
    ['Pemeriksaan oleh KPKjuga berlanjut pekan depan.', 'KPK:Organization'],
    ['Ketua RTBudi Santoso membenarkan kabar itu.', 'Budi Santoso:Person'],
    // A place's name of two words on either side of the glue, here both at once.
    ['Kepala KepolisianSan FranciscoJim Moreno mengatakan.', 'Jim Moreno:Person'],
    ['Kepala KepolisianSan FranciscoJim Moreno mengatakan.', 'KepolisianSan Francisco:Organization'],
  ])('%s', (text, expected) => {
    expect(texts(text)).toContain(expected);
  });

  it('splits no letter alone off a hyphen', () => {
    expect(texts('Saham T-Mobile US Inc naik tajam.')).toEqual(['T-Mobile US Inc:Organization']);
  });

  it('leaves a name the gazetteer holds in one word whole', () => {
    expect(texts('Video itu beredar di TikTok sejak Senin.')).toContain('TikTok:Organization');
  });
});

describe('organisations', () => {
  const orgs = (text: string) =>
    found(text)
      .filter((c) => c.type === 'Organization')
      .map((c) => c.text);
  it.each([
    ['Anggaran itu dibahas DPRD Provinsi Jambi pekan lalu.', 'DPRD Provinsi Jambi'],
    ['Surat itu dikirim KPU Kabupaten Sleman kepada partai.', 'KPU Kabupaten Sleman'],
    ['Bantuan disalurkan Pemprov Bengkulu kemarin.', 'Pemprov Bengkulu'],
    ['Visa diurus di KJRI Houston sejak Maret.', 'KJRI Houston'],
    ['Ia bertemu pejabat Kedutaan Besar Jerman di Jakarta.', 'Kedutaan Besar Jerman'],
  ])('%s', (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it('takes a head word alone for no name', () => {
    expect(found('Para pegawai Sekretariat sudah pulang.').map((c) => c.text)).not.toContain('Sekretariat');
  });

  it('takes acronyms of common nouns for no name', () => {
    expect(orgs('Pemerintah membangun PLTA dan PLTS di KTT itu.')).toEqual([]);
  });

  it('takes an acronym in the English plural for no name', () => {
    expect(found('Forum itu dihadiri para CEOs dan NGOs dari Asia.').map((c) => c.text)).toEqual(['Asia']);
  });
});

describe('lists', () => {
  it('reads a lettered item of a list for no name, and an initial before a name for one', () => {
    expect(found('Laporan harta: C. HARTA BERGERAK LAINNYA Rp 8.000.000.').map((c) => c.text)).toEqual([]);
    expect(found('Kata J. Smith, itu benar.').map((c) => `${c.text}:${c.type}`)).toEqual(['J. Smith:Person']);
  });
});

describe('English phrases the news quotes', () => {
  it.each([
    'Forum itu membahas Sustainable Ocean Financing bagi negara pulau.',
    'Ia berbicara dalam sesi High Level Dialogue di Bali.',
  ])('are no person: %s', (text) => {
    expect(found(text).filter((c) => c.type === 'Person')).toEqual([]);
  });

  it('leave English names alone', () => {
    expect(found('Pertemuan itu dihadiri Rebecca Thornbury dari Inggris.').map((c) => `${c.text}:${c.type}`)).toContain(
      'Rebecca Thornbury:Person',
    );
  });
});

describe('words that name no person', () => {
  it('takes a frequent word with a clitic written on to it for no part of a name', () => {
    expect(found('Pasalnya Rudi Hartawan tidak hadir.').map((c) => `${c.text}:${c.type}`)).toEqual([
      'Rudi Hartawan:Person',
    ]);
  });

  it('takes words before a number for a numbered thing', () => {
    expect(found('Ia dijerat dengan Jo Pasal 55 KUHP.').filter((c) => c.type === 'Person')).toEqual([]);
  });

  it("reads a place followed by the tail of an organisation's name as that organisation", () => {
    expect(found('Laporan itu dimuat Bandung Post kemarin.').map((c) => `${c.text}:${c.type}`)).toContain(
      'Bandung Post:Organization',
    );
  });

  it('drops an ordinary word before an organisation named by its tail', () => {
    expect(found('Ia bekas bos Sentosa Group itu.').map((c) => `${c.text}:${c.type}`)).toContain(
      'Sentosa Group:Organization',
    );
  });
});
