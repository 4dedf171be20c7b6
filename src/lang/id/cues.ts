/**
 * Cue words and phrases: what makes a capitalised name an organisation or a place, how a
 * source is cited (event words are in events.ts). All lower-case.
 */
import type { LanguageModel, OrganizationKind, PlaceKind } from '../../extract/model.js';

/** Words that open an organisation's name (`Kementerian Luar Negeri`, `Universitas …`). */
export const ORGANIZATION_HEADS: Readonly<Record<string, OrganizationKind>> = {
  kementerian: 'government', kemenko: 'government', departemen: 'government', pemerintah: 'government', pemprov: 'government',
  pemkot: 'government', pemkab: 'government', dewan: 'government', majelis: 'government', mahkamah: 'government',
  pengadilan: 'government', kejaksaan: 'government', kepolisian: 'government', polda: 'government', polres: 'government',
  polsek: 'government', kodam: 'government', korem: 'government', kodim: 'government', dinas: 'government', badan: 'agency',
  lembaga: 'agency', komisi: 'agency', otoritas: 'agency', direktorat: 'government', sekretariat: 'government',
  kantor: 'other', biro: 'agency', angkatan: 'government', tentara: 'government', pasukan: 'government', armada: 'government',
  universitas: 'other', institut: 'other', sekolah: 'other', akademi: 'other', politeknik: 'other', fakultas: 'other',
  partai: 'other', organisasi: 'other', yayasan: 'other', perhimpunan: 'other', persatuan: 'other', ikatan: 'other',
  asosiasi: 'other', serikat: 'other', gerakan: 'other', front: 'other', koalisi: 'other', aliansi: 'other', forum: 'other',
  pt: 'company', cv: 'company', bank: 'company', perusahaan: 'company', grup: 'company', group: 'company', korporasi: 'company',
  rs: 'other', rsud: 'other', klub: 'other', tim: 'other', pusat: 'agency', lapas: 'government',
  // regional bodies, named by the place they serve (`Pemprov Riau`, `DPRD Provinsi Lampung`)
  pemda: 'government', dprd: 'government', kpud: 'government', bpbd: 'government', kejati: 'government', kejari: 'government',
  kedutaan: 'government', kedubes: 'government', konsulat: 'government', kbri: 'government', kjri: 'government',
  satgas: 'government', kabinet: 'government', garda: 'government', ditjen: 'government', kanwil: 'government',
};

/** Words that open a place's name (`Rumah Tamu Negara …`, `Bandara …`, `Pulau …`). */
export const PLACE_HEADS: Readonly<Record<string, PlaceKind>> = {
  kota: 'city', kabupaten: 'region', provinsi: 'region', kecamatan: 'region', desa: 'region', kelurahan: 'region',
  pulau: 'region', kepulauan: 'region', gunung: 'site', sungai: 'site', danau: 'site', selat: 'region', teluk: 'region',
  laut: 'region', samudra: 'region', tanjung: 'site', semenanjung: 'region', wilayah: 'region', distrik: 'region',
  bandara: 'site', bandar: 'site', pelabuhan: 'site', stasiun: 'site', terminal: 'site', istana: 'site', wisma: 'site',
  rumah: 'site', gedung: 'site', masjid: 'site', gereja: 'site', katedral: 'site', pura: 'site', vihara: 'site', candi: 'site',
  monumen: 'site', museum: 'site', lapangan: 'site', stadion: 'site', alun: 'site', jalan: 'site', jl: 'site', hotel: 'site',
  kosmodrom: 'site', pangkalan: 'site', taman: 'site', pasar: 'site', kampung: 'region', dusun: 'region', lembah: 'region',
  rutan: 'site', kompleks: 'site', komplek: 'site', perumahan: 'site', apartemen: 'site',
};

/** Lower-case words after which a capitalised name is a place (`di Pyongyang`, `ibu kota X`). */
export const PLACE_CUES: readonly string[] = [
  'di', 'ke', 'dari', 'menuju', 'ibu kota', 'ibukota', 'kota', 'negara', 'wilayah', 'kawasan', 'daerah', 'provinsi',
  'kabupaten', 'bandara', 'pelabuhan', 'pelabuhan antariksa', 'kosmodrom', 'pulau', 'desa', 'kecamatan', 'tiba di',
  'berkunjung ke', 'perbatasan', 'warga', 'penduduk',
];

/** Lower-case phrases after which a capitalised name is an organisation (`kantor berita X`). */
export const ORGANIZATION_CUES: Readonly<Record<string, OrganizationKind>> = {
  'kantor berita': 'media', 'surat kabar': 'media', harian: 'media', majalah: 'media', media: 'media', 'stasiun televisi': 'media',
  'stasiun tv': 'media', situs: 'media', portal: 'media', 'grup perusahaan': 'company', perusahaan: 'company', produsen: 'company',
  pabrikan: 'company', raksasa: 'company', 'badan usaha': 'company', emiten: 'company', partai: 'other', organisasi: 'other',
  'kelompok militan': 'other', kelompok: 'other', lembaga: 'agency', badan: 'agency', 'badan antariksa': 'agency',
  fregat: 'other', kapal: 'other', 'kapal perang': 'other', 'kapal selam': 'other', 'kapal induk': 'other', 'kapal pesiar': 'other',
  klub: 'other', 'tim nasional': 'other', maskapai: 'company', bank: 'company', 'merek': 'company',
};

/** Verb prefixes (`mengatakan`, `berkunjung`, `ditangkap`, `terpilih`). */
export const VERB_PREFIXES: readonly string[] = ['me', 'ber', 'di', 'ter'];

/** Counting words between a signing verb and the document (`menandatangani sebuah perjanjian`). */
export const QUANTIFIERS: readonly string[] = ['sebuah', 'suatu', 'sejumlah', 'beberapa', 'berbagai', 'dua', 'tiga', 'empat', 'lima', 'banyak'];

/** Words that end a document's name (`perjanjian kerja sama di Moskow`). */
export const DOCUMENT_NAME_STOPS: readonly string[] = [
  'di', 'pada', 'dengan', 'antara', 'setelah', 'sebelum', 'saat', 'ketika', 'oleh', 'kepada', 'dan', 'serta', 'bahwa', 'yang', 'itu', 'ini',
  'tersebut', 'sebagai', 'dalam', 'karena', 'sejak',
];

/** The word between a place and the larger one it lies in (`Vostochny di timur jauh Rusia`). */
export const CONTAINMENT_CUES: readonly string[] = ['di'];

/** Words right before a name that say it is a person's (`kata Lavrov`, `ujar Kim`). */
export const PERSON_CUES: readonly string[] = ['kata', 'ujar', 'ucap', 'tutur', 'menurut', 'sambung', 'imbuh', 'tambah', 'lanjut', 'tegas', 'ungkap', 'terang', 'seru', 'papar', 'jelas', 'sapaan', 'bernama', 'sosok', 'saudara', 'bapak', 'ibu', 'pak', 'bu', 'mas', 'mbak', 'bang', 'kak', 'tersangka', 'terdakwa', 'korban', 'pelaku', 'almarhum', 'almarhumah', 'mendiang', 'putra', 'putri', 'istri', 'suami', 'anak'];

/** Words between a name and the office after it (`Budi selaku Ketua KPU`). */
export const OFFICE_CUES: readonly string[] = ['selaku', 'sebagai'];

/** Words that introduce a quoted source when followed by an outlet (`dikutip dari TASS`). */
export const CITE_CUES: readonly string[] = [
  'sumber', 'dikutip dari', 'dikutip', 'mengutip', 'seperti dikutip', 'dilansir dari', 'dilansir', 'melansir', 'lapor', 'melaporkan',
  'dilaporkan', 'laporan', 'menurut', 'kata', 'demikian dilaporkan', 'diberitakan', 'memberitakan',
];

/** Nouns that name a document when they open a phrase, with the document's kind. */
export const DOCUMENT_HEADS: LanguageModel['documentHeads'] = [
  { phrase: 'perjanjian', kind: 'agreement' }, { phrase: 'pakta', kind: 'agreement' }, { phrase: 'kesepakatan', kind: 'agreement' },
  { phrase: 'nota kesepahaman', kind: 'agreement' }, { phrase: 'mou', kind: 'agreement' }, { phrase: 'traktat', kind: 'agreement' },
  { phrase: 'rencana', kind: 'agreement' }, { phrase: 'dokumen', kind: 'agreement' }, { phrase: 'protokol', kind: 'agreement' },
  { phrase: 'pernyataan bersama', kind: 'statement' }, { phrase: 'deklarasi', kind: 'statement' }, { phrase: 'komunike', kind: 'statement' },
  { phrase: 'pesan', kind: 'message' }, { phrase: 'surat', kind: 'message' }, { phrase: 'laporan', kind: 'report' },
];

/** Words that end an organisation's name (`Indonesia Corruption Watch`, `Mobile 8 Telecom Tbk`). */
export const ORGANIZATION_TAILS: readonly string[] = [
  'watch', 'institute', 'institut', 'center', 'centre', 'foundation', 'group', 'grup', 'corporation', 'corp', 'inc', 'ltd', 'tbk',
  'company', 'companies', 'limited', 'co', 'association', 'council', 'agency', 'university', 'college', 'airlines', 'airways', 'air', 'television', 'tv',
  'news', 'times', 'post', 'journal', 'telecom', 'bank', 'fund', 'federation', 'league', 'union', 'club', 'fc', 'party', 'bv', 'gmbh', 'ag', 'sa', 'plc', 'llc',
];

/** Words that end the name of a prize or operation rather than of a person (`Ramon Magsaysay Award`). */
export const NOT_NAME_TAILS: readonly string[] = ['award', 'awards', 'prize', 'cup', 'operation', 'edge', 'act', 'rights', 'day', 'festival', 'expo', 'summit'];

/** Words before a place name that show it used as a location (`di`, `ke`, `seperti`, `wilayah`), beyond the place cues. */
export const LOCATIVE_WORDS: readonly string[] = [
  'di', 'ke', 'dari', 'dan', 'atau', ',', 'seperti', 'yaitu', 'yakni', 'khususnya', 'terutama', 'termasuk', 'dekat', 'arah', 'sekitar',
  'antara', 'seluruh', 'perairan', 'wilayah', 'kawasan', 'daerah', 'kota', 'ibukota', 'pulau', 'negara', 'asal', 'menuju', 'mengunjungi',
  'melintasi', 'meninggalkan', 'mencapai', 'menghantam', 'menyerang', 'memasuki', 'luar', 'dalam', 'sepanjang', 'se',
  'provinsi', 'kabupaten', 'benua', 'kepulauan', 'utara', 'selatan', 'barat', 'timur', 'tengah', 'bagian', 'gedung', 'ibu',
];
