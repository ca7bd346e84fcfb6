export type {
  Doelgroep,
  Instrument,
  IsoDatum,
  MatchContext,
  MatchDoel,
  MatchFactor,
  MatchFactorUitleg,
  MatchKandidaat,
  MatchResultaat,
  MatchUitsluiting,
  MatchVacature,
  MatchVestiging,
  MatchWerkgever,
  ReactieReden,
  SbiSectie,
  TaalNiveau,
  UitsluitReden,
  Vervoer,
  WerkgeverFactor,
  WerkgeverHistorie,
  WerkgeverReactie,
} from './types';
export { TAALNIVEAUS } from './types';
export type { MatchWeights, ReactieVersterking } from './weights';
export { DEFAULT_MATCH_WEIGHTS } from './weights';
export { scoreDoel, scoreVacature, scoreWerkgever } from './score';
export { rank, rankKandidaten } from './rank';
export type { RankOpties, RankTreffer } from './rank';
export { DOELGROEP_LABELS, INSTRUMENT_LABELS, REACTIE_LABELS, SBI_SECTIES } from './labels';
export type { OvergangsOordeel, PipelineFase } from './pipeline';
export { beoordeelOvergang, dagenInFase, EIND_FASEN, isOpenFase, isPipelineFase, OPEN_FASEN, PIPELINE_FASEN, volgendeFasen } from './pipeline';
