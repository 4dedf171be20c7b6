/**
 * Events in Indonesian: the words that report each kind, what marks a plan or points back to
 * an event already told, where an event is, who hosts, who a pronoun stands for, and how an
 * event's label is written. All lower-case.
 */
import type { EventTrigger, HostCueVoice, LanguageModel } from '../../extract/model.js';

const active = 'active' as const;
const passive = 'passive' as const;

/** Verbs and nouns that report an event, with its kind, case-insensitive (see `EventTrigger`). */
export const EVENT_TRIGGERS: readonly EventTrigger[] = [
  { phrase: 'kunjungan kenegaraan', kind: 'visit' },
  { phrase: 'kunjungan', kind: 'visit' },
  { phrase: 'berkunjung', kind: 'visit' },
  { phrase: 'mengunjungi', kind: 'visit' },
  { phrase: 'lawatan', kind: 'visit' },
  { phrase: 'melawat', kind: 'visit' },
  { phrase: 'tiba di', kind: 'visit' },
  { phrase: 'tiba', kind: 'visit' },
  { phrase: 'kedatangan', kind: 'visit' },
  { phrase: 'menyambut', kind: 'visit', needsName: true },
  { phrase: 'disambut', kind: 'visit' },
  { phrase: 'pertemuan puncak', kind: 'summit' },
  { phrase: 'konferensi tingkat tinggi', kind: 'summit' },
  { phrase: 'ktt', kind: 'summit' },
  { phrase: 'konferensi internasional', kind: 'summit' },
  { phrase: 'forum internasional', kind: 'summit' },
  { phrase: 'bertemu', kind: 'meeting' },
  { phrase: 'pertemuan', kind: 'meeting' },
  { phrase: 'menemui', kind: 'meeting', needsName: true },
  { phrase: 'mendatangi', kind: 'meeting', needsName: true },
  { phrase: 'audiensi', kind: 'meeting' },
  { phrase: 'rapat terbatas', kind: 'meeting' },
  { phrase: 'menerima kunjungan', kind: 'meeting' },
  { phrase: 'menerima', kind: 'meeting', needsName: true },
  { phrase: 'berjabat tangan', kind: 'meeting' },
  { phrase: 'pembicaraan', kind: 'talks' },
  { phrase: 'perundingan', kind: 'talks' },
  { phrase: 'negosiasi', kind: 'talks' },
  { phrase: 'dialog', kind: 'talks' },
  { phrase: 'berbincang', kind: 'talks' },
  { phrase: 'berunding', kind: 'talks' },
  { phrase: 'menelepon', kind: 'talks', needsName: true },
  { phrase: 'percakapan telepon', kind: 'talks' },
  { phrase: 'panggilan telepon', kind: 'talks' },
  { phrase: 'mencapai kesepakatan', kind: 'talks' },
  { phrase: 'menandatangani', kind: 'signing' },
  { phrase: 'penandatanganan', kind: 'signing' },
  { phrase: 'ditandatangani', kind: 'signing' },
  { phrase: 'meneken', kind: 'signing' },
  { phrase: 'diteken', kind: 'signing' },
  { phrase: 'peringatan', kind: 'anniversary' },
  { phrase: 'memperingati', kind: 'anniversary' },
  { phrase: 'hut', kind: 'anniversary' },
  { phrase: 'hari ulang tahun', kind: 'anniversary' },
  { phrase: 'hari jadi', kind: 'anniversary' },
  // Elections, votes and plenary decisions.
  { phrase: 'pemilu', kind: 'election' },
  { phrase: 'pemilihan umum', kind: 'election' },
  { phrase: 'pilkada', kind: 'election' },
  { phrase: 'pilpres', kind: 'election' },
  { phrase: 'pileg', kind: 'election' },
  { phrase: 'pemungutan suara', kind: 'election' },
  { phrase: 'pencoblosan', kind: 'election' },
  { phrase: 'terpilih', kind: 'election', voice: passive },
  // Appointments, swearing-in, dismissals.
  { phrase: 'dilantik', kind: 'appointment', voice: passive },
  { phrase: 'melantik', kind: 'appointment', voice: active },
  { phrase: 'pelantikan', kind: 'appointment' },
  { phrase: 'pengambilan sumpah', kind: 'appointment' },
  { phrase: 'diangkat', kind: 'appointment', voice: passive },
  { phrase: 'ditunjuk', kind: 'appointment', voice: passive },
  { phrase: 'menunjuk', kind: 'appointment', voice: active, needsName: true },
  { phrase: 'mengangkat', kind: 'appointment', voice: active, needsName: true },
  { phrase: 'mencopot', kind: 'appointment', voice: active },
  { phrase: 'dicopot', kind: 'appointment', voice: passive },
  { phrase: 'memberhentikan', kind: 'appointment', voice: active },
  { phrase: 'diberhentikan', kind: 'appointment', voice: passive },
  { phrase: 'pencopotan', kind: 'appointment' },
  { phrase: 'pemberhentian', kind: 'appointment' },
  { phrase: 'perombakan kabinet', kind: 'appointment' },
  // Arrests, detentions, naming a suspect, raids and searches.
  { phrase: 'ditangkap', kind: 'arrest', voice: passive },
  { phrase: 'menangkap', kind: 'arrest', voice: active },
  { phrase: 'penangkapan', kind: 'arrest' },
  { phrase: 'ditahan', kind: 'arrest', voice: passive },
  { phrase: 'menahan', kind: 'arrest', voice: active, needsName: true },
  { phrase: 'penahanan', kind: 'arrest' },
  { phrase: 'dibekuk', kind: 'arrest', voice: passive },
  { phrase: 'membekuk', kind: 'arrest', voice: active },
  { phrase: 'diringkus', kind: 'arrest', voice: passive },
  { phrase: 'meringkus', kind: 'arrest', voice: active },
  { phrase: 'diciduk', kind: 'arrest', voice: passive },
  { phrase: 'terjaring', kind: 'arrest', voice: passive },
  { phrase: 'operasi tangkap tangan', kind: 'arrest' },
  { phrase: 'ott', kind: 'arrest' },
  { phrase: 'ditetapkan sebagai tersangka', kind: 'arrest', voice: passive },
  { phrase: 'ditetapkan tersangka', kind: 'arrest', voice: passive },
  { phrase: 'sebagai tersangka', kind: 'arrest' },
  { phrase: 'menggeledah', kind: 'arrest', voice: active },
  { phrase: 'digeledah', kind: 'arrest', voice: passive },
  { phrase: 'penggeledahan', kind: 'arrest' },
  { phrase: 'menggerebek', kind: 'arrest', voice: active },
  { phrase: 'digerebek', kind: 'arrest', voice: passive },
  { phrase: 'penggerebekan', kind: 'arrest' },
  // Trials, rulings, sentences.
  { phrase: 'sidang', kind: 'court' },
  { phrase: 'persidangan', kind: 'court' },
  { phrase: 'putusan', kind: 'court' },
  { phrase: 'vonis', kind: 'court' },
  { phrase: 'divonis', kind: 'court', voice: passive },
  { phrase: 'memvonis', kind: 'court', voice: active },
  { phrase: 'dijatuhi', kind: 'court', voice: passive },
  { phrase: 'menjatuhkan sanksi', kind: 'court', voice: active },
  { phrase: 'menjatuhkan vonis', kind: 'court', voice: active },
  { phrase: 'menjatuhkan hukuman', kind: 'court', voice: active },
  { phrase: 'didakwa', kind: 'court', voice: passive },
  { phrase: 'dituntut', kind: 'court', voice: passive },
  { phrase: 'praperadilan', kind: 'court' },
  // Protests and unrest.
  { phrase: 'unjuk rasa', kind: 'protest' },
  { phrase: 'berunjuk rasa', kind: 'protest' },
  { phrase: 'demo', kind: 'protest' },
  { phrase: 'demonstrasi', kind: 'protest' },
  { phrase: 'berdemonstrasi', kind: 'protest' },
  { phrase: 'kerusuhan', kind: 'protest' },
  { phrase: 'bentrok', kind: 'protest' },
  { phrase: 'bentrokan', kind: 'protest' },
  { phrase: 'aksi massa', kind: 'protest' },
  { phrase: 'pemogokan', kind: 'protest' },
  { phrase: 'mogok kerja', kind: 'protest' },
  // Attacks.
  { phrase: 'serangan', kind: 'attack' },
  { phrase: 'menyerang', kind: 'attack', voice: active },
  { phrase: 'diserang', kind: 'attack', voice: passive },
  { phrase: 'penyerangan', kind: 'attack' },
  { phrase: 'pengeboman', kind: 'attack' },
  { phrase: 'bom bunuh diri', kind: 'attack' },
  { phrase: 'penembakan', kind: 'attack' },
  { phrase: 'penikaman', kind: 'attack' },
  // Disasters.
  { phrase: 'banjir', kind: 'disaster' },
  { phrase: 'banjir bandang', kind: 'disaster' },
  { phrase: 'gempa', kind: 'disaster' },
  { phrase: 'gempa bumi', kind: 'disaster' },
  { phrase: 'erupsi', kind: 'disaster' },
  { phrase: 'meletus', kind: 'disaster' },
  { phrase: 'tanah longsor', kind: 'disaster' },
  { phrase: 'longsor', kind: 'disaster' },
  { phrase: 'tsunami', kind: 'disaster' },
  { phrase: 'kebakaran hutan', kind: 'disaster' },
  { phrase: 'angin puting beliung', kind: 'disaster' },
  { phrase: 'kekeringan', kind: 'disaster' },
  // Accidents.
  { phrase: 'kecelakaan', kind: 'accident' },
  { phrase: 'tabrakan', kind: 'accident' },
  { phrase: 'bertabrakan', kind: 'accident' },
  { phrase: 'tenggelam', kind: 'accident' },
  { phrase: 'tergelincir', kind: 'accident' },
  { phrase: 'kebakaran', kind: 'accident' },
  // Deaths.
  { phrase: 'meninggal dunia', kind: 'death' },
  { phrase: 'meninggal', kind: 'death' },
  { phrase: 'wafat', kind: 'death' },
  { phrase: 'tewas', kind: 'death' },
  { phrase: 'berpulang', kind: 'death' },
  { phrase: 'tutup usia', kind: 'death' },
  { phrase: 'mangkat', kind: 'death' },
  // A policy or decision made public.
  { phrase: 'mengumumkan', kind: 'announcement', voice: active },
  { phrase: 'diumumkan', kind: 'announcement', voice: passive },
  { phrase: 'pengumuman', kind: 'announcement' },
  { phrase: 'konferensi pers', kind: 'announcement' },
  { phrase: 'jumpa pers', kind: 'announcement' },
  { phrase: 'mencabut izin', kind: 'announcement', voice: active },
  { phrase: 'pencabutan izin', kind: 'announcement' },
  { phrase: 'menarik diri', kind: 'announcement', voice: active },
  // Matches.
  { phrase: 'pertandingan', kind: 'sport' },
  { phrase: 'bertanding', kind: 'sport' },
  { phrase: 'laga', kind: 'sport' },
  { phrase: 'mengalahkan', kind: 'sport', voice: active },
  { phrase: 'menjuarai', kind: 'sport', voice: active },
  // Launches, openings, foundings.
  { phrase: 'peluncuran', kind: 'launch' },
  { phrase: 'meluncurkan', kind: 'launch', voice: active },
  { phrase: 'diluncurkan', kind: 'launch', voice: passive },
  { phrase: 'meresmikan', kind: 'launch', voice: active },
  { phrase: 'diresmikan', kind: 'launch', voice: passive },
  { phrase: 'peresmian', kind: 'launch' },
  { phrase: 'mendirikan', kind: 'launch', voice: active },
  { phrase: 'membentuk', kind: 'launch', voice: active },
  { phrase: 'pembentukan', kind: 'launch' },
  { phrase: 'peletakan batu pertama', kind: 'launch' },
  // Deployments of troops or police.
  { phrase: 'mengerahkan', kind: 'other', voice: active },
  { phrase: 'dikerahkan', kind: 'other', voice: passive },
  { phrase: 'pengerahan', kind: 'other' },
];

/** Before the second date of a sentence, the end of the first one's span (`… hingga Kamis (20/6)`). */
export const UNTIL_WORDS: readonly string[] = ['hingga', 'sampai'];

/** Words that mark the sentence as a report of plans, not of something that happened. */
export const FUTURE_MARKERS: readonly string[] = [
  'akan',
  'berencana',
  'rencananya',
  'dijadwalkan',
  'diperkirakan',
  'direncanakan',
  'bakal',
  'hendak',
  'mungkin',
  'undangan',
  'mengundang',
  'diundang',
  'berharap',
  'ingin',
  'jika',
  'apabila',
  'seandainya',
  'persiapan',
  'mengusulkan',
  'usulan',
];

/** Words right after a trigger that make it refer back to an event already told (`pertemuan itu`). */
export const ANAPHORS: readonly string[] = ['itu', 'tersebut', 'ini'];

/** Before a trigger, a time set by another event (`Usai KTT, Xi … menutup kunjungannya`). */
export const EVENT_TIME_WORDS: readonly string[] = [
  'usai',
  'seusai',
  'setelah',
  'sesudah',
  'sebelum',
  'menjelang',
  'pasca',
  'jelang',
];

/** Cues before a place that say where an event is (`di`, `ke`); `dari` and `kembali ke` tell origin or return. */
export const EVENT_PLACE_CUES: readonly string[] = [
  'di',
  'ke',
  'menuju',
  'tiba di',
  'berkunjung ke',
  'mengunjungi',
  'bertemu di',
];
export const NOT_EVENT_PLACE_CUES: readonly string[] = ['dari', 'kembali ke', 'pulang ke', 'meninggalkan', 'asal'];

/** Phrases that introduce a delegation list (`Delegasi Rusia termasuk …`). */
export const DELEGATION_CUES: readonly string[] = [
  'delegasi',
  'rombongan',
  'didampingi',
  'mendampingi',
  'turut hadir',
  'ikut serta',
];

/**
 * Words that tell host from guest (`X menyambut Y`: X hosts; `Y disambut X`: Y is the guest),
 * each with its voice: the passive (`di-`) names the guest before it.
 */
export const HOST_CUES: Readonly<Record<string, HostCueVoice>> = {
  disambut: 'passive',
  menyambut: 'active',
  menerima: 'active',
  diterima: 'passive',
  'tuan rumah': 'active',
};

export const PARTICIPANT_REFERENCES: LanguageModel['participantReferences'] = {
  one: ['ia', 'dia', 'beliau'],
  two: [
    'keduanya',
    'kedua pemimpin',
    'kedua pemimpin negara',
    'kedua kepala negara',
    'kedua presiden',
    'kedua menteri',
    'kedua tokoh',
    'pasangan ini',
    'pasangan tersebut',
  ],
  all: ['mereka'],
  parts: ['tersangka', 'terdakwa', 'terpidana', 'korban', 'pelaku'],
  suffixes: ['nya'],
};

/** `menurut laporan media KCNA pada Jumat`: the date of the report. */
export const REPORT_DATE_CUES: readonly string[] = [
  'laporan',
  'melaporkan',
  'dilaporkan',
  'diberitakan',
  'memberitakan',
  'dilansir',
  'melansir',
];

export const EVENT_LABELS: LanguageModel['eventLabels'] = {
  kinds: {
    visit: 'Kunjungan[ {who}][ ke {place}][, {date}]',
    meeting: 'Pertemuan[ {who}][ di {place}][, {date}]',
    talks: 'Pembicaraan[ {who}][ di {place}][, {date}]',
    summit: 'Pertemuan puncak[ {who}][ di {place}][, {date}]',
    signing: 'Penandatanganan[ oleh {who}][ di {place}][, {date}]',
    anniversary: 'Peringatan[ {who}][ di {place}][, {date}]',
    election: 'Pemilihan[ {who}][ di {place}][, {date}]',
    appointment: 'Pelantikan[ {who}][ di {place}][, {date}]',
    arrest: 'Penangkapan[ {who}][ di {place}][, {date}]',
    court: 'Sidang[ {who}][ di {place}][, {date}]',
    protest: 'Unjuk rasa[ {who}][ di {place}][, {date}]',
    attack: 'Serangan[ terhadap {who}][ di {place}][, {date}]',
    disaster: 'Bencana[ di {place}][, {date}]',
    accident: 'Kecelakaan[ di {place}][, {date}]',
    death: 'Meninggalnya[ {who}][ di {place}][, {date}]',
    announcement: 'Pengumuman[ {who}][ di {place}][, {date}]',
    sport: 'Pertandingan[ {who}][ di {place}][, {date}]',
    launch: 'Peluncuran[ oleh {who}][ di {place}][, {date}]',
    other: 'Peristiwa[ {who}][ di {place}][, {date}]',
  },
  and: 'dan',
  months: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
};

/**
 * Phrases holding a word that reports an event, telling none: a balance sheet's `laba ditahan`
 * (retained earnings), a match `ditahan imbang` (held to a draw), a death of `serangan jantung`
 * (heart attack), an election's `serangan fajar` (vote buying at dawn).
 */
export const NOT_EVENT_PHRASES: readonly string[] = [
  'laba ditahan',
  'ditahan imbang',
  'ditahan seri',
  'serangan jantung',
  'serangan fajar',
];

/** The event part of the language model. */
export const EVENTS = {
  eventTriggers: EVENT_TRIGGERS,
  notEventPhrases: NOT_EVENT_PHRASES,
  anaphors: ANAPHORS,
  eventTimeWords: EVENT_TIME_WORDS,
  eventPlaceCues: EVENT_PLACE_CUES,
  notEventPlaceCues: NOT_EVENT_PLACE_CUES,
  futureMarkers: FUTURE_MARKERS,
  untilWords: UNTIL_WORDS,
  delegationCues: DELEGATION_CUES,
  hostCues: HOST_CUES,
  participantReferences: PARTICIPANT_REFERENCES,
  reportDateCues: REPORT_DATE_CUES,
  eventLabels: EVENT_LABELS,
} satisfies Partial<LanguageModel>;
