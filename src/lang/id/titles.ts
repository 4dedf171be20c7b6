/**
 * Titles and offices. A title is a run of words that starts with a head (Presiden, Menteri,
 * Wakil, Kepala…) and goes on with heads or modifiers (Perdana, Luar Negeri, Pertama…);
 * matching is case-insensitive, so `pemimpin` and `Pemimpin` are both titles.
 */

/** Words (or fixed phrases) that open a title. */
export const TITLE_HEADS: readonly string[] = [
  'presiden', 'wakil presiden', 'wapres', 'perdana menteri', 'pm', 'menteri', 'menlu', 'menhan', 'menkeu', 'mendagri',
  'menko', 'wamen', 'wakil menteri', 'wakil', 'kepala', 'ketua', 'ketum', 'pemimpin', 'pimpinan', 'ajudan', 'juru bicara', 'jubir',
  'penasihat', 'penasehat', 'gubernur', 'wagub', 'bupati', 'wali kota', 'walikota', 'wawali', 'duta besar', 'dubes',
  'sekretaris', 'sekjen', 'direktur', 'dirut', 'panglima', 'kapolri', 'kapolda', 'kapolres', 'kasad', 'kasal', 'kasau',
  'raja', 'ratu', 'pangeran', 'putra mahkota', 'kanselir', 'kaisar', 'paus', 'senator', 'anggota', 'komandan', 'marsekal',
  'laksamana', 'jenderal', 'letnan', 'kolonel', 'mayor', 'kapten', 'brigjen', 'mayjen', 'letjen', 'irjen', 'kombes',
  'akbp', 'kompol', 'pangdam', 'danrem', 'dandim', 'ceo', 'pendiri', 'hakim', 'jaksa', 'profesor', 'prof.', 'dr.', 'pakar',
  'pengamat', 'analis', 'diplomat', 'utusan', 'ketua umum', 'pelaksana tugas', 'plt', 'kabareskrim', 'kadiv', 'karo',
  'pejabat', 'asisten', 'deputi', 'staf', 'atase', 'konsul', 'sultan', 'syekh', 'uskup', 'kardinal', 'rektor',
  'dekan', 'pelatih', 'manajer', 'kapolsek', 'camat', 'lurah', 'kades', 'kepala desa', 'ustaz', 'ustadz', 'kiai',
  'mantan', 'eks', 'calon', 'capres', 'cawapres', 'cagub', 'caleg', 'dirjen', 'direktur jenderal', 'kadis', 'kajati', 'kajari',
  'kasatgas', 'kapuspen', 'kabag', 'kasubdit', 'komisioner', 'ir', 'ir.', 'drs', 'drs.', 'dra', 'dra.', 'hj', 'hj.',
  // honorifics and police ranks
  'pak', 'bapak', 'bu', 'ibu', 'mas', 'mbak', 'kak', 'bang', 'tuan', 'nyonya', 'komjen', 'aipda', 'bripka',
  'briptu', 'iptu', 'akp', 'ajun', 'komisaris', 'inspektur', 'brigadir', 'sertu', 'serma', 'kopral', 'prajurit', 'habib',
];

/** Words that continue a title after its head. */
export const TITLE_MODIFIERS: readonly string[] = [
  'luar negeri', 'dalam negeri', 'pertahanan', 'keuangan', 'kesehatan', 'perdagangan', 'perindustrian', 'pertanian',
  'perhubungan', 'transportasi', 'energi', 'sumber daya mineral', 'pendidikan', 'kebudayaan', 'agama', 'sosial', 'hukum',
  'ham', 'hak asasi manusia', 'ekonomi', 'perekonomian', 'koordinator', 'bidang', 'politik', 'keamanan', 'pariwisata',
  'tenaga kerja', 'ketenagakerjaan', 'kelautan', 'perikanan', 'kehutanan', 'lingkungan hidup', 'bumn', 'sekretaris negara',
  'komunikasi', 'informatika', 'digital', 'investasi', 'desa', 'pemuda', 'olahraga', 'riset', 'teknologi', 'pembangunan',
  'perencanaan', 'pekerjaan umum', 'perumahan', 'rakyat', 'pertama', 'utama', 'umum', 'staf', 'negara', 'besar', 'tinggi',
  'agung', 'senior', 'khusus', 'kepresidenan', 'militer', 'angkatan', 'darat', 'laut', 'udara', 'tertinggi', 'eksekutif',
  'jenderal', 'muda', 'madya', 'perdana', 'menteri', 'kabinet', 'partai', 'dewan', 'komisi', 'fraksi', 'kantor', 'biro',
  'humas', 'hubungan masyarakat', 'operasional', 'pelaksana', 'harian', 'polisi', 'kepolisian', 'daerah', 'provinsi',
  'kota', 'kabupaten', 'tim', 'kampanye', 'pemenangan', 'badan', 'pengurus', 'pusat', 'wilayah', 'cabang', 'nasional',
  'pol', 'pol.', 'tni', 'polhukam', 'marves', 'kemaritiman', 'pmk', 'pidana', 'perdata', 'tata usaha', 'purn', 'purn.', '(purn)', 'besar polisi',
];

/** Joiners that may stand inside a title between modifiers (`Hukum dan HAM`). */
export const TITLE_JOINERS: readonly string[] = ['dan'];
