/** Word lists for the werkgevers/vacatures seed (03-werkgevers.ts). */
import { TenantKey } from './01-tenants';

/** Places per gemeente, looked up in the postcode table (PC4 range keeps e.g. Buren in Gelderland, not on Ameland). */
export const PLAATSEN: Record<TenantKey, { pc4: [string, string]; gemeenten: Record<string, string[]> }> = {
  rivierenland: {
    pc4: ['4000', '6999'],
    gemeenten: {
      Tiel: ['Tiel'],
      Culemborg: ['Culemborg'],
      Zaltbommel: ['Zaltbommel', 'Brakel', 'Rossum'],
      'West Betuwe': ['Geldermalsen', 'Beesd', 'Heukelum', 'Asperen', 'Waardenburg', 'Haaften'],
      Buren: ['Buren', 'Maurik', 'Lienden'],
      'Neder-Betuwe': ['Kesteren', 'Opheusden', 'Dodewaard', 'Ochten', 'Echteld'],
      'West Maas en Waal': ['Beneden-Leeuwen', 'Wamel'],
      Maasdriel: ['Kerkdriel', 'Ammerzoden', 'Hedel'],
    },
  },
  drentscheAa: {
    pc4: ['9000', '9999'],
    gemeenten: {
      Assen: ['Assen'],
      'Aa en Hunze': ['Gieten', 'Rolde', 'Annen', 'Gasselte'],
      Tynaarlo: ['Eelde', 'Vries', 'Zuidlaren', 'Paterswolde'],
    },
  },
};

export const REGIONAAL: Record<TenantKey, string[]> = {
  rivierenland: ['Betuwse', 'Rivierenland', 'Bommelerwaard', 'Linge', 'Waal', 'Maas en Waal', 'Lingewaard', 'Betuwe'],
  drentscheAa: ['Drentse', 'Hondsrug', 'Drentsche Aa', 'Noord-Drenthe', 'Esdorp', 'Brinkdorp'],
};

export const ACHTERNAMEN = [
  'Van Dijk', 'De Jong', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Mulder', 'De Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
  'Van Leeuwen', 'Dekker', 'Brouwer', 'De Wit', 'Dijkstra', 'Smits', 'De Graaf', 'Van der Meer', 'Van den Berg', 'Kok',
  'Verhoeven', 'Van Wijk', 'Schouten', 'Hoekstra', 'Post', 'Kuipers', 'Van Beek', 'Willems', 'Van Rossum', 'Van Zanten',
  'Zuidema', 'Wieringa', 'Huisman', 'Lubbers', 'Van Kesteren', 'Den Hartog', 'Van Mourik', 'Van Tuijl', 'Verbeek', 'Brink',
];

export const VOORNAMEN = [
  'Jan', 'Petra', 'Mohamed', 'Sanne', 'Kees', 'Anouk', 'Ahmet', 'Linda', 'Gert', 'Esther', 'Dirk', 'Fatma', 'Erik', 'Marieke',
  'Bart', 'Yvonne', 'Hans', 'Ilse', 'Rik', 'Monique', 'Tom', 'Natasha', 'Wim', 'Karin', 'Said', 'Joyce', 'Henk', 'Nicole',
];

export const STRATEN = [
  'Industrieweg', 'Kellenseweg', 'Stationsweg', 'Dorpsstraat', 'Hoofdstraat', 'Nijverheidsweg', 'Ambachtsweg', 'Kerkstraat',
  'Spoorstraat', 'Handelsweg', 'De Stenen Brug', 'Bedrijvenpark', 'Molenweg', 'Havenweg', 'Transportweg', 'Marktplein',
  'Laan van Westroijen', 'Dijkstraat', 'Parallelweg', 'Energieweg',
];

export interface SectorSjabloon {
  sector: string;
  gewicht: number;
  namen: string[];
  sbi: string[];
  beroepsgroepen: string[];
  uitzendbureau?: boolean;
}

/** {n} = family name, {r} = regional word, {p} = place. SBI codes are real ones of the section. */
export const SECTOREN: SectorSjabloon[] = [
  { sector: 'A', gewicht: 8, namen: ['Fruitteeltbedrijf {n}', 'Kwekerij {r}', 'Boomkwekerij {n}', 'Fruitbedrijf De {r} Boomgaard'], sbi: ['0124', '0130', '0119'], beroepsgroepen: ['groen'] },
  { sector: 'C', gewicht: 14, namen: ['{n} Metaalbewerking', '{r} Verpakkingen', 'Bakkerij {n}', '{n} Kunststoffen', 'Conservenfabriek {r}', '{n} Machinebouw'], sbi: ['2562', '1721', '1071', '2229', '1039', '2829'], beroepsgroepen: ['productie', 'logistiek', 'techniek'] },
  { sector: 'F', gewicht: 8, namen: ['Bouwbedrijf {n}', '{n} Installatietechniek', 'Aannemersbedrijf {n}', 'Schildersbedrijf {n}'], sbi: ['4120', '4322', '4399', '4334'], beroepsgroepen: ['bouw', 'techniek'] },
  { sector: 'G', gewicht: 14, namen: ['Supermarkt {n}', '{n} Groothandel', 'Tuincentrum {r}', 'Autobedrijf {n}', 'Bouwmarkt {p}', 'Kringloopwinkel {p}'], sbi: ['4711', '4690', '4776', '4511', '4752', '4779'], beroepsgroepen: ['detailhandel', 'logistiek'] },
  { sector: 'H', gewicht: 14, namen: ['Transportbedrijf {n}', '{r} Logistiek', 'Distributiecentrum {p}', 'Koeriersdienst {n}'], sbi: ['4941', '5210', '5229', '5320'], beroepsgroepen: ['logistiek', 'transport'] },
  { sector: 'I', gewicht: 9, namen: ['Restaurant De {r}', 'Hotel {p}', 'Eetcafé {n}', 'Cateringbedrijf {n}'], sbi: ['5610', '5510', '5630', '5629'], beroepsgroepen: ['horeca'] },
  { sector: 'N', gewicht: 12, namen: ['Schoonmaakbedrijf {n}', '{r} Facilitair', 'Hoveniersbedrijf {n}', '{n} Beveiliging'], sbi: ['8121', '8110', '8130', '8010'], beroepsgroepen: ['schoonmaak', 'facilitair', 'groen'] },
  { sector: 'N', gewicht: 5, namen: ['{r} Uitzendbureau', 'Flexwerk {r}', '{n} Personeelsdiensten'], sbi: ['7820'], beroepsgroepen: [], uitzendbureau: true },
  { sector: 'Q', gewicht: 9, namen: ['Zorggroep {r}', 'Thuiszorg {r}', 'Woonzorgcentrum {n}', 'Kinderopvang {p}'], sbi: ['8710', '8810', '8730', '8891'], beroepsgroepen: ['zorg', 'facilitair'] },
  { sector: 'E', gewicht: 3, namen: ['{r} Afvalverwerking', 'Recyclingbedrijf {n}'], sbi: ['3811', '3832'], beroepsgroepen: ['facilitair'] },
  { sector: 'S', gewicht: 2, namen: ['Wasserij {r}', 'Linnenservice {n}'], sbi: ['9601'], beroepsgroepen: ['facilitair'] },
  { sector: 'R', gewicht: 2, namen: ['Sportcentrum {p}', 'Recreatiepark {r}'], sbi: ['9311', '9329'], beroepsgroepen: ['facilitair', 'horeca'] },
  { sector: 'M', gewicht: 2, namen: ['Administratiekantoor {n}', 'Adviesbureau {n}'], sbi: ['6920', '7022'], beroepsgroepen: ['administratie'] },
];

export const FUNCTIES = ['Directeur', 'HR-adviseur', 'Bedrijfsleider', 'Teamleider', 'Eigenaar', 'Office manager', 'Vestigingsmanager', 'P&O-medewerker'];

export const ONDERWERPEN = [
  'Kennismaking en rondleiding', 'Vacature besproken', 'Informatie over loonkostensubsidie', 'Evaluatie plaatsing',
  'Uitnodiging speeddate', 'SROI-verplichting besproken', 'Mogelijkheden functiecreatie', 'Aanbodskrant toegelicht',
  'Nazorg jobcoaching', 'PSO-certificering besproken', 'Groepsplaatsing verkend', 'Terugkoppeling voorstel kandidaat',
];

export const VERSLAGEN = [
  'Goed gesprek; werkgever staat open voor kandidaten uit de doelgroep.',
  'Werkgever wil eerst een proefplaatsing van twee maanden.',
  'Afgesproken dat we binnen twee weken een kandidaat voorstellen.',
  'Vragen over de no-riskpolis beantwoord; informatie nagestuurd per e-mail.',
  'Werkplek bekeken: geschikt voor iemand met beperkte belastbaarheid.',
  'Werkgever heeft nu geen ruimte, opnieuw contact over drie maanden.',
];

/** Fallback when libs/domain/src/vocabulary/beroepen.json is absent: [title, beroepsgroep]. */
export const BEROEPEN_RESERVE: [string, string][] = [
  ['magazijnmedewerker', 'logistiek'], ['orderpicker', 'logistiek'], ['heftruckchauffeur', 'logistiek'], ['inpakker', 'logistiek'],
  ['productiemedewerker', 'productie'], ['machineoperator', 'productie'], ['schoonmaker', 'schoonmaak'],
  ['medewerker groenvoorziening', 'groen'], ['hovenier', 'groen'], ['kassamedewerker', 'detailhandel'],
  ['vakkenvuller', 'detailhandel'], ['keukenhulp', 'horeca'], ['afwasser', 'horeca'], ['huishoudelijke hulp', 'zorg'],
  ['bouwplaatsmedewerker', 'bouw'], ['chauffeur', 'transport'], ['postbezorger', 'transport'], ['receptionist', 'administratie'],
  ['facilitair medewerker', 'facilitair'], ['wasserijmedewerker', 'facilitair'],
];

export const TAKEN: Record<string, string[]> = {
  logistiek: ['orders verzamelen met een handscanner', 'goederen ontvangen en controleren', 'pallets inpakken en wikkelen', 'vrachtwagens laden en lossen'],
  productie: ['de productielijn bijvullen', 'producten controleren op kwaliteit', 'machines instellen en schoonmaken', 'producten verpakken'],
  schoonmaak: ['kantoren en sanitair schoonmaken', 'vloeren dweilen en stofzuigen', 'afval scheiden en afvoeren'],
  groen: ['plantsoenen onderhouden', 'gras maaien en snoeien', 'oogsten en sorteren', 'kassen schoonhouden'],
  horeca: ['afwassen en de keuken schoonhouden', 'gasten bedienen', 'groenten snijden en voorbereiden'],
  zorg: ['bewoners helpen bij dagelijkse activiteiten', 'maaltijden rondbrengen', 'huishoudelijk werk doen'],
  detailhandel: ['schappen vullen', 'klanten helpen', 'afrekenen aan de kassa', 'het magazijn bijhouden'],
  bouw: ['materiaal klaarzetten', 'de bouwplaats opruimen', 'meehelpen met grondwerk'],
  techniek: ['onderhoud aan machines', 'storingen verhelpen', 'onderdelen monteren'],
  transport: ['pakketten bezorgen', 'de route rijden', 'het voertuig controleren'],
  administratie: ['post sorteren', 'gegevens invoeren', 'de telefoon aannemen'],
  facilitair: ['vergaderruimtes klaarzetten', 'linnengoed sorteren en vouwen', 'toezicht houden'],
};

export const ZACHTE_VAARDIGHEDEN = ['samenwerken', 'nauwkeurig werken', 'klantvriendelijk', 'zelfstandig werken', 'flexibel', 'fysiek werk', 'op tijd komen'];

export const ZINNEN = [
  'Je werkt in een klein team met vaste collega\'s.',
  'Een jobcoach begeleidt je de eerste maanden.',
  'Ervaring is niet nodig: we leren je het vak.',
  'De werkplek is goed bereikbaar met de fiets.',
  'Je krijgt een contract voor een jaar met uitzicht op meer.',
  'We passen de werkplek aan waar dat nodig is.',
  'Werken in dagdienst, geen weekenden.',
];
