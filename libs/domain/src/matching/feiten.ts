import { afstandKm } from '../geo';
import { Beroepsgroep, herkenTerm, TermHerkenning } from '../vocabulary';
import { dagnummer } from './dagen';
import type {
  Doelgroep,
  Instrument,
  MatchContext,
  MatchFactor,
  MatchKandidaat,
  MatchVacature,
  MatchWerkgever,
  ReactieReden,
  SbiSectie,
} from './types';
import type { MatchWeights } from './weights';

/** What the engine derives once per candidate: recognised wishes and skills. */
export interface KandidaatFeiten {
  readonly wensen: readonly TermHerkenning[];
  /** distinct beroepsgroepen of the wishes, in wish order */
  readonly beroepsgroepen: readonly Beroepsgroep[];
  readonly skills: readonly TermHerkenning[];
}

export interface Versterking {
  readonly multiplier: number;
  readonly reden: ReactieReden;
}

interface DoelFeitenBasis {
  /** subject of the Dutch sentences: "Vacature staat open voor …" */
  readonly onderwerp: 'Vacature' | 'Werkgever';
  readonly werkgever?: MatchWerkgever;
  readonly sector?: SbiSectie;
  readonly instrumenten: readonly Instrument[];
  readonly doelgroepen: readonly Doelgroep[];
  readonly versterking: Readonly<Partial<Record<MatchFactor, Versterking>>>;
  readonly peildag: number;
}

/** What the engine derives once per vacancy. */
export interface VacatureFeiten extends DoelFeitenBasis {
  readonly soort: 'VACATURE';
  readonly vacature: MatchVacature;
  readonly beroep: TermHerkenning;
  readonly required: readonly TermHerkenning[];
  readonly preferred: readonly TermHerkenning[];
  /** start date as a day number; the peildatum when the vacancy starts per direct */
  readonly startDag: number;
}

/** What the engine derives once per employer matched without a vacancy. */
export interface WerkgeverFeiten extends DoelFeitenBasis {
  readonly soort: 'WERKGEVER';
  readonly werkgever: MatchWerkgever;
}

export type DoelFeiten = VacatureFeiten | WerkgeverFeiten;

/** One candidate against one target: the distance, and the candidate's facts derived on first use. */
export interface Paar<D extends DoelFeiten = DoelFeiten> {
  readonly kandidaat: MatchKandidaat;
  readonly doel: D;
  /** to the vacancy, or to the employer's nearest vestiging; Infinity when the employer has none */
  readonly afstandKm: number;
  /** place of that vestiging */
  readonly plaats: string;
  kf?: KandidaatFeiten;
}

export function kandidaatFeiten(k: MatchKandidaat): KandidaatFeiten {
  const wensen = k.beroepswensen.map(herkenTerm);
  const beroepsgroepen: Beroepsgroep[] = [];
  for (const { beroepsgroep } of wensen) {
    if (beroepsgroep !== undefined && !beroepsgroepen.includes(beroepsgroep)) beroepsgroepen.push(beroepsgroep);
  }
  return { wensen, beroepsgroepen, skills: k.skills.map(herkenTerm) };
}

/** The candidate's facts of a pair, derived once (only pairs that pass the hard constraints need them). */
export function feitenVan(p: Paar): KandidaatFeiten {
  return (p.kf ??= kandidaatFeiten(p.kandidaat));
}

export function vacatureFeiten(v: MatchVacature, ctx: MatchContext, w: MatchWeights): VacatureFeiten {
  const werkgever = ctx.werkgevers?.get(v.werkgeverId);
  const peildag = dagnummer(ctx.peildatum);
  return {
    soort: 'VACATURE',
    onderwerp: 'Vacature',
    vacature: v,
    werkgever,
    sector: v.sector ?? werkgever?.sector,
    instrumenten: vereniging(v.instrumenten, werkgever?.acceptedInstrumenten),
    doelgroepen: vereniging(v.doelgroepen, werkgever?.openDoelgroepen),
    versterking: werkgever ? versterkingVan(werkgever, w) : {},
    peildag,
    beroep: besteHerkenning(herkenTerm(v.occupation), herkenTerm(v.title)),
    required: v.requiredSkills.map(herkenTerm),
    preferred: v.preferredSkills.map(herkenTerm),
    startDag: v.startDatum ? dagnummer(v.startDatum) : peildag,
  };
}

export function werkgeverFeiten(wg: MatchWerkgever, ctx: MatchContext, w: MatchWeights): WerkgeverFeiten {
  return {
    soort: 'WERKGEVER',
    onderwerp: 'Werkgever',
    werkgever: wg,
    sector: wg.sector,
    instrumenten: wg.acceptedInstrumenten,
    doelgroepen: wg.openDoelgroepen,
    versterking: versterkingVan(wg, w),
    peildag: dagnummer(ctx.peildatum),
  };
}

export function vacaturePaar(k: MatchKandidaat, d: VacatureFeiten, kf?: KandidaatFeiten): Paar<VacatureFeiten> {
  const v = d.vacature;
  return { kandidaat: k, doel: d, afstandKm: afstandKm(k.lat, k.lon, v.lat, v.lon), plaats: v.plaats, kf };
}

export function werkgeverPaar(k: MatchKandidaat, d: WerkgeverFeiten, kf?: KandidaatFeiten): Paar<WerkgeverFeiten> {
  let beste = Infinity;
  let plaats = '';
  for (const vestiging of d.werkgever.vestigingen) {
    const km = afstandKm(k.lat, k.lon, vestiging.lat, vestiging.lon);
    if (km < beste) {
      beste = km;
      plaats = vestiging.plaats;
    }
  }
  return { kandidaat: k, doel: d, afstandKm: beste, plaats, kf };
}

/** Factors that weigh more because this employer declined earlier proposals for the matching reason. */
function versterkingVan(wg: MatchWerkgever, w: MatchWeights): Partial<Record<MatchFactor, Versterking>> {
  const uit: Partial<Record<MatchFactor, Versterking>> = {};
  for (const { reden } of wg.history.reacties) {
    const regel = w.reactieVersterking[reden];
    if (regel && regel.multiplier > (uit[regel.factor]?.multiplier ?? 1)) {
      uit[regel.factor] = { multiplier: regel.multiplier, reden };
    }
  }
  return uit;
}

/** The occupation field unless the title is recognised better (a synonym group beats a beroepsgroep hint). */
function besteHerkenning(occupation: TermHerkenning, title: TermHerkenning): TermHerkenning {
  if (occupation.groep || (!title.groep && (occupation.beroepsgroep || !title.beroepsgroep))) return occupation;
  return title;
}

function vereniging<T>(a: readonly T[], b: readonly T[] | undefined): readonly T[] {
  if (!b?.length) return a;
  if (!a.length) return b;
  return [...new Set([...a, ...b])];
}
