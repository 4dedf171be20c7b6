/**
 * Organisations general knowledge names: news outlets and agencies (with the web domains
 * that datelines and credits use), governments' well-known institutions, international
 * bodies, Indonesian institutions and parties. Rows read `Label|alias|alias`; `@ID` marks a
 * country's own institution (`Kementerian Luar Negeri RI` is `Kementerian Luar Negeri`).
 */

/** Media: Indonesian outlets and the world's news agencies. `~domain` rows give a web domain. */
export const MEDIA: readonly string[] = [
  'ANTARA|Antara|ANTARA News|Antaranews|Kantor Berita Antara ~antaranews.com',
  'KONTAN|Kontan ~kontan.co.id', 'Medcom|Medcom.id ~medcom.id', 'VIVA|Viva|VIVAnews ~viva.co.id',
  'Kompas|KOMPAS|Kompas.com|Harian Kompas ~kompas.com', 'Kompas TV|KompasTV ~kompas.tv', 'Detik|detikcom|Detikcom|detikNews ~detik.com',
  'Tempo|TEMPO|Tempo.co|Majalah Tempo ~tempo.co', 'CNN Indonesia ~cnnindonesia.com', 'CNBC Indonesia ~cnbcindonesia.com',
  'Liputan6|Liputan6.com ~liputan6.com', 'Okezone|Okezone.com ~okezone.com', 'Sindonews|SINDOnews|Koran Sindo ~sindonews.com',
  'Tribunnews|Tribun|Tribunnews.com ~tribunnews.com', 'Republika|Republika.co.id ~republika.co.id', 'Suara.com ~suara.com',
  'IDN Times ~idntimes.com', 'Kumparan|kumparan ~kumparan.com', 'Tirto|Tirto.id ~tirto.id', 'Jawa Pos|JawaPos ~jawapos.com',
  'Media Indonesia ~mediaindonesia.com', 'Bisnis Indonesia|Bisnis.com ~bisnis.com', 'Katadata ~katadata.co.id',
  'Merdeka.com ~merdeka.com', 'iNews|iNews.id ~inews.id', 'The Jakarta Post|Jakarta Post ~thejakartapost.com',
  'Jakarta Globe ~jakartaglobe.id', 'Beritasatu|BeritaSatu ~beritasatu.com', 'RRI|Radio Republik Indonesia ~rri.co.id',
  'TVRI ~tvri.go.id', 'Metro TV|MetroTV ~metrotvnews.com', 'Kompasiana ~kompasiana.com', 'Viva News', 'Gatra ~gatra.com',
  'Koran Jakarta ~koran-jakarta.com', 'Rakyat Merdeka ~rm.id', 'Pikiran Rakyat ~pikiran-rakyat.com', 'Sindo',
  'JPNN|JPNN.com ~jpnn.com', 'Warta Ekonomi ~wartaekonomi.co.id', 'Investor Daily ~investor.id', 'Inilah.com ~inilah.com',
  'Reuters', 'AFP|Agence France-Presse', 'AP|Associated Press', 'Bloomberg', 'BBC|BBC News', 'CNN', 'Al Jazeera|Aljazeera',
  'TASS', 'RIA Novosti|RIA', 'Interfax', 'Sputnik|Sputnik News', 'Russia Today', 'KCNA|Korean Central News Agency|Kantor Berita Pusat Korea',
  'Rodong Sinmun', 'Yonhap', 'Xinhua', 'Kyodo', 'NHK', 'Channel News Asia|CNA|ChannelNewsAsia', 'Straits Times|The Straits Times',
  'DW|Deutsche Welle', 'VOA|Voice of America', 'Anadolu|Anadolu Agency', 'Bernama', 'The Guardian|Guardian',
  'New York Times|The New York Times|NYT', 'Washington Post|The Washington Post', 'Wall Street Journal|WSJ', 'Financial Times|FT',
  'South China Morning Post|SCMP', 'Nikkei|Nikkei Asia', 'Global Times', 'CCTV', 'Fox News', 'NBC', 'CBS', 'ABC News',
  'Izvestia', 'Kommersant', 'Ukrinform', 'Korea Herald|The Korea Herald', 'Korea Times|The Korea Times', 'NK News',
  'Arirang', 'Kyiv Independent', 'Politico', 'Axios', 'Euronews', 'France 24', 'Sky News', 'The Times',
];

/** Government bodies, agencies and companies, with their kind. */
export const INSTITUTIONS: Readonly<Record<'government' | 'agency' | 'company' | 'other', readonly string[]>> = {
  government: [
    'Kremlin', 'Gedung Putih|White House', 'Pentagon', 'Downing Street',
    'Kementerian Luar Negeri Rusia|Russian Foreign Ministry|Kemlu Rusia', 'Kementerian Luar Negeri|Kemlu|Kemenlu @ID',
    'Kementerian Pertahanan|Kemhan|Kemenhan @ID', 'Kementerian Dalam Negeri|Kemendagri @ID', 'Kementerian Keuangan|Kemenkeu @ID',
    'Kementerian Agama|Kemenag @ID', 'Kementerian Kesehatan|Kemenkes @ID', 'Kementerian Perdagangan|Kemendag @ID',
    'Kementerian Perhubungan|Kemenhub @ID', 'Kementerian Pendidikan|Kemendikbud|Kemendikbudristek @ID',
    'Kementerian BUMN @ID', 'Kementerian Sosial|Kemensos @ID', 'Kementerian Hukum dan HAM|Kemenkumham @ID',
    'DPR|Dewan Perwakilan Rakyat|DPR RI @ID', 'MPR|Majelis Permusyawaratan Rakyat|MPR RI @ID', 'DPD|Dewan Perwakilan Daerah|DPD RI @ID',
    'DKPP|Dewan Kehormatan Penyelenggara Pemilu @ID', 'DPRD|Dewan Perwakilan Rakyat Daerah', 'KPK|Komisi Pemberantasan Korupsi @ID', 'KPU|Komisi Pemilihan Umum @ID', 'Bawaslu|Badan Pengawas Pemilu @ID',
    'Polri|Kepolisian Negara Republik Indonesia @ID', 'Mabes Polri', 'Polda Metro Jaya', 'TNI|Tentara Nasional Indonesia @ID',
    'TNI AD|TNI Angkatan Darat', 'TNI AL|TNI Angkatan Laut', 'TNI AU|TNI Angkatan Udara', 'Mahkamah Konstitusi|MK', 'Mahkamah Agung|MA', 'Kejaksaan Agung|Kejagung',
    'BPK|Badan Pemeriksa Keuangan @ID', 'BIN|Badan Intelijen Negara @ID', 'BNN|Badan Narkotika Nasional',
    'BNPB|Badan Nasional Penanggulangan Bencana', 'BMKG', 'Basarnas', 'BPS|Badan Pusat Statistik',
    'Badan Perencanaan Pembangunan Nasional|Bappenas|Kementerian PPN|Kementerian PPN/Bappenas|Kementerian Perencanaan Pembangunan Nasional @ID',
    'Kementerian Energi dan Sumber Daya Mineral|Kementerian ESDM|ESDM|KESDM @ID', 'Kementerian Lingkungan Hidup dan Kehutanan|KLHK|Kementerian LHK @ID',
    'Kementerian Lingkungan Hidup|KLH @ID', 'Kementerian Investasi|Kementerian Investasi/BKPM|BKPM|Badan Koordinasi Penanaman Modal @ID',
    'Kementerian Perindustrian|Kemenperin @ID', 'Kementerian Pertanian|Kementan @ID', 'Kementerian Ketenagakerjaan|Kemnaker @ID',
    'Kementerian Komunikasi dan Digital|Komdigi|Kementerian Kominfo|Kominfo @ID', 'Kementerian Sekretariat Negara|Kemensetneg @ID',
    'Kementerian Pekerjaan Umum|Kementerian PUPR|Kementerian PU @ID', 'Kementerian Koordinator Bidang Perekonomian|Kemenko Perekonomian @ID',
    'Direktorat Jenderal Imigrasi|Ditjen Imigrasi', 'Direktorat Jenderal Pajak|Ditjen Pajak|DJP', 'Bea Cukai|Direktorat Jenderal Bea dan Cukai|DJBC',
    'Kantor Staf Presiden|KSP', 'Sekretariat Kabinet|Setkab', 'BPKP|Badan Pengawasan Keuangan dan Pembangunan', 'LKPP',
    'BSSN|Badan Siber dan Sandi Negara', 'Bakamla|Badan Keamanan Laut', 'BNPT|Badan Nasional Penanggulangan Terorisme', 'BP2MI',
    'Komisi Eropa|European Commission', 'Parlemen Eropa|European Parliament',
    'Departemen Keamanan Dalam Negeri AS|Department of Homeland Security|DHS', 'ICE|Immigration and Customs Enforcement',
    'Setneg', 'Kemenko Polhukam', 'Komnas HAM', 'Ombudsman', 'Densus 88',
    'Dewan Keamanan PBB|DK PBB', 'Kongres AS', 'Senat AS', 'Duma Negara|Duma', 'Partai Buruh Korea|Partai Pekerja Korea',
    'Tentara Rakyat Korea', 'Departemen Luar Negeri AS|Deplu AS',
  ],
  agency: [
    'Roscosmos', 'NASA', 'Rosatom', 'FSB', 'CIA', 'FBI', 'IAEA|Badan Energi Atom Internasional', 'BRIN', 'LAPAN', 'BPOM', 'OJK|Otoritas Jasa Keuangan',
    'BI|Bank Indonesia', 'LPS', 'Bulog', 'PBB|Perserikatan Bangsa-Bangsa|United Nations', 'NATO|Pakta Pertahanan Atlantik Utara',
    'ASEAN', 'Uni Eropa|UE|European Union', 'WHO|Organisasi Kesehatan Dunia', 'IMF|Dana Moneter Internasional',
    'Bank Dunia|World Bank', 'WTO|Organisasi Perdagangan Dunia|World Trade Organization', 'ADB|Bank Pembangunan Asia|Asian Development Bank', 'AIIB', 'OPEC', 'OKI|Organisasi Kerja Sama Islam', 'UNICEF', 'UNESCO', 'UNHCR', 'ICC|Mahkamah Pidana Internasional',
    'Uni Afrika', 'APEC', 'G20', 'G7', 'BRICS', 'Interpol', 'Palang Merah', 'PMI|Palang Merah Indonesia', 'FIFA', 'PSSI', 'KONI', 'IOC',
    'Hamas', 'Hizbullah|Hezbollah', 'Taliban', 'ISIS|NIIS', 'Wagner', 'Houthi',
  ],
  company: [
    'Pertamina', 'PLN|PT PLN|Perusahaan Listrik Negara|PT PLN (Persero)', 'Garuda Indonesia|Garuda', 'Telkom|Telkom Indonesia', 'Telkomsel', 'BRI|Bank Rakyat Indonesia', 'BNI', 'BCA',
    'Bank Mandiri|Mandiri', 'BTN', 'Freeport|Freeport Indonesia', 'Gazprom', 'Rosneft', 'Lukoil', 'Samsung', 'Hyundai', 'Toyota',
    'Apple', 'Google', 'Microsoft', 'Meta', 'Facebook', 'Twitter', 'TikTok', 'Amazon', 'Tesla', 'Huawei', 'Boeing', 'Airbus',
    'Aeroflot', 'Gojek', 'Grab', 'Tokopedia', 'Shopee', 'Bukalapak', 'Telegram', 'WhatsApp', 'Instagram', 'YouTube', 'Netflix',
    'Indofood', 'Astra', 'Sinar Mas', 'Lion Air', 'KAI|Kereta Api Indonesia', 'Kereta Api Rusia', 'Uralvagonzavod', 'Sukhoi',
  ],
  other: [
    'PDIP|PDI-P|PDI Perjuangan|Partai Demokrasi Indonesia Perjuangan', 'Golkar|Partai Golkar|Golongan Karya|Partai Golongan Karya', 'Gerindra|Partai Gerindra',
    'PKB|Partai Kebangkitan Bangsa', 'PKS|Partai Keadilan Sejahtera', 'NasDem|Nasdem|Partai NasDem', 'Demokrat|Partai Demokrat',
    'PAN|Partai Amanat Nasional', 'PPP|Partai Persatuan Pembangunan', 'Hanura|Partai Hanura', 'Perindo|Partai Perindo|Partai Persatuan Indonesia', 'Partai Garuda|Partai Gerakan Perubahan Indonesia', 'Partai Bulan Bintang',
    'PSI|Partai Solidaritas Indonesia', 'Partai Buruh', 'Partai Gelora', 'Partai Ummat',
    'NU|Nahdlatul Ulama|PBNU', 'Muhammadiyah|PP Muhammadiyah', 'MUI|Majelis Ulama Indonesia', 'KADIN|Kadin', 'Apindo',
    'Partai Rusia Bersatu|Rusia Bersatu', 'Partai Komunis China|Partai Komunis Tiongkok', 'Partai Republik', 'Partai Demokrat AS',
    'UI|Universitas Indonesia', 'UGM|Universitas Gadjah Mada', 'ITB|Institut Teknologi Bandung', 'IPB|Institut Pertanian Bogor',
    'Unair|Universitas Airlangga', 'Undip|Universitas Diponegoro', 'Unpad|Universitas Padjadjaran', 'ITS', 'UIN',
  ],
};
