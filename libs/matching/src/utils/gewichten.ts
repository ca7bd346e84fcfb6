import { AppError } from '@matchpunt/common';
import {
  DEFAULT_MATCH_WEIGHTS,
  MatchFactor,
  MatchWeights,
  ReactieReden,
  ReactieVersterking,
  WerkgeverFactor,
} from '@matchpunt/domain';

export const VACATURE_FACTOREN: readonly MatchFactor[] = Object.keys(
  DEFAULT_MATCH_WEIGHTS.vacatureFactoren,
) as MatchFactor[];
export const WERKGEVER_FACTOREN: readonly WerkgeverFactor[] = Object.keys(
  DEFAULT_MATCH_WEIGHTS.werkgeverFactoren,
) as WerkgeverFactor[];
export const REACTIE_REDENEN: readonly ReactieReden[] = [
  'TE_VER_WEG',
  'UREN_PASSEN_NIET',
  'GEEN_PLEK',
  'TAALNIVEAU',
  'VAARDIGHEDEN',
  'GEEN_INTERESSE',
];
const MAX_PUNTEN = 1000;

/** The weights flattened for GraphQL (one field per number, lists for the per-factor maps). */
export interface GewichtenVlak {
  vacatureFactoren: { factor: MatchFactor; maxPunten: number }[];
  werkgeverFactoren: { factor: WerkgeverFactor; maxPunten: number }[];
  onbekendFractie: number;
  beroepZelfdeBeroepsgroep: number;
  vaardighedenVerplichtGewicht: number;
  vaardighedenGewenstGewicht: number;
  vaardighedenZelfdeBeroepsgroep: number;
  afstandVolledigTotKm: number;
  urenTolerantieUren: number;
  beschikbaarheidGraceDagen: number;
  nederlandsAftrekPerNiveau: number;
  historiePlaatsingenVoorVol: number;
  historieAftrekPerGeenPlek: number;
  reactieVersterking: { reden: ReactieReden; factor: MatchFactor; multiplier: number }[];
}

export type GewichtenWijziging = Partial<GewichtenVlak>;

export function naarVlak(w: MatchWeights): GewichtenVlak {
  return {
    vacatureFactoren: VACATURE_FACTOREN.map((factor) => ({ factor, maxPunten: w.vacatureFactoren[factor] })),
    werkgeverFactoren: WERKGEVER_FACTOREN.map((factor) => ({ factor, maxPunten: w.werkgeverFactoren[factor] })),
    onbekendFractie: w.onbekendFractie,
    beroepZelfdeBeroepsgroep: w.beroep.zelfdeBeroepsgroep,
    vaardighedenVerplichtGewicht: w.vaardigheden.verplichtGewicht,
    vaardighedenGewenstGewicht: w.vaardigheden.gewenstGewicht,
    vaardighedenZelfdeBeroepsgroep: w.vaardigheden.zelfdeBeroepsgroep,
    afstandVolledigTotKm: w.afstand.volledigTotKm,
    urenTolerantieUren: w.uren.tolerantieUren,
    beschikbaarheidGraceDagen: w.beschikbaarheid.graceDagen,
    nederlandsAftrekPerNiveau: w.nederlands.aftrekPerNiveau,
    historiePlaatsingenVoorVol: w.historie.plaatsingenVoorVol,
    historieAftrekPerGeenPlek: w.historie.aftrekPerGeenPlek,
    reactieVersterking: REACTIE_REDENEN.filter((reden) => w.reactieVersterking[reden]).map((reden) => ({
      reden,
      ...w.reactieVersterking[reden]!,
    })),
  };
}

/**
 * Applies a change (only the given fields; a factor list changes only the listed factors; the versterking
 * list replaces all versterkingen) to `basis` and validates the result.
 */
export function wijzigGewichten(basis: MatchWeights, wijziging: GewichtenWijziging): MatchWeights {
  const vlak = naarVlak(basis);
  const metFactoren = <F extends string>(
    huidig: { factor: F; maxPunten: number }[],
    nieuw: { factor: F; maxPunten: number }[] | undefined,
    veld: string,
  ) => {
    if (!nieuw) return huidig;
    const gezien = new Set<string>();
    for (const { factor } of nieuw) {
      if (gezien.has(factor)) throw AppError.badInput(`${veld}: factor ${factor} staat er twee keer in.`, veld);
      gezien.add(factor);
    }
    return huidig
      .map((h) => nieuw.find((n) => n.factor === h.factor) ?? h)
      .concat(nieuw.filter((n) => !huidig.some((h) => h.factor === n.factor)));
  };
  const samen: GewichtenVlak = {
    ...vlak,
    ...Object.fromEntries(Object.entries(wijziging).filter(([, v]) => v !== undefined && v !== null)),
    vacatureFactoren: metFactoren(vlak.vacatureFactoren, wijziging.vacatureFactoren ?? undefined, 'vacatureFactoren'),
    werkgeverFactoren: metFactoren(
      vlak.werkgeverFactoren,
      wijziging.werkgeverFactoren ?? undefined,
      'werkgeverFactoren',
    ),
  };
  return valideerGewichten(vanVlak(samen));
}

function vanVlak(v: GewichtenVlak): unknown {
  return {
    vacatureFactoren: Object.fromEntries(v.vacatureFactoren.map((f) => [f.factor, f.maxPunten])),
    werkgeverFactoren: Object.fromEntries(v.werkgeverFactoren.map((f) => [f.factor, f.maxPunten])),
    onbekendFractie: v.onbekendFractie,
    beroep: { zelfdeBeroepsgroep: v.beroepZelfdeBeroepsgroep },
    vaardigheden: {
      verplichtGewicht: v.vaardighedenVerplichtGewicht,
      gewenstGewicht: v.vaardighedenGewenstGewicht,
      zelfdeBeroepsgroep: v.vaardighedenZelfdeBeroepsgroep,
    },
    afstand: { volledigTotKm: v.afstandVolledigTotKm },
    uren: { tolerantieUren: v.urenTolerantieUren },
    beschikbaarheid: { graceDagen: v.beschikbaarheidGraceDagen },
    nederlands: { aftrekPerNiveau: v.nederlandsAftrekPerNiveau },
    historie: { plaatsingenVoorVol: v.historiePlaatsingenVoorVol, aftrekPerGeenPlek: v.historieAftrekPerGeenPlek },
    reactieVersterking: versterkingen(v.reactieVersterking),
  };
}

function versterkingen(lijst: GewichtenVlak['reactieVersterking']): Record<string, ReactieVersterking> {
  const uit: Record<string, ReactieVersterking> = {};
  for (const { reden, factor, multiplier } of lijst) {
    if (uit[reden])
      throw AppError.badInput(`reactieVersterking: reden ${reden} staat er twee keer in.`, 'reactieVersterking');
    uit[reden] = { factor, multiplier };
  }
  return uit;
}

/**
 * Checks a complete weights object (as stored in match_config.weights) against MatchWeights: every key
 * present, every number finite and in range. Returns a frozen copy with exactly the known keys.
 */
export function valideerGewichten(invoer: unknown): MatchWeights {
  const w = object(invoer, 'gewichten');
  const factoren = <F extends string>(sleutel: string, namen: readonly F[]): Record<F, number> => {
    const bron = object(w[sleutel], sleutel);
    const onbekend = Object.keys(bron).find((k) => !namen.includes(k as F));
    if (onbekend) throw AppError.badInput(`${sleutel}: onbekende factor ${onbekend}.`, sleutel);
    const uit = Object.fromEntries(namen.map((f) => [f, getal(bron[f], `${sleutel}.${f}`, 0, MAX_PUNTEN)])) as Record<
      F,
      number
    >;
    if (!Object.values<number>(uit).some((p) => p > 0))
      throw AppError.badInput(`${sleutel}: ten minste één factor moet punten hebben.`, sleutel);
    return uit;
  };
  const deel = (sleutel: string) => object(w[sleutel], sleutel);
  const vaardigheden = deel('vaardigheden');
  const historie = deel('historie');
  const verplicht = getal(vaardigheden.verplichtGewicht, 'vaardighedenVerplichtGewicht', 0, 100);
  const gewenst = getal(vaardigheden.gewenstGewicht, 'vaardighedenGewenstGewicht', 0, 100);
  if (verplicht === 0 && gewenst === 0)
    throw AppError.badInput(
      'Vaardigheden: verplicht en gewenst kunnen niet allebei 0 zijn.',
      'vaardighedenVerplichtGewicht',
    );
  const versterkingBron = object(w.reactieVersterking, 'reactieVersterking');
  const reactieVersterking: Partial<Record<ReactieReden, ReactieVersterking>> = {};
  for (const [reden, waarde] of Object.entries(versterkingBron)) {
    if (!REACTIE_REDENEN.includes(reden as ReactieReden))
      throw AppError.badInput(`reactieVersterking: onbekende reden ${reden}.`, 'reactieVersterking');
    const regel = object(waarde, `reactieVersterking.${reden}`);
    if (!VACATURE_FACTOREN.includes(regel.factor as MatchFactor))
      throw AppError.badInput(`reactieVersterking.${reden}: onbekende factor.`, 'reactieVersterking');
    reactieVersterking[reden as ReactieReden] = Object.freeze({
      factor: regel.factor as MatchFactor,
      multiplier: getal(regel.multiplier, `reactieVersterking.${reden}.multiplier`, 1, 10),
    });
  }
  return Object.freeze({
    vacatureFactoren: Object.freeze(factoren('vacatureFactoren', VACATURE_FACTOREN)),
    werkgeverFactoren: Object.freeze(factoren('werkgeverFactoren', WERKGEVER_FACTOREN)),
    onbekendFractie: getal(w.onbekendFractie, 'onbekendFractie', 0, 1),
    beroep: Object.freeze({
      zelfdeBeroepsgroep: getal(deel('beroep').zelfdeBeroepsgroep, 'beroepZelfdeBeroepsgroep', 0, 1),
    }),
    vaardigheden: Object.freeze({
      verplichtGewicht: verplicht,
      gewenstGewicht: gewenst,
      zelfdeBeroepsgroep: getal(vaardigheden.zelfdeBeroepsgroep, 'vaardighedenZelfdeBeroepsgroep', 0, 1),
    }),
    afstand: Object.freeze({ volledigTotKm: getal(deel('afstand').volledigTotKm, 'afstandVolledigTotKm', 0, 200) }),
    uren: Object.freeze({ tolerantieUren: getal(deel('uren').tolerantieUren, 'urenTolerantieUren', 0.5, 60) }),
    beschikbaarheid: Object.freeze({
      graceDagen: geheel(deel('beschikbaarheid').graceDagen, 'beschikbaarheidGraceDagen', 0, 365),
    }),
    nederlands: Object.freeze({
      aftrekPerNiveau: getal(deel('nederlands').aftrekPerNiveau, 'nederlandsAftrekPerNiveau', 0, 1),
    }),
    historie: Object.freeze({
      plaatsingenVoorVol: getal(historie.plaatsingenVoorVol, 'historiePlaatsingenVoorVol', 0, 100),
      aftrekPerGeenPlek: getal(historie.aftrekPerGeenPlek, 'historieAftrekPerGeenPlek', 0, 1),
    }),
    reactieVersterking: Object.freeze(reactieVersterking),
  });
}

function object(waarde: unknown, veld: string): Record<string, unknown> {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde))
    throw AppError.badInput(`${veld}: ontbreekt of is geen object.`, veld);
  return waarde as Record<string, unknown>;
}

function getal(waarde: unknown, veld: string, min: number, max: number): number {
  if (typeof waarde !== 'number' || !Number.isFinite(waarde) || waarde < min || waarde > max) {
    throw AppError.badInput(`${veld}: moet een getal van ${min} tot en met ${max} zijn.`, veld);
  }
  return waarde;
}

function geheel(waarde: unknown, veld: string, min: number, max: number): number {
  const n = getal(waarde, veld, min, max);
  if (!Number.isInteger(n)) throw AppError.badInput(`${veld}: moet een geheel getal zijn.`, veld);
  return n;
}
