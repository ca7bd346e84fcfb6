import { afstandEis, beschikbaarheidEis, rijbewijsEis, taalEis } from './eisen';
import { afstandFactor } from './factoren/afstand.factor';
import { beroepFactor } from './factoren/beroep.factor';
import { beschikbaarheidFactor } from './factoren/beschikbaarheid.factor';
import { doelgroepFactor } from './factoren/doelgroep.factor';
import { historieFactor } from './factoren/historie.factor';
import { instrumentenFactor } from './factoren/instrumenten.factor';
import { nederlandsFactor } from './factoren/nederlands.factor';
import { sectorFactor } from './factoren/sector.factor';
import { urenFactor } from './factoren/uren.factor';
import { vaardighedenFactor } from './factoren/vaardigheden.factor';
import type { Paar, VacatureFeiten, WerkgeverFeiten } from './feiten';
import type { Regelset } from './regels';
import type { WerkgeverFactor } from './types';

/** Rules for a candidate against a vacancy; cheap constraints first, the order of the explanation. */
export const VACATURE_REGELS: Regelset<Paar<VacatureFeiten>> = {
  eisen: [rijbewijsEis, afstandEis, beschikbaarheidEis, taalEis],
  factoren: [
    beroepFactor,
    vaardighedenFactor,
    afstandFactor,
    urenFactor,
    beschikbaarheidFactor,
    sectorFactor,
    nederlandsFactor,
    instrumentenFactor,
    doelgroepFactor,
    historieFactor,
  ],
  basisPunten: (factor, w) => w.vacatureFactoren[factor],
};

/** Rules for a candidate against an employer without a vacancy. */
export const WERKGEVER_REGELS: Regelset<Paar<WerkgeverFeiten>> = {
  eisen: [afstandEis],
  factoren: [historieFactor, sectorFactor, afstandFactor, doelgroepFactor, instrumentenFactor],
  basisPunten: (factor, w) => w.werkgeverFactoren[factor as WerkgeverFactor] ?? 0,
};
