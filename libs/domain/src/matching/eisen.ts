import { dagnummer, taalIndex } from './dagen';
import { afstandTekst } from './factoren/afstand.factor';
import { dagenTeLaat } from './factoren/beschikbaarheid.factor';
import { taalZin } from './factoren/nederlands.factor';
import type { Paar, VacatureFeiten } from './feiten';
import { formatDag, formatKm } from './labels';
import type { HardeEis } from './regels';

/** The vacancy asks for a driving licence the candidate does not have. */
export const rijbewijsEis: HardeEis<Paar<VacatureFeiten>> = {
  reden: 'GEEN_RIJBEWIJS',
  geschonden: (p) => p.doel.vacature.rijbewijsVereist && !p.kandidaat.rijbewijs,
  zin: (p) => `Heeft geen rijbewijs; vacature vraagt rijbewijs ${p.doel.vacature.rijbewijsCategorie ?? 'B'}`,
};

/** Farther than the candidate will travel (for an employer: to its nearest vestiging). */
export const afstandEis: HardeEis<Paar> = {
  reden: 'TE_VER_WEG',
  geschonden: (p) => !(p.afstandKm <= p.kandidaat.reisbereidheidKm),
  zin: (p) =>
    Number.isFinite(p.afstandKm)
      ? `Woont ${afstandTekst(p)}; reist maximaal ${formatKm(p.kandidaat.reisbereidheidKm)}`
      : 'Werkgever heeft geen vestiging met bekende locatie',
};

/** Available later than the start date plus the grace period. */
export const beschikbaarheidEis: HardeEis<Paar<VacatureFeiten>> = {
  reden: 'NIET_OP_TIJD_BESCHIKBAAR',
  geschonden: (p, w) => dagenTeLaat(p) > w.beschikbaarheid.graceDagen,
  zin: (p, w) =>
    `Pas beschikbaar vanaf ${formatDag(dagnummer(p.kandidaat.beschikbaarVanaf))}; vacature start ` +
    `${formatDag(p.doel.startDag)} (uiterlijk ${w.beschikbaarheid.graceDagen} dagen later)`,
};

/** Dutch level below the vacancy's minimum, when the vacancy marks that minimum as hard. */
export const taalEis: HardeEis<Paar<VacatureFeiten>> = {
  reden: 'TAALNIVEAU_TE_LAAG',
  geschonden: (p) => {
    const { nederlandsNiveauMin: min, nederlandsNiveauHard } = p.doel.vacature;
    const niveau = p.kandidaat.nederlandsNiveau;
    return !!nederlandsNiveauHard && !!min && !!niveau && taalIndex(niveau) < taalIndex(min);
  },
  zin: taalZin,
};
