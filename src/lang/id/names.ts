/**
 * The shapes of personal names: given names common in the news, family-name endings,
 * Korean family names, name particles, and spellings that stand for the same name.
 */

/** Given names frequent in Indonesian international and national news. */
export const GIVEN_NAMES: readonly string[] = [
  // Russian and East European
  'Vladimir', 'Sergey', 'Sergei', 'Sergej', 'Andrei', 'Andrey', 'Alexander', 'Aleksandr', 'Alexei', 'Alexey', 'Aleksei', 'Dmitry',
  'Dmitri', 'Dmitriy', 'Yuri', 'Yury', 'Yuriy', 'Denis', 'Mikhail', 'Nikolai', 'Nikolay', 'Ivan', 'Igor', 'Oleg', 'Viktor',
  'Valery', 'Valeriy', 'Yevgeny', 'Evgeny', 'Anatoly', 'Boris', 'Pavel', 'Roman', 'Maxim', 'Maria', 'Anna', 'Elena',
  'Olga', 'Natalia', 'Tatiana', 'Valentina', 'Volodymyr', 'Vitali', 'Vitaly', 'Petro', 'Dmytro', 'Andriy', 'Oleksandr',
  'Ramzan', 'Gennady', 'Konstantin', 'Leonid', 'Vasily', 'Fyodor', 'Kirill', 'Ruslan', 'Arkady', 'Grigory',
  // Western
  'Joe', 'Donald', 'Barack', 'George', 'Bill', 'Hillary', 'Kamala', 'Mike', 'Antony', 'Anthony', 'John', 'James', 'Robert',
  'Michael', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Emmanuel', 'Olaf', 'Angela', 'Rishi', 'Keir',
  'Justin', 'Jens', 'Mark', 'Ursula', 'Antonio', 'Pope', 'Elon', 'Jeff', 'Lloyd', 'Jake', 'Marco', 'Matthew', 'Peter',
  // East Asian
  'Xi', 'Li', 'Wang', 'Shinzo', 'Fumio', 'Yoshihide', 'Moon', 'Yoon', 'Lee', 'Park',
  // Indonesian and Malay
  'Joko', 'Prabowo', 'Gibran', 'Anies', 'Ganjar', 'Mahfud', 'Muhaimin', 'Susilo', 'Megawati', 'Puan', 'Sri', 'Budi', 'Agus',
  'Ahmad', 'Achmad', 'Muhammad', 'Mohammad', 'Mohamad', 'Muhamad', 'Abdul', 'Siti', 'Dewi', 'Eko', 'Hadi', 'Bambang', 'Retno',
  'Airlangga', 'Luhut', 'Erick', 'Sandiaga', 'Ridwan', 'Basuki', 'Tito', 'Listyo', 'Yudo', 'Andika', 'Jusuf', 'Ma\'ruf',
  'Teten', 'Yasonna', 'Pratikno', 'Dedi', 'Heru', 'Yusril', 'Zulkifli', 'Hasto', 'Bahlil', 'Arief', 'Arif', 'Rizal',
  'Wahyu', 'Indra', 'Rudi', 'Andi', 'Yuli', 'Nur', 'Dian', 'Putri', 'Fajar', 'Rina', 'Yanti', 'Tri', 'Dwi', 'Hendra', 'Irwan',
  'Muh', 'Moh', 'Moch', 'Mochamad', 'Mochammad', 'Abd',
  'Yusuf', 'Ali', 'Hasan', 'Hassan', 'Husein', 'Ibrahim', 'Ismail', 'Umar', 'Anwar', 'Mahathir', 'Najib', 'Ferdinand', 'Rodrigo',
];

/** Endings of Slavic family names (`Lavrov`, `Belousov`, `Zelenskyy`, `Shevchenko`). */
export const FAMILY_NAME_ENDINGS: readonly string[] = ['ov', 'ova', 'ev', 'eva', 'yov', 'in', 'ina', 'sky', 'skiy', 'skyy', 'ski', 'skaya', 'enko', 'chuk', 'vich', 'yev', 'kov', 'nov'];

/** Korean family names as romanised in the press. */
export const KOREAN_FAMILY_NAMES: readonly string[] = [
  'Kim', 'Lee', 'Yi', 'Ri', 'Rhee', 'Park', 'Pak', 'Choe', 'Choi', 'Jung', 'Jong', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang',
  'Chang', 'Han', 'Shin', 'Sin', 'Kwon', 'Song', 'Hong', 'Hyun', 'Moon', 'Mun', 'Ryu', 'Yoo', 'Oh', 'O', 'Seo', 'Son', 'Ahn',
  'Hwang', 'Jeon', 'Chon', 'Ko', 'Nam', 'Baek', 'Paek', 'Heo', 'Yang', 'Ju', 'Chu', 'Kye', 'Thae', 'Rim', 'Im',
];

/** Lower-case particles that stand inside names (`bin`, `van der`, `al`). */
export const NAME_PARTICLES: readonly string[] = ['bin', 'binti', 'van', 'der', 'von', 'de', 'al', 'dos', 'del'];

/** Groups of spellings of one given name (transliteration variants), first = canonical. */
export const NAME_VARIANTS: readonly (readonly string[])[] = [
  ['Yuri', 'Yury', 'Yuriy', 'Yurii'],
  ['Andrei', 'Andrey', 'Andrej'],
  ['Sergey', 'Sergei', 'Sergej', 'Sergiy'],
  ['Alexander', 'Aleksandr', 'Alexandr', 'Aleksander'],
  ['Alexei', 'Alexey', 'Aleksei', 'Aleksey'],
  ['Dmitry', 'Dmitri', 'Dmitriy', 'Dmitrii'],
  ['Nikolai', 'Nikolay'],
  ['Yevgeny', 'Evgeny', 'Yevgeniy', 'Evgeniy'],
  ['Valery', 'Valeriy', 'Valeri'],
  ['Mikhail', 'Michail'],
  ['Muhammad', 'Mohammad', 'Mohamad', 'Muhamad', 'Mohammed', 'Muhammed'],
  ['Achmad', 'Ahmad'],
  ['Zelenskyy', 'Zelensky', 'Zelenskiy'],
  ['Belozerov', 'Belozyorov'],
];
