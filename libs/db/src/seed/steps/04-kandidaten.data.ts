/** Word lists for the kandidaten seed (04-kandidaten.ts). */
import { TenantKey } from './01-tenants';

/**
 * Woonplaatsen per gemeente, looked up in the postcode table; the box keeps a name to the right region
 * (Buren in Gelderland, not on Ameland). `gewicht` is roughly the gemeente's share of the tenant's people.
 */
export const WOONPLAATSEN: Record<TenantKey, { box: [number, number, number, number]; gemeenten: Record<string, { gewicht: number; plaatsen: string[] }> }> = {
  rivierenland: {
    box: [51.7, 52.05, 4.9, 5.8],
    gemeenten: {
      Tiel: { gewicht: 18, plaatsen: ['Tiel', 'Wadenoijen', 'Kapel-Avezaath'] },
      Culemborg: { gewicht: 12, plaatsen: ['Culemborg'] },
      'West Betuwe': { gewicht: 19, plaatsen: ['Geldermalsen', 'Leerdam', 'Beesd', 'Asperen', 'Heukelum', 'Meteren', 'Haaften', 'Deil', 'Tricht', 'Vuren'] },
      Zaltbommel: { gewicht: 11, plaatsen: ['Zaltbommel', 'Brakel', 'Gameren', 'Kerkwijk', 'Nieuwaal', 'Zuilichem'] },
      Buren: { gewicht: 10, plaatsen: ['Buren', 'Maurik', 'Lienden', 'Zoelen', 'Beusichem'] },
      'Neder-Betuwe': { gewicht: 10, plaatsen: ['Opheusden', 'Dodewaard', 'Kesteren', 'Ochten', 'Echteld', 'IJzendoorn'] },
      'West Maas en Waal': { gewicht: 8, plaatsen: ['Beneden-Leeuwen', 'Boven-Leeuwen', 'Wamel', 'Dreumel', 'Maasbommel', 'Appeltern'] },
      Maasdriel: { gewicht: 9, plaatsen: ['Kerkdriel', 'Hedel', 'Ammerzoden', 'Velddriel', 'Rossum', 'Alem'] },
    },
  },
  drentscheAa: {
    box: [52.85, 53.2, 6.4, 6.9],
    gemeenten: {
      Assen: { gewicht: 55, plaatsen: ['Assen', 'Loon'] },
      'Aa en Hunze': { gewicht: 20, plaatsen: ['Gieten', 'Rolde', 'Annen', 'Gasselte'] },
      Tynaarlo: { gewicht: 25, plaatsen: ['Vries', 'Eelde', 'Paterswolde', 'Zuidlaren', 'Tynaarlo'] },
    },
  },
};

/** First names by background, so names and surnames come from one family. */
export const NAMEN: { gewicht: number; voornamen: string[]; achternamen: string[]; statushouderKans: number }[] = [
  {
    gewicht: 58,
    statushouderKans: 0,
    voornamen: [
      'Jan', 'Sanne', 'Kees', 'Anouk', 'Linda', 'Gert', 'Esther', 'Dirk', 'Erik', 'Marieke', 'Bart', 'Yvonne', 'Henk', 'Ilse', 'Rik',
      'Monique', 'Tom', 'Wim', 'Karin', 'Joyce', 'Nicole', 'Daan', 'Lotte', 'Bram', 'Femke', 'Jeroen', 'Mirjam', 'Ruud', 'Tessa', 'Sem',
      'Demi', 'Kevin', 'Priscilla', 'Niels', 'Chantal', 'Sjaak', 'Gerda', 'Roel', 'Jolanda', 'Thijs',
    ],
    achternamen: [
      'van Dijk', 'de Jong', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen',
      'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'van der Meer', 'van den Berg', 'Kok', 'Verhoeven', 'van Wijk', 'Schouten', 'Kuipers',
      'van Beek', 'Willems', 'van Rossum', 'den Hartog', 'van Mourik', 'van Tuijl', 'Zuidema', 'Wieringa', 'Huisman', 'Lubbers', 'Brink',
    ],
  },
  {
    gewicht: 12,
    statushouderKans: 0.05,
    voornamen: ['Mohamed', 'Fatima', 'Said', 'Khadija', 'Youssef', 'Naima', 'Karim', 'Samira', 'Ahmed', 'Nadia', 'Bilal', 'Soufiane', 'Hanan', 'Ilias'],
    achternamen: ['El Amrani', 'Bouzid', 'El Idrissi', 'Benali', 'Ouali', 'Aziz', 'El Khatib', 'Haddou', 'Amrani', 'Boukhari', 'Tahiri', 'Ziani'],
  },
  {
    gewicht: 9,
    statushouderKans: 0,
    voornamen: ['Ahmet', 'Fatma', 'Mehmet', 'Ayse', 'Emre', 'Elif', 'Hasan', 'Zeynep', 'Murat', 'Büşra', 'Kemal', 'Selin'],
    achternamen: ['Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan', 'Koç', 'Kurt'],
  },
  {
    gewicht: 11,
    statushouderKans: 0.85,
    voornamen: ['Abdullah', 'Rasha', 'Omar', 'Yasmin', 'Tesfay', 'Senait', 'Ali', 'Mariam', 'Ahmad', 'Huda', 'Filmon', 'Selam', 'Mustafa', 'Rahaf'],
    achternamen: ['Al-Hassan', 'Haddad', 'Kebede', 'Tesfamariam', 'Alsayed', 'Hussein', 'Ghebremedhin', 'Mohammadi', 'Rahimi', 'Al-Khatib', 'Habte', 'Nouri'],
  },
  {
    gewicht: 10,
    statushouderKans: 0,
    voornamen: ['Priya', 'Rajesh', 'Sharon', 'Marcel', 'Kenneth', 'Anjali', 'Piotr', 'Agnieszka', 'Tomasz', 'Joanna', 'Kofi', 'Grace', 'Dewi', 'Rudi'],
    achternamen: ['Ramdin', 'Mahabier', 'Sewnandan', 'Kowalski', 'Nowak', 'Wiśniewski', 'Lewandowska', 'Mensah', 'Asante', 'Martodikromo', 'Pinas', 'Tjin'],
  },
];

export const STRATEN = [
  'Dorpsstraat', 'Kerkstraat', 'Molenweg', 'Julianastraat', 'Beatrixstraat', 'Wilhelminalaan', 'Prins Bernhardstraat', 'Lingedijk',
  'Waalbandijk', 'Appelgaard', 'Kersenlaan', 'Perenhof', 'Fruitlaan', 'Esdoornlaan', 'Eikenlaan', 'Berkenhof', 'Schoolstraat',
  'Stationsweg', 'Nieuwstraat', 'Achterstraat', 'Brink', 'Vijverlaan', 'Merelstraat', 'Kievitlaan', 'Zwanenwater', 'Rozenstraat',
  'Tulpenhof', 'Sportlaan', 'Parklaan', 'Burgemeester de Withstraat',
];

export const OPLEIDINGEN = [
  'VMBO basis', 'VMBO kader', 'MBO 1 entree', 'MBO 2 logistiek', 'MBO 2 zorg en welzijn', 'MBO 2 horeca', 'MBO 2 techniek',
  'MBO 3 administratie', 'praktijkonderwijs', 'VSO', 'geen diploma', 'middelbare school in land van herkomst',
  'inburgering afgerond', 'havo (niet afgerond)', 'MBO 4 detailhandel',
];

/** SBI section per beroepsgroep of libs/domain/src/vocabulary/beroepen.json. */
export const SECTOR_VAN_BEROEPSGROEP: Record<string, string[]> = {
  logistiek: ['H', 'G'],
  productie: ['C'],
  schoonmaak: ['N'],
  groen: ['A', 'N'],
  horeca: ['I'],
  zorg: ['Q'],
  detailhandel: ['G'],
  bouw: ['F'],
  administratie: ['N', 'M', 'O'],
  techniek: ['C', 'F'],
  transport: ['H'],
  facilitair: ['N', 'E'],
};

/** Used when the vocabulary file is absent. */
export const BEROEPEN_RESERVE: { beroepsgroep: string; beroep: string; vaardigheden: string[] }[] = [
  { beroepsgroep: 'logistiek', beroep: 'orderpicker', vaardigheden: ['orderpicken', 'scanner', 'heftruck'] },
  { beroepsgroep: 'productie', beroep: 'productiemedewerker', vaardigheden: ['inpakken', 'machine bedienen', 'kwaliteitscontrole'] },
  { beroepsgroep: 'schoonmaak', beroep: 'schoonmaker', vaardigheden: ['schoonmaken', 'hygiëne'] },
  { beroepsgroep: 'groen', beroep: 'hovenier', vaardigheden: ['snoeien', 'maaien', 'fruitteelt'] },
  { beroepsgroep: 'horeca', beroep: 'afwasser', vaardigheden: ['afwassen', 'HACCP', 'keukenhulp'] },
  { beroepsgroep: 'detailhandel', beroep: 'vakkenvuller', vaardigheden: ['vakken vullen', 'kassa', 'klantvriendelijk'] },
];

export const WERKERVARING = [
  'Een jaar als {beroep} gewerkt via een uitzendbureau.',
  'Werkervaringsplek van zes maanden bij een {sector}bedrijf in de regio.',
  'Vrijwilligerswerk bij de voedselbank en de sportvereniging.',
  'Seizoenswerk in de fruitteelt (plukken, sorteren).',
  'Eerder werkzaam als {beroep}; daarna een periode zonder werk door mantelzorg.',
  'Geen betaald werk in Nederland; in het land van herkomst gewerkt als {beroep}.',
  'Stage als {beroep} tijdens de opleiding.',
];

export const PITCH_OPENING = [
  'Ik ben een harde werker die graag met de handen bezig is.',
  'Ik ben betrouwbaar, altijd op tijd en leer snel.',
  'Ik zoek een vaste plek in een team waar ik kan groeien.',
  'Ik werk graag zelfstandig, maar ook goed in een team.',
  'Ik houd van structuur en duidelijke afspraken.',
  'Ik ben vriendelijk, rustig en nauwkeurig.',
  'Ik ben gemotiveerd om weer aan het werk te gaan.',
];

export const PITCH_SLOT = [
  'Met wat begeleiding in het begin draai ik snel mee.',
  'Ik spreek Nederlands en wil dat nog beter leren op de werkvloer.',
  'Vroege diensten zijn geen probleem.',
  'Ik kan goed tegen fysiek werk.',
  'Een vaste werkplek en vaste collega\'s helpen mij het beste.',
  'Ik wil graag laten zien wat ik kan, bijvoorbeeld met een proefplaatsing.',
];
