export { normaliseTerm, termSleutel, termWoorden } from './normalise-term';
export { decompound } from './decompound';
export { herkenTerm, synoniemen, beroepsgroep } from './synoniemen';
export type { TermHerkenning } from './synoniemen';
export {
  BEROEP_SYNONIEMGROEPEN,
  VAARDIGHEID_SYNONIEMGROEPEN,
  BEROEPSGROEPEN,
  SAMENSTELLINGSDELEN,
  RUISWOORDEN,
} from './vocabulaire';
export type { Beroepsgroep, BeroepsgroepInfo, SynoniemGroep, SynoniemSoort } from './vocabulaire';
