import bestand from './beroepen.json';
import { normaliseTerm, termSleutel } from './normalise-term';

/** A beroepsgroep key of the taxonomy, e.g. `logistiek`, `groen`, `transport`. */
export type Beroepsgroep = string;

export type SynoniemSoort = 'BEROEP' | 'VAARDIGHEID';

/** One group of terms that mean the same job title or skill; the first term is the canonical one. */
export interface SynoniemGroep {
  readonly id: string;
  readonly soort: SynoniemSoort;
  readonly beroepsgroep: Beroepsgroep | null;
  readonly termen: readonly string[];
}

export interface BeroepsgroepInfo {
  readonly label: string;
  /** canonical term of every beroep synonym group in this beroepsgroep */
  readonly beroepen: readonly string[];
}

interface RuweGroep {
  id: string;
  beroepsgroep: string | null;
  termen: string[];
}

interface VocabulaireBestand {
  beroepsgroepen: Record<string, string>;
  beroepen: RuweGroep[];
  vaardigheden: RuweGroep[];
  samenstellingsdelen: Record<string, string | null>;
  ruiswoorden: string[];
}

const ruw = bestand as VocabulaireBestand;

const metSoort = (groepen: RuweGroep[], soort: SynoniemSoort): readonly SynoniemGroep[] =>
  Object.freeze(
    groepen.map((g) =>
      Object.freeze({ id: g.id, soort, beroepsgroep: g.beroepsgroep, termen: Object.freeze([...g.termen]) }),
    ),
  );

/** Job-title synonym groups (raw, for search-engine synonym settings). */
export const BEROEP_SYNONIEMGROEPEN: readonly SynoniemGroep[] = metSoort(ruw.beroepen, 'BEROEP');

/** Skill/certificate synonym groups (raw, for search-engine synonym settings). */
export const VAARDIGHEID_SYNONIEMGROEPEN: readonly SynoniemGroep[] = metSoort(ruw.vaardigheden, 'VAARDIGHEID');

/** The occupation taxonomy: beroepsgroep → label and the canonical beroepen in it. */
export const BEROEPSGROEPEN: Readonly<Record<Beroepsgroep, BeroepsgroepInfo>> = Object.freeze(
  Object.fromEntries(
    Object.entries(ruw.beroepsgroepen).map(([groep, label]) => [
      groep,
      Object.freeze({
        label,
        beroepen: Object.freeze(BEROEP_SYNONIEMGROEPEN.filter((g) => g.beroepsgroep === groep).map((g) => g.termen[0])),
      }),
    ]),
  ),
);

/** Known Dutch compound parts (heads and modifiers) with the beroepsgroep they hint at, if any. */
export const SAMENSTELLINGSDELEN: Readonly<Record<string, Beroepsgroep | null>> = Object.freeze({
  ...ruw.samenstellingsdelen,
});

/** Whether a string is a known compound part (own keys only: "constructor" is not one). */
export function isSamenstellingsdeel(deel: string): boolean {
  return Object.hasOwn(SAMENSTELLINGSDELEN, deel);
}

/** The beroepsgroep a known compound part hints at, if any. */
export function deelHint(deel: string): Beroepsgroep | undefined {
  return isSamenstellingsdeel(deel) ? (SAMENSTELLINGSDELEN[deel] ?? undefined) : undefined;
}

/** Words that carry no occupation meaning in a vacancy title ("m/v", "parttime", "senior", …). */
export const RUISWOORDEN: ReadonlySet<string> = new Set(ruw.ruiswoorden);

/** Lookup key (see `termSleutel`) → synonym group. Built once from the data file. */
export const GROEP_PER_SLEUTEL: ReadonlyMap<string, SynoniemGroep> = new Map(
  [...BEROEP_SYNONIEMGROEPEN, ...VAARDIGHEID_SYNONIEMGROEPEN].flatMap((g) =>
    g.termen.map((t) => [termSleutel(t), g] as const),
  ),
);

/** Single-word job titles, longest first: used to recognise "nachtorderpicker" by its tail. */
export const ENKELWOORD_BEROEPEN: readonly string[] = [
  ...new Set(BEROEP_SYNONIEMGROEPEN.flatMap((g) => g.termen.map(normaliseTerm)).filter((t) => /^[a-z]+$/.test(t))),
].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
