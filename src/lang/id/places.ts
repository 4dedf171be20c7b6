/**
 * Places as Indonesian news names them. Countries come from the Unicode CLDR names the
 * runtime ships (`Intl.DisplayNames`), in Indonesian and English, plus the abbreviations
 * and older names the press uses. Cities and regions are general knowledge: capitals,
 * major world cities with their Indonesian exonyms, Indonesian provinces and cities.
 *
 * Table rows read `Label|alias|alias @CC`: the label is the Indonesian name, `@CC` the ISO
 * code of the country the place lies in (for LOCATED_IN).
 */

/** Extra names for countries, keyed by ISO code; the first one replaces CLDR's label. */
export const COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  KP: ['Korea Utara', 'Korut', 'DPRK', 'Republik Demokratik Rakyat Korea', 'RDRK', 'North Korea'],
  KR: ['Korea Selatan', 'Korsel', 'Republik Korea', 'South Korea', 'ROK'],
  RU: ['Rusia', 'Federasi Rusia', 'Russia', 'Russian Federation'],
  US: ['Amerika Serikat', 'AS', 'Amerika', 'USA', 'United States', 'Paman Sam'],
  GB: ['Inggris', 'Inggris Raya', 'Britania Raya', 'United Kingdom', 'UK', 'Britania'],
  CN: ['China', 'Tiongkok', 'RRT', 'RRC', 'Republik Rakyat Tiongkok', 'Republik Rakyat China', 'Cina'],
  ID: ['Indonesia', 'RI', 'Republik Indonesia', 'NKRI'],
  UA: ['Ukraina', 'Ukraine'],
  AE: ['Uni Emirat Arab', 'UEA', 'UAE'],
  SA: ['Arab Saudi', 'Saudi', 'Saudi Arabia'],
  PS: ['Palestina', 'Palestine'],
  CZ: ['Ceko', 'Republik Ceko', 'Czech'],
  MM: ['Myanmar', 'Burma'],
  TL: ['Timor Leste', 'Timor-Leste', 'Timor Lorosae'],
  HK: ['Hong Kong'],
  MO: ['Makau', 'Macau'],
  NL: ['Belanda', 'Netherlands'],
  DE: ['Jerman', 'Germany'],
  FR: ['Prancis', 'Perancis', 'France'],
  JP: ['Jepang', 'Japan'],
  IN: ['India'],
  IR: ['Iran'],
  IL: ['Israel'],
  SY: ['Suriah', 'Syria'],
  EG: ['Mesir', 'Egypt'],
  TR: ['Turki', 'Turkiye', 'Türkiye', 'Turkey'],
  PH: ['Filipina', 'Philippines'],
  SG: ['Singapura', 'Singapore'],
  MY: ['Malaysia', 'Negeri Jiran'],
  VN: ['Vietnam', 'Viet Nam'],
  TH: ['Thailand'],
  AU: ['Australia'],
  NZ: ['Selandia Baru', 'New Zealand'],
  BY: ['Belarus'],
  CD: ['Kongo', 'Republik Demokratik Kongo'],
  CG: ['Republik Kongo'],
  VA: ['Vatikan', 'Vatican'],
};

/** ISO codes that CLDR names but that are not countries a news text locates things in. */
export const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AA', 'QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QU', 'QV', 'QW', 'QX', 'QY', 'QZ', 'XK']);

export const CITIES: readonly string[] = [
  // Russia and the Korean peninsula
  'Moskow|Moskwa|Moscow @RU', 'Vladivostok @RU', 'Sankt Peterburg|St. Petersburg|Saint Petersburg|Petersburg @RU',
  'Khabarovsk @RU', 'Komsomolsk-on-Amur|Komsomolsk-na-Amure|Komsomolsk @RU', 'Novosibirsk @RU', 'Kazan @RU',
  'Sochi @RU', 'Yekaterinburg @RU', 'Kaliningrad @RU', 'Murmansk @RU', 'Irkutsk @RU', 'Blagoveshchensk @RU',
  'Pyongyang @KP', 'Wonsan @KP', 'Kaesong @KP', 'Sinuiju @KP', 'Rason @KP', 'Hamhung @KP',
  'Seoul @KR', 'Busan @KR', 'Incheon @KR', 'Panmunjom @KR',
  // Asia
  'Beijing|Peking|Beijing (Peking) @CN', 'Shanghai @CN', 'Guangzhou @CN', 'Shenzhen @CN', 'Wuhan @CN', 'Hong Kong @CN',
  'Tokyo @JP', 'Osaka @JP', 'Kyoto @JP', 'Hiroshima @JP', 'Taipei @TW', 'Ulan Bator|Ulaanbaatar @MN',
  'Hanoi @VN', 'Ho Chi Minh|Kota Ho Chi Minh|Saigon @VN', 'Bangkok @TH', 'Phnom Penh @KH', 'Vientiane @LA',
  'Naypyidaw|Naypyitaw @MM', 'Yangon @MM', 'Kuala Lumpur @MY', 'Putrajaya @MY', 'Johor Bahru @MY',
  'Manila @PH', 'Bandar Seri Begawan @BN', 'Dili @TL',
  'New Delhi|Delhi @IN', 'Mumbai @IN', 'Islamabad @PK', 'Karachi @PK', 'Lahore @PK', 'Dhaka @BD', 'Kathmandu @NP',
  'Colombo @LK', 'Kabul @AF', 'Tehran|Teheran @IR', 'Baghdad @IQ', 'Damaskus|Damascus @SY', 'Beirut @LB',
  'Amman @JO', 'Yerusalem|Jerusalem @IL', 'Tel Aviv @IL', 'Gaza|Jalur Gaza @PS', 'Tepi Barat @PS', 'Riyadh @SA',
  'Jeddah @SA', 'Makkah|Mekkah|Mekah @SA', 'Madinah @SA', 'Doha @QA', 'Abu Dhabi @AE', 'Dubai @AE', 'Muscat @OM',
  'Sanaa @YE', 'Ankara @TR', 'Istanbul @TR', 'Astana @KZ', 'Almaty @KZ', 'Tashkent @UZ', 'Baku @AZ', 'Tbilisi @GE',
  'Yerevan @AM', 'Singapura @SG',
  // Europe
  'Kiev|Kyiv|Kyiv (Kiev) @UA', 'Kharkiv|Kharkov @UA', 'Odesa|Odessa @UA', 'Lviv @UA', 'Donetsk @UA', 'Luhansk @UA',
  'Mariupol @UA', 'Bakhmut @UA', 'Zaporizhzhia @UA', 'Kherson @UA', 'Minsk @BY',
  'London @GB', 'Paris @FR', 'Berlin @DE', 'Brussel|Brussels @BE', 'Den Haag|The Hague @NL', 'Amsterdam @NL',
  'Roma|Rome @IT', 'Milan @IT', 'Madrid @ES', 'Barcelona @ES', 'Lisbon @PT', 'Wina|Vienna @AT', 'Jenewa|Geneva @CH',
  'Bern @CH', 'Zurich @CH', 'Davos @CH', 'Stockholm @SE', 'Oslo @NO', 'Helsinki @FI', 'Kopenhagen|Copenhagen @DK',
  'Warsawa|Warsaw @PL', 'Praha|Prague @CZ', 'Budapest @HU', 'Bukares|Bucharest @RO', 'Sofia @BG', 'Athena|Athens @GR',
  'Beograd|Belgrade @RS', 'Vilnius @LT', 'Riga @LV', 'Tallinn @EE', 'Dublin @IE', 'Vatikan @VA', 'Munich|Muenchen @DE',
  // Americas, Africa, Oceania
  'Washington|Washington DC|Washington D.C. @US', 'New York @US', 'Los Angeles @US', 'San Francisco @US', 'Chicago @US',
  'Houston @US', 'Miami @US', 'Boston @US', 'Ottawa @CA', 'Toronto @CA', 'Mexico City|Kota Meksiko @MX', 'Havana @CU',
  'Caracas @VE', 'Bogota @CO', 'Lima @PE', 'Santiago @CL', 'Buenos Aires @AR', 'Brasilia @BR', 'Rio de Janeiro @BR',
  'Sao Paulo @BR', 'Kairo|Cairo @EG', 'Tripoli @LY', 'Tunis @TN', 'Aljir|Algiers @DZ', 'Rabat @MA', 'Nairobi @KE',
  'Addis Ababa @ET', 'Khartoum @SD', 'Lagos @NG', 'Abuja @NG', 'Johannesburg @ZA', 'Pretoria @ZA', 'Cape Town @ZA',
  'Canberra @AU', 'Sydney @AU', 'Melbourne @AU', 'Perth @AU', 'Darwin @AU', 'Wellington @NZ', 'Auckland @NZ',
  'Port Moresby @PG',
  // Indonesia
  'Jakarta|DKI Jakarta @ID', 'Surabaya @ID', 'Bandung @ID', 'Medan @ID', 'Semarang @ID', 'Makassar @ID', 'Palembang @ID',
  'Yogyakarta|Yogya|Jogja|Jogjakarta @ID', 'Solo|Surakarta @ID', 'Malang @ID', 'Denpasar @ID', 'Bogor @ID', 'Depok @ID',
  'Tangerang @ID', 'Tangerang Selatan|Tangsel @ID', 'Bekasi @ID', 'Batam @ID', 'Pekanbaru @ID', 'Padang @ID',
  'Banda Aceh @ID', 'Pontianak @ID', 'Banjarmasin @ID', 'Balikpapan @ID', 'Samarinda @ID', 'Manado @ID', 'Kupang @ID',
  'Mataram @ID', 'Jayapura @ID', 'Ambon @ID', 'Kendari @ID', 'Palu @ID', 'Jambi @ID', 'Bengkulu @ID',
  'Bandar Lampung @ID', 'Serang @ID', 'Cirebon @ID', 'Tasikmalaya @ID', 'Sukabumi @ID', 'Cianjur @ID', 'Garut @ID',
  'Karawang @ID', 'Purwakarta @ID', 'Tegal @ID', 'Pekalongan @ID', 'Magelang @ID', 'Kudus @ID', 'Madiun @ID',
  'Kediri @ID', 'Jember @ID', 'Banyuwangi @ID', 'Sidoarjo @ID', 'Gresik @ID', 'Mojokerto @ID', 'Probolinggo @ID',
  'Pasuruan @ID', 'Blitar @ID', 'Tulungagung @ID', 'Gorontalo @ID', 'Ternate @ID', 'Sorong @ID', 'Merauke @ID',
  'Manokwari @ID', 'Timika @ID', 'Palangka Raya|Palangkaraya @ID', 'Tarakan @ID', 'Pangkal Pinang|Pangkalpinang @ID',
  'Tanjung Pinang|Tanjungpinang @ID', 'Mamuju @ID', 'Sofifi @ID', 'Nusantara|IKN|Ibu Kota Nusantara @ID',
  'Labuan Bajo @ID', 'Kuta @ID', 'Ubud @ID', 'Nusa Dua @ID', 'Cilacap @ID', 'Purwokerto @ID', 'Salatiga @ID',
  'Bukittinggi @ID', 'Dumai @ID', 'Lhokseumawe @ID', 'Binjai @ID', 'Pematangsiantar @ID', 'Sibolga @ID',
];

/** Regions: provinces, islands, seas and large areas. */
export const REGIONS: readonly string[] = [
  'Semenanjung Korea|Korean Peninsula', 'Asia Timur Laut|Northeast Asia', 'Asia Tenggara|Southeast Asia',
  'Asia Timur|East Asia', 'Asia Selatan', 'Asia Tengah', 'Asia Pasifik|Asia-Pasifik|Asia Pacific', 'Timur Tengah|Middle East',
  'Eropa|Europe', 'Eropa Timur', 'Eropa Barat', 'Afrika|Africa', 'Amerika Latin', 'Amerika Utara', 'Amerika Selatan',
  'Timur Jauh Rusia|Timur Jauh|Far East', 'Siberia @RU', 'Krimea|Crimea @UA', 'Donbas|Donbass @UA', 'Primorye|Primorsky @RU',
  'Amur @RU', 'Kursk @RU', 'Belgorod @RU', 'Laut China Selatan|Laut Tiongkok Selatan|LCS', 'Laut Natuna Utara @ID',
  'Laut Jepang|Laut Timur', 'Laut Kuning', 'Laut Hitam|Black Sea', 'Laut Baltik', 'Laut Merah', 'Laut Mediterania',
  'Selat Taiwan', 'Selat Malaka', 'Samudra Pasifik|Samudera Pasifik|Pasifik', 'Samudra Hindia|Samudera Hindia',
  'Istana Kepresidenan', 'Istana Negara', 'Istana Merdeka', 'Istana Bogor', 'Istana Kepresidenan Bogor', 'Senayan @ID', 'Monas|Monumen Nasional @ID',
  'Uni Soviet|Soviet|USSR', 'Arktik', 'Antartika', 'Balkan', 'Skandinavia', 'Kashmir', 'Xinjiang @CN', 'Tibet @CN', 'Mindanao @PH',
  // states and provinces abroad that the news names without their country
  ...[
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California|Kalifornia', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
    'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
    'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
    'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
    'Utah', 'Vermont', 'West Virginia', 'Wisconsin', 'Wyoming',
  ].map((s) => `${s} @US`),
  'New South Wales @AU', 'Queensland @AU', 'Tasmania @AU', 'Australia Barat|Western Australia @AU', 'Australia Selatan|South Australia @AU',
  'Ontario @CA', 'Quebec @CA', 'British Columbia @CA', 'Alberta @CA', 'Guangdong @CN', 'Fujian @CN', 'Yunnan @CN', 'Sichuan @CN', 'Hainan @CN',
  'Sabah @MY', 'Sarawak @MY', 'Johor @MY', 'Selangor @MY', 'Penang|Pulau Pinang @MY', 'Kelantan @MY', 'Bavaria @DE', 'Skotlandia|Scotland @GB', 'Wales @GB',
  // Indonesian provinces and islands
  'Aceh @ID', 'Sumatera Utara|Sumut @ID', 'Sumatera Barat|Sumbar @ID', 'Riau @ID', 'Kepulauan Riau|Kepri @ID',
  'Sumatera Selatan|Sumsel @ID', 'Bangka Belitung|Babel @ID', 'Lampung @ID',
  'Banten @ID', 'Jawa Barat|Jabar @ID', 'Jawa Tengah|Jateng @ID', 'Jawa Timur|Jatim @ID',
  'Daerah Istimewa Yogyakarta|DIY @ID', 'Bali @ID', 'Nusa Tenggara Barat|NTB @ID', 'Nusa Tenggara Timur|NTT @ID',
  'Kalimantan Barat|Kalbar @ID', 'Kalimantan Tengah|Kalteng @ID', 'Kalimantan Selatan|Kalsel @ID',
  'Kalimantan Timur|Kaltim @ID', 'Kalimantan Utara|Kaltara @ID', 'Sulawesi Utara|Sulut @ID',
  'Sulawesi Tengah|Sulteng @ID', 'Sulawesi Selatan|Sulsel @ID', 'Sulawesi Tenggara|Sultra @ID',
  'Sulawesi Barat|Sulbar @ID', 'Maluku @ID', 'Maluku Utara|Malut @ID', 'Papua @ID', 'Papua Barat @ID',
  'Papua Tengah @ID', 'Papua Pegunungan @ID', 'Papua Selatan @ID', 'Papua Barat Daya @ID',
  'Jawa|Pulau Jawa @ID', 'Sumatera|Sumatra|Pulau Sumatera @ID', 'Kalimantan @ID', 'Sulawesi @ID', 'Natuna @ID',
  'Lombok @ID', 'Flores @ID', 'Madura @ID', 'Jabodetabek @ID',
];
