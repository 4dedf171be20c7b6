/**
 * Common Indonesian words. A capitalised word from this list (at a sentence start, in a
 * headline) is not a name. Kept to words that are never names on their own.
 */
export const COMMON_WORDS: readonly string[] = (
  'ada adalah agar akan akhir akhirnya aku anda antara apa apabila apakah atas atau awal bagaimana bagi bahkan bahwa baik ' +
  'banyak baru bawah beberapa begitu belum benar berada berbagai berdasarkan berikut bersama besar beliau biasa bila bisa ' +
  'boleh bukan bulan cukup dalam dan dapat dari demikian dengan depan di dia diri dirinya disebut dua hal hampir hanya harus ' +
  'hari hingga ia ialah ini itu jadi jika juga jumlah kala kalau kali kami kamu kapan karena ke kedua keduanya kemudian kepada ' +
  'kini kita kurang lagi lain lalu lama lebih lewat maka mana masih masing meski meskipun mereka misalnya mulai namun nanti ' +
  'oleh pada padahal para pekan per pernah pertama pula pun saat saja salah sama sambil sampai sana satu saya sebab sebagai ' +
  'sebelum sebelumnya sebuah secara sedang sedangkan segera sehingga sejak sejumlah sekarang sekitar selain selama selanjutnya ' +
  'seluruh semua sementara sendiri seorang seperti sering serta setelah setiap sudah supaya tahun tak tanpa tapi telah tengah ' +
  'tentang terhadap termasuk tersebut tetapi tidak tiga untuk waktu yaitu yakni yang ' +
  'kata ujar ucap tutur jelas tegas ungkap sebut menurut dilansir dikutip melansir mengutip lapor laporan sumber editor ' +
  'penulis pewarta reporter penerjemah redaktur foto video ilustrasi dok dokumentasi istimewa grafis baca simak lihat ' +
  'selengkapnya berita terkait lainnya terpopuler terkini populer halaman berikutnya klik tonton ' +
  'kendati walaupun sebaliknya akibatnya alhasil lantas kemarin besok ' +
  'senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober november desember ' +
  'pemerintah presiden menteri wakil kepala ketua pemimpin negara kota provinsi kabupaten pihak tim warga masyarakat rakyat ' +
  'polisi tentara pasukan militer dunia internasional nasional pusat daerah utara selatan barat timur tenggara laut ' +
  'ketiga keempat kelima terakhir dulu kembali menjadi membuat memiliki melakukan memberikan mengatakan menyatakan ' +
  'meminta menilai berharap berencana tiba bertemu mengunjungi kunjungan pertemuan perjanjian kesepakatan kerja kerjasama ' +
  'soal rangka usai jelang pasca pra tiap beragam mayoritas sebagian sekalipun justru ' +
  'apalagi tentu tentunya mungkin memang sebetulnya sebenarnya adapun ketika sewaktu sesudah seusai setibanya ' +
  'kedatangan keberangkatan pagi siang sore malam dini pukul jam menit detik ' +
  'ahad munas munaslub muktamar musyawarah mukernas rakernas rapimnas rakor raker kongres pansel propinsi masehi hijriah ' +
  'lebaran idul fitri adha natal ramadan imlek paripurna komisioner dki'
)
  .split(/\s+/)
  .filter(Boolean);

/** Acronyms in the English plural the news borrows with them (`NGOs`, `CEOs`, `SDGs`): many of a kind, named by none. */
export const COMMON_SHAPES: readonly RegExp[] = [/^\p{Lu}{2,}s$/u];

/** The clitic `-nya` (its, the): `Pasalnya`, `Sebelumnya`, `Ayahnya`. */
export const ENCLITICS: readonly string[] = ['nya'];

/** Acronyms of common nouns (`BBM`, `SPBU`) and roman numerals: capitals that name no one. */
export const COMMON_ACRONYMS: readonly string[] = (
  'bbm bbg lpg lng cpo spbu spbe ukm umkm kukm klb pns asn apbn apbd apbdes phk ham ktp kk sim npwp ppn pph blt bst thr umr ump ' +
  'pdb gdp ipo ihsg sms tv hp pc ac atm sd smp sma smk mts ma paud kkn ott dpo bap sp3 paw pilkada pilpres pileg pemilu ' +
  'capres cawapres cagub cawagub caleg wni wna tkw tki pmi rt rw kb kbm ppkm psbb covid narkoba miras lsm ormas parpol ' +
  'ad art ad/art ruu uu perppu perpres pp permen perda kuhp kuhap sop rapbn rapbd nik nisn bpjs kis kip pkh sktm ' +
  'dpd dpp dpw dpc kl sk pn bab uud uud45 rs apbnp lks spm sbn tps kpps ppk pps nkri tbk persero perseroda ' +
  'ktt hut ai ebt plta pltu plts pltd pltp pltgu pltsa lgbt iup iupk bumd bumn amdal rdp rdpu spt ppkn pnbp tkd tkdn ' +
  'ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx wib wita wit km kg cm mm rp usd idr'
)
  .split(/\s+/)
  .filter(Boolean);

/** Abbreviations ending in a full stop that do not end a sentence (lower-case, without the stop). */
export const ABBREVIATIONS: readonly string[] = [
  'dr',
  'drs',
  'dra',
  'prof',
  'ir',
  'h',
  'hj',
  'kh',
  'st',
  'sh',
  'se',
  'mm',
  'mba',
  'msc',
  'phd',
  'spd',
  'skom',
  'no',
  'nomor',
  'jl',
  'jln',
  'tgl',
  'hlm',
  'mr',
  'mrs',
  'ms',
  'sdr',
  'bpk',
  'ibu',
  'kol',
  'letjen',
  'mayjen',
  'brigjen',
  'jend',
  'laks',
  'marsdya',
  'kapt',
  'lettu',
  'serka',
  'ust',
  'dll',
  'dsb',
  'dkk',
  'tsb',
  'yth',
  'a.n',
  'u.p',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'tbk',
  'pt',
  'cv',
  'rp',
  'us',
  'u.s',
  'vol',
  'hal',
  'kab',
  'kec',
  'kel',
  'prov',
  'sept',
  'okt',
  'nov',
  'des',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'agu',
  'agt',
  'ft',
  'm',
  'km',
  'kg',
  'muh',
  'moh',
  'moch',
  'abd',
];
