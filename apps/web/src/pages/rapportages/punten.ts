/**
 * Pure: API data → the points of the report charts, and the default period. Tested in punten.test.ts.
 */
import type { DuurzaamheidRegel } from '../../api/rapportages';
import type { SroiRapportage, SroiRapportageRegel } from '../../api/sroi';
import type { VoorstelStatus } from '../../api/types';

/** The stages of the funnel, in the order a voorstel passes them; the two closing stages are counted apart. */
export const TRECHTER_FASEN = [
  'VOORGESTELD',
  'BEKEKEN',
  'INTERESSE',
  'KENNISMAKING',
  'PROEFPLAATSING',
  'GEPLAATST',
] as const;

export interface Trechter {
  fasen: { fase: VoorstelStatus; aantal: number }[];
  afgewezen: number;
  ingetrokken: number;
  /** Still running: in a stage before GEPLAATST. */
  lopend: number;
  totaal: number;
}

/** Counts per stage (as the pipeline or the voorstellen counts give them) → the funnel; a missing stage is 0. */
export function trechter(tellingen: readonly { fase: VoorstelStatus; aantal: number }[]): Trechter {
  const aantal = (fase: VoorstelStatus) => tellingen.find((t) => t.fase === fase)?.aantal ?? 0;
  const fasen = TRECHTER_FASEN.map((fase) => ({ fase, aantal: aantal(fase) }));
  const lopend = fasen.filter((f) => f.fase !== 'GEPLAATST').reduce((som, f) => som + f.aantal, 0);
  const afgewezen = aantal('AFGEWEZEN');
  const ingetrokken = aantal('INGETROKKEN');
  return { fasen, afgewezen, ingetrokken, lopend, totaal: lopend + aantal('GEPLAATST') + afgewezen + ingetrokken };
}

/** A share in whole percents (0 when there is nothing to share). */
export function procent(deel: number, geheel: number): number {
  return geheel > 0 ? Math.round((deel / geheel) * 100) : 0;
}

const MAAND_KORT = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });
const MAAND_LANG = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface MaandPunt {
  /** For the axis: "jan '26". */
  label: string;
  /** For the table: "januari 2026". */
  maand: string;
  waarde: number;
}

/** "2026-01" + count → a column of the placements chart. */
export function maandPunten(maanden: readonly { maand: string; geplaatst: number }[]): MaandPunt[] {
  return maanden.map(({ maand, geplaatst }) => {
    const datum = new Date(`${maand}-01T00:00:00Z`);
    return {
      label: `${MAAND_KORT.format(datum).replace('.', '')} '${maand.slice(2, 4)}`,
      maand: MAAND_LANG.format(datum),
      waarde: geplaatst,
    };
  });
}

/** The month with the most placements (the first of equals), or null when there were none. */
export function drukste(punten: readonly MaandPunt[]): MaandPunt | null {
  return punten.reduce<MaandPunt | null>((top, p) => (p.waarde > 0 && (!top || p.waarde > top.waarde) ? p : top), null);
}

export interface Meetpunt {
  maanden: 6 | 12;
  gemeten: number;
  aanHetWerk: number;
  /** % of those measured; null while nobody was measured. */
  percentage: number | null;
}

/** The two duurzaamheid checkpoints of a report line. */
export function meetpunten(regel: DuurzaamheidRegel): Meetpunt[] {
  return [
    {
      maanden: 6,
      gemeten: regel.zesMaandenGemeten,
      aanHetWerk: regel.zesMaandenAanHetWerk,
      percentage: regel.percentageZesMaanden,
    },
    {
      maanden: 12,
      gemeten: regel.twaalfMaandenGemeten,
      aanHetWerk: regel.twaalfMaandenAanHetWerk,
      percentage: regel.percentageTwaalfMaanden,
    },
  ];
}

/** An obligation's progress as a number for a bar (the API gives "29.63" or null before anything counts). */
export function sroiVoortgang(regel: Pick<SroiRapportageRegel, 'voortgangPct'>): number {
  const pct = Number(regel.voortgangPct ?? 0);
  return Number.isFinite(pct) ? pct : 0;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last twelve months including this one: from the 1st of the month 11 months back up to today. */
export function standaardPeriode(vandaag: Date): { van: string; tot: string } {
  const van = new Date(Date.UTC(vandaag.getUTCFullYear(), vandaag.getUTCMonth() - 11, 1));
  return { van: iso(van), tot: iso(vandaag) };
}

export interface SroiGemeentePunt {
  gemeente: string;
  aantal: number;
  verplichting: string;
  gehaald: string;
  achter: number;
  /** Realised up to the end of the period as % of the obligations together. */
  voortgang: number;
}

/** One line per gemeente with SROI obligations in the period (gemeenten without any are left out). */
export function sroiPerGemeente(rapporten: readonly SroiRapportage[]): SroiGemeentePunt[] {
  return rapporten
    .filter((rapport) => rapport.totaal.aantal > 0)
    .map(({ gemeente, totaal }) => {
      const verplichting = Number(totaal.verplichting);
      return {
        gemeente,
        aantal: totaal.aantal,
        verplichting: totaal.verplichting,
        gehaald: totaal.gerealiseerdTotEinde,
        achter: totaal.achter,
        voortgang: verplichting > 0 ? Math.round((Number(totaal.gerealiseerdTotEinde) / verplichting) * 1000) / 10 : 0,
      };
    });
}
