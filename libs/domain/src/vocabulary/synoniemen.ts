import { decompound } from './decompound';
import { normaliseTerm, termSleutel, termWoorden } from './normalise-term';
import {
  Beroepsgroep,
  ENKELWOORD_BEROEPEN,
  GROEP_PER_SLEUTEL,
  RUISWOORDEN,
  deelHint,
  SynoniemGroep,
} from './vocabulaire';

/** What the vocabulary knows about a free-text job title or skill. */
export interface TermHerkenning {
  /** lookup key of the term as given (see `termSleutel`): equal keys are the same term */
  readonly sleutel: string;
  /** the synonym group the term belongs to, if recognised */
  readonly groep?: SynoniemGroep;
  /** the beroepsgroep: the group's, or one hinted by a known compound part */
  readonly beroepsgroep?: Beroepsgroep;
}

const MAX_NGRAM = 4;
const MIN_STAART = 5;
const MIN_KOP = 3;
const CACHE_LIMIET = 50_000;

const cache = new Map<string, TermHerkenning>();

/**
 * Recognises a job title or skill, as typed in a profile or a vacancy title:
 * 1. the whole term is a known synonym ("Heftruck-chauffeur" → heftruckchauffeur);
 * 2. the same without noise words ("Orderpicker (m/v) parttime 24 uur");
 * 3. the longest known phrase inside it ("medewerker groen en onderhoud"), also in plural ("chauffeurs");
 * 4. a known single-word title as the tail of a word ("nachtorderpicker");
 * 5. otherwise only a beroepsgroep hinted by a known compound part, head first ("bakkerijhulp").
 * Memoised (bounded), since the same few thousand titles come back for every ranking.
 */
export function herkenTerm(term: string): TermHerkenning {
  const bekend = cache.get(term);
  if (bekend) return bekend;
  const herkenning = herken(term);
  if (cache.size >= CACHE_LIMIET) cache.clear();
  cache.set(term, herkenning);
  return herkenning;
}

/** All terms of the term's synonym group (the term's own normal form when it is unknown). */
export function synoniemen(term: string): string[] {
  const { groep } = herkenTerm(term);
  return groep ? [...groep.termen] : [normaliseTerm(term)].filter((t) => t.length > 0);
}

/** The beroepsgroep (taxonomy key) of a job title or skill, or undefined when unknown. */
export function beroepsgroep(term: string): Beroepsgroep | undefined {
  return herkenTerm(term).beroepsgroep;
}

function herken(term: string): TermHerkenning {
  const sleutel = termSleutel(term);
  const metGroep = (groep: SynoniemGroep): TermHerkenning => ({
    sleutel,
    groep,
    ...(groep.beroepsgroep ? { beroepsgroep: groep.beroepsgroep } : {}),
  });

  const direct = GROEP_PER_SLEUTEL.get(sleutel);
  if (direct) return metGroep(direct);

  const woorden = termWoorden(term).filter((w) => !RUISWOORDEN.has(w) && !/^\d+$/.test(w));
  const frase = zoekFrase(woorden);
  if (frase) return metGroep(frase);

  for (let i = woorden.length - 1; i >= 0; i--) {
    const staart = zoekStaart(woorden[i]);
    if (staart) return metGroep(staart);
  }

  const hint = groepUitDelen(woorden);
  return hint ? { sleutel, beroepsgroep: hint } : { sleutel };
}

/** Plural -s ("chauffeurs", "schoonmakers"): the common plural of job titles. */
const enkelvoud = (sleutel: string): string =>
  sleutel.length > 4 && sleutel.endsWith('s') ? sleutel.slice(0, -1) : sleutel;

/** Longest run of consecutive words that is a known term; leftmost first among equals. */
function zoekFrase(woorden: readonly string[]): SynoniemGroep | undefined {
  for (let lengte = Math.min(MAX_NGRAM, woorden.length); lengte >= 1; lengte--) {
    for (let start = 0; start + lengte <= woorden.length; start++) {
      const sleutel = woorden.slice(start, start + lengte).join('');
      const groep = GROEP_PER_SLEUTEL.get(sleutel) ?? GROEP_PER_SLEUTEL.get(enkelvoud(sleutel));
      if (groep) return groep;
    }
  }
  return undefined;
}

function zoekStaart(woord: string): SynoniemGroep | undefined {
  const staart = ENKELWOORD_BEROEPEN.find(
    (t) => t.length >= MIN_STAART && woord.length - t.length >= MIN_KOP && woord.endsWith(t),
  );
  return staart === undefined ? undefined : GROEP_PER_SLEUTEL.get(staart);
}

/** Beroepsgroep hinted by compound parts: the head (last part) of the last word counts first. */
function groepUitDelen(woorden: readonly string[]): Beroepsgroep | undefined {
  for (let i = woorden.length - 1; i >= 0; i--) {
    const delen = decompound(woorden[i]);
    for (let j = delen.length - 1; j >= 0; j--) {
      const hint = deelHint(delen[j]);
      if (hint) return hint;
    }
  }
  return undefined;
}
