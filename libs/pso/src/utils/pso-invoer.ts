import { Dec, type ParameterSet, type PsoInkoop as DomeinInkoop, type PsoInput, type PsoMedewerker as DomeinMedewerker } from '@matchpunt/domain';
import { Plaatsing, PlaatsingType } from '@matchpunt/plaatsingen';
import { PsoBestandRij, PsoInkoop, PsoMedewerker } from '../pso.entities';
import { PsoPlaatsingRegel } from '../pso.types';

/**
 * How a running Matchpunt placement counts for the PSO of the werkgever where it runs (a choice; codes of the
 * parameter set). Placements with LKS count while it runs (until the placement's end); the others count from
 * their start (Participatiewet without LKS: 5 years). A manual row with the placement's id replaces this.
 */
export const PLAATSING_NAAR_PSO: Record<PlaatsingType, { uitgangspositie: string; contractType: string; lks: boolean }> = {
  [PlaatsingType.REGULIER]: { uitgangspositie: 'PARTICIPATIEWET_ZONDER_LKS', contractType: 'REGULIER', lks: false },
  [PlaatsingType.LKS]: { uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'REGULIER', lks: true },
  [PlaatsingType.DETACHERING]: { uitgangspositie: 'PARTICIPATIEWET_ZONDER_LKS', contractType: 'DETACHERING', lks: false },
  [PlaatsingType.GROEPSPLAATSING]: { uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'DETACHERING', lks: true },
  [PlaatsingType.BESCHUT]: { uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'BEGELEID_WERKEN', lks: true },
  [PlaatsingType.PROEFPLAATSING]: { uitgangspositie: 'PARTICIPATIEWET_ZONDER_LKS', contractType: 'PROEFPLAATSING', lks: false },
};

export type PlaatsingRij = Pick<Plaatsing, 'id' | 'type' | 'startDatum' | 'eindDatum' | 'urenPerWeek'>;

export interface Label {
  omschrijving: string;
  bron: 'HANDMATIG' | 'PLAATSING';
}

/** What the PSO job stores: the rule's input plus a label per employee (the rule knows none). */
export interface PsoOpgeslagenInvoer {
  input: PsoInput;
  labels: Label[];
  /** Placements that could not count (a code missing from the set), shown with the reason. */
  overgeslagen: { omschrijving: string; reden: string }[];
}

export function voltijd(bestand: PsoBestandRij, set: ParameterSet): string {
  return bestand.voltijdUren ?? set.pso.voltijdUren;
}

/** The running placements at the werkgever as PSO rows (with the explicit row that replaces one, if any). */
export function plaatsingRegels(plaatsingen: PlaatsingRij[], medewerkers: PsoMedewerker[], bestand: PsoBestandRij, set: ParameterSet): PsoPlaatsingRegel[] {
  const uren = voltijd(bestand, set);
  return plaatsingen.map((p) => {
    const map = PLAATSING_NAAR_PSO[p.type];
    return {
      plaatsingId: p.id,
      type: p.type,
      startDatum: p.startDatum,
      eindDatum: p.eindDatum,
      urenPerWeek: p.urenPerWeek,
      fte: new Dec(p.urenPerWeek).dividedBy(uren).toDecimalPlaces(2).toFixed(2),
      uitgangspositie: map.uitgangspositie,
      contractType: map.contractType,
      vervangenDoor: medewerkers.find((m) => m.plaatsingId === p.id)?.id ?? null,
    };
  });
}

/** The rule's input for the werkgever on `peildatum`: manual rows, running placements not replaced, purchases. */
export function psoInvoer(
  bestand: PsoBestandRij,
  medewerkers: PsoMedewerker[],
  inkopen: PsoInkoop[],
  plaatsingen: PlaatsingRij[],
  set: ParameterSet,
  peildatum: string,
): PsoOpgeslagenInvoer {
  const uren = voltijd(bestand, set);
  const rows: DomeinMedewerker[] = [];
  const labels: Label[] = [];
  const overgeslagen: PsoOpgeslagenInvoer['overgeslagen'] = [];
  for (const m of medewerkers) {
    rows.push({
      fte: m.fte,
      uitgangspositie: m.uitgangspositie,
      contractType: m.contractType,
      ...(m.instroomDatum && { referentieDatum: m.instroomDatum }),
      lksLooptTot: m.lksLooptTot,
    });
    labels.push({ omschrijving: m.omschrijving, bron: 'HANDMATIG' });
  }
  const vervangen = new Set(medewerkers.map((m) => m.plaatsingId).filter(Boolean));
  for (const p of plaatsingen) {
    if (vervangen.has(p.id)) continue;
    const map = PLAATSING_NAAR_PSO[p.type];
    const omschrijving = `Plaatsing ${p.type.toLowerCase()} vanaf ${p.startDatum}`;
    const bekend = set.pso.uitgangsposities.some((u) => u.code === map.uitgangspositie) && set.pso.contractTypes.some((c) => c.code === map.contractType);
    if (!bekend) {
      overgeslagen.push({ omschrijving, reden: `code ${map.uitgangspositie}/${map.contractType} ontbreekt in de parameterset` });
      continue;
    }
    rows.push({
      fte: new Dec(p.urenPerWeek).dividedBy(uren).toString(),
      uitgangspositie: map.uitgangspositie,
      contractType: map.contractType,
      referentieDatum: p.startDatum,
      lksLooptTot: map.lks ? p.eindDatum : null,
    });
    labels.push({ omschrijving, bron: 'PLAATSING' });
  }
  const domeinInkopen: DomeinInkoop[] = inkopen.map((k) => ({
    leverancierType: k.leverancierType,
    factuurbedragExclBtw: k.factuurbedrag,
    leverancierJaaromzet: k.leverancierJaaromzet,
    leverancierDoelgroepFte: k.leverancierDoelgroepFte,
  }));
  return {
    input: { totaalFte: bestand.totaalFte, medewerkers: rows, inkopen: domeinInkopen, peildatum, voltijdUren: uren },
    labels,
    overgeslagen,
  };
}
