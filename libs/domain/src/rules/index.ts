/** Public API of the pure rules of RULES.md: LKS, SROI, PSO, calculatietool, parameter sets, money. */

// money: exact decimals, cent rounding half away from zero, API formatting
export {
  Dec,
  formatEuro,
  formatFixed,
  formatPercentage,
  parseEuro,
  roundCents,
  roundHalfAwayFromZero,
  toDecimal,
} from './money';
export type { DecimalInput, EuroString } from './money';
export { addDays, addMonths, isIsoDate, vandaag } from './dates';
export type { IsoDate } from './dates';

// parameter sets
export { selectParameterSet } from './parameters';
export type {
  CalculatieParameters,
  DecimalString,
  JeugdWmlRegel,
  LksParameters,
  MaandTelling,
  ParameterSet,
  PsoContractType,
  PsoNormRegel,
  PsoParameters,
  PsoUitgangspositie,
  SroiBonus,
  SroiBouwblok,
  SroiParameters,
  SroiWaardering,
  WithId,
} from './parameters';
export { parseParameterSet } from './parameter-set.parse';
export { SEED_PARAMETER_SETS, UTRECHT_MODEL_2026, WERKZAAK_RIVIERENLAND_2026 } from './parameter-sets';

// §1 LKS
export { berekenLks, loonkostensubsidie, wmlUurVoorLeeftijd } from './lks';
export type { LksExact, LksInput, LksResultaat, LksVoorlopigInput } from './lks';

// §2 SROI
export { sroiAandeel, sroiRealisatie, sroiVerplichting, sroiVoortgang } from './sroi';
export type {
  SroiContract,
  SroiInkoopInzet,
  SroiInzet,
  SroiInzetResultaat,
  SroiPlaatsingInzet,
  SroiStatus,
  SroiVerplichting,
  SroiVoortgang,
  SroiVrijwilligerswerkInzet,
} from './sroi';
export { sroiPeriodeWaarde } from './sroi-inzet';
export type { SroiPlaatsingWaardeInput, SroiWaardeExact } from './sroi-inzet';
export { telMaanden } from './sroi-maanden';

// §3 PSO
export { psoBerekening, psoGapFte } from './pso';
export type { PsoGap, PsoInkoop, PsoInput, PsoMedewerker, PsoResultaat } from './pso';
export { psoNormenVoorOmvang, psoTrede } from './pso-normen';
export type { PsoNormenExact, PsoTrede } from './pso-normen';

// §4 calculatietool
export { calculatie } from './calculatie';
export type {
  CalculatieInput,
  CalculatieMedewerker,
  CalculatieMedewerkerResultaat,
  CalculatieResultaat,
} from './calculatie';
export { pasVariatieToe, whatIf } from './calculatie-what-if';
export type { CalculatieVariant, CalculatieVariatie, WhatIfResultaat } from './calculatie-what-if';
