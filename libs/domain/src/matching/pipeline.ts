/**
 * The voorstel pipeline: from a proposal to a placement. Pure: which stage may follow which, and how long a
 * voorstel has been in its stage. The feature lib checks every transition against this table.
 *
 *   VOORGESTELD → BEKEKEN → INTERESSE → KENNISMAKING → PROEFPLAATSING → GEPLAATST
 *                                                    ↘ GEPLAATST (without a trial placement)
 *   any open stage → AFGEWEZEN | INGETROKKEN
 */
export const PIPELINE_FASEN = [
  'VOORGESTELD',
  'BEKEKEN',
  'INTERESSE',
  'KENNISMAKING',
  'PROEFPLAATSING',
  'GEPLAATST',
  'AFGEWEZEN',
  'INGETROKKEN',
] as const;
export type PipelineFase = (typeof PIPELINE_FASEN)[number];

/** Stages after which nothing follows. */
export const EIND_FASEN: readonly PipelineFase[] = ['GEPLAATST', 'AFGEWEZEN', 'INGETROKKEN'];
/** Stages in which a voorstel is still running (one running voorstel per candidate and werkgever). */
export const OPEN_FASEN: readonly PipelineFase[] = PIPELINE_FASEN.filter((fase) => !EIND_FASEN.includes(fase));

const AFSLUITEN: readonly PipelineFase[] = ['AFGEWEZEN', 'INGETROKKEN'];

const VOLGENDE: Readonly<Record<PipelineFase, readonly PipelineFase[]>> = {
  VOORGESTELD: ['BEKEKEN', ...AFSLUITEN],
  BEKEKEN: ['INTERESSE', ...AFSLUITEN],
  INTERESSE: ['KENNISMAKING', ...AFSLUITEN],
  KENNISMAKING: ['PROEFPLAATSING', 'GEPLAATST', ...AFSLUITEN],
  PROEFPLAATSING: ['GEPLAATST', ...AFSLUITEN],
  GEPLAATST: [],
  AFGEWEZEN: [],
  INGETROKKEN: [],
};

export function isPipelineFase(value: unknown): value is PipelineFase {
  return typeof value === 'string' && (PIPELINE_FASEN as readonly string[]).includes(value);
}

/** The stages that may follow `van` (empty for a closed voorstel). */
export function volgendeFasen(van: PipelineFase): readonly PipelineFase[] {
  return VOLGENDE[van];
}

export function isOpenFase(fase: PipelineFase): boolean {
  return !EIND_FASEN.includes(fase);
}

export type OvergangsOordeel =
  | { readonly toegestaan: true }
  | { readonly toegestaan: false; readonly toegestaneFasen: readonly PipelineFase[]; readonly zin: string };

/** Whether `van → naar` is allowed; when not, the allowed next stages and a Dutch sentence saying so. */
export function beoordeelOvergang(van: PipelineFase, naar: PipelineFase): OvergangsOordeel {
  const toegestaneFasen = VOLGENDE[van];
  if (toegestaneFasen.includes(naar)) return { toegestaan: true };
  const zin =
    toegestaneFasen.length === 0
      ? `Dit voorstel is afgesloten (${van}); er volgt geen fase meer.`
      : van === naar
        ? `Dit voorstel staat al in fase ${van}. Mogelijke volgende fasen: ${toegestaneFasen.join(', ')}.`
        : `Van ${van} naar ${naar} kan niet. Mogelijke volgende fasen: ${toegestaneFasen.join(', ')}.`;
  return { toegestaan: false, toegestaneFasen, zin };
}

const DAG_MS = 24 * 60 * 60 * 1000;

/** Whole days a voorstel has been in its stage (0 on the first day); never negative. */
export function dagenInFase(sinds: Date, nu: Date): number {
  return Math.max(0, Math.floor((nu.getTime() - sinds.getTime()) / DAG_MS));
}
