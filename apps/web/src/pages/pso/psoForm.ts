import type {
  PsoChecklistItem,
  PsoInkoopInput,
  PsoMedewerkerInput,
  PsoPersoneelsbestand,
  PsoPersoneelsbestandInput,
  PsoPositie,
} from '../../api/pso';
import { t } from '../../i18n/nl';
import { parseBedrag, parseDecimal } from '../../lib/geld';
import { klaar, type Omgezet } from '../sroi/sroiForm';

const p = t.pso;

/** The queries to ask again after a change to the workforce. */
export const NA_PSO_WIJZIGING = ['PsoPersoneelsbestand', 'PsoPositie'];

export interface BestandFormValues {
  totaalFte: string;
  /** Checklist codes the werkgever ticked; the others stay unanswered. */
  voldaan: string[];
}

export const BESTAND_FIELDS = ['totaalFte', 'voldaan'];

export function bestandInput(
  values: BestandFormValues,
  checklist: readonly PsoChecklistItem[],
): Omgezet<PsoPersoneelsbestandInput> {
  const totaalFte = parseDecimal(values.totaalFte);
  return klaar(
    {
      totaalFte: totaalFte ?? '',
      checklist: checklist.map((item) => ({
        code: item.code,
        voldaan: values.voldaan.includes(item.code) ? true : null,
      })),
    },
    totaalFte === null ? { totaalFte: p.fteOngeldig } : {},
  );
}

export interface MedewerkerFormValues {
  omschrijving: string;
  fte: string;
  uitgangspositie: string;
  contractType: string;
  instroomDatum: string;
  lksLooptTot: string;
}

export const LEGE_MEDEWERKER: MedewerkerFormValues = {
  omschrijving: '',
  fte: '',
  uitgangspositie: '',
  contractType: '',
  instroomDatum: '',
  lksLooptTot: '',
};

export const MEDEWERKER_FIELDS = Object.keys(LEGE_MEDEWERKER);

export function medewerkerInput(values: MedewerkerFormValues): Omgezet<PsoMedewerkerInput> {
  const fields: Record<string, string> = {};
  if (!values.omschrijving.trim()) fields.omschrijving = t.fouten.verplicht(p.omschrijving);
  const fte = parseDecimal(values.fte);
  if (fte === null) fields.fte = p.fteOngeldig;
  if (!values.uitgangspositie) fields.uitgangspositie = t.algemeen.kiesEen;
  if (!values.contractType) fields.contractType = t.algemeen.kiesEen;
  return klaar(
    {
      omschrijving: values.omschrijving.trim(),
      fte: fte ?? '',
      uitgangspositie: values.uitgangspositie,
      contractType: values.contractType,
      ...(values.instroomDatum && { instroomDatum: values.instroomDatum }),
      ...(values.lksLooptTot && { lksLooptTot: values.lksLooptTot }),
    },
    fields,
  );
}

export interface InkoopFormValues {
  leverancier: string;
  leverancierType: string;
  factuurbedragExclBtw: string;
  leverancierJaaromzet: string;
  leverancierDoelgroepFte: string;
}

export const LEGE_INKOOP: InkoopFormValues = {
  leverancier: '',
  leverancierType: '',
  factuurbedragExclBtw: '',
  leverancierJaaromzet: '',
  leverancierDoelgroepFte: '',
};

export const INKOOP_FIELDS = Object.keys(LEGE_INKOOP);

export function inkoopInput(values: InkoopFormValues): Omgezet<PsoInkoopInput> {
  const fields: Record<string, string> = {};
  if (!values.leverancier.trim()) fields.leverancier = t.fouten.verplicht(p.leverancier);
  if (!values.leverancierType) fields.leverancierType = t.algemeen.kiesEen;
  const bedrag = parseBedrag(values.factuurbedragExclBtw);
  if (bedrag === null) fields.factuurbedragExclBtw = p.bedragOngeldig;
  const omzet = parseBedrag(values.leverancierJaaromzet);
  if (omzet === null) fields.leverancierJaaromzet = p.bedragOngeldig;
  const fte = parseDecimal(values.leverancierDoelgroepFte);
  if (fte === null) fields.leverancierDoelgroepFte = p.fteOngeldig;
  return klaar(
    {
      leverancier: values.leverancier.trim(),
      leverancierType: values.leverancierType,
      factuurbedragExclBtw: bedrag ?? '',
      leverancierJaaromzet: omzet ?? '',
      leverancierDoelgroepFte: fte ?? '',
    },
    fields,
  );
}

/**
 * True while the shown position is older than the last change to the workforce: the PSO job recomputes it
 * in the background after every change, so the page keeps asking until it is current.
 */
export function wordtBerekend(
  bestand: PsoPersoneelsbestand | null | undefined,
  positie: PsoPositie | null | undefined,
): boolean {
  if (!bestand) return false;
  if (!positie) return true;
  return new Date(positie.berekendOp).getTime() < new Date(bestand.gewijzigdOp).getTime();
}
