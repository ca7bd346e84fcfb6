import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VoorstelStatus } from './types';

/** How many voorstellen of the organisation stand in each stage now (one count per stage, no cards). */
export const VOORSTELLEN_PER_FASE: TypedDocumentNode<
  Record<VoorstelStatus, { totalCount: number }>,
  Record<string, never>
> = gql`
  query VoorstellenPerFase {
    VOORGESTELD: voorstellen(first: 1, filter: { status: [VOORGESTELD] }) {
      totalCount
    }
    BEKEKEN: voorstellen(first: 1, filter: { status: [BEKEKEN] }) {
      totalCount
    }
    INTERESSE: voorstellen(first: 1, filter: { status: [INTERESSE] }) {
      totalCount
    }
    KENNISMAKING: voorstellen(first: 1, filter: { status: [KENNISMAKING] }) {
      totalCount
    }
    PROEFPLAATSING: voorstellen(first: 1, filter: { status: [PROEFPLAATSING] }) {
      totalCount
    }
    GEPLAATST: voorstellen(first: 1, filter: { status: [GEPLAATST] }) {
      totalCount
    }
    AFGEWEZEN: voorstellen(first: 1, filter: { status: [AFGEWEZEN] }) {
      totalCount
    }
    INGETROKKEN: voorstellen(first: 1, filter: { status: [INGETROKKEN] }) {
      totalCount
    }
  }
`;

export interface DuurzaamheidRegel {
  gemeente: string | null;
  geplaatst: number;
  zesMaandenGemeten: number;
  zesMaandenAanHetWerk: number;
  twaalfMaandenGemeten: number;
  twaalfMaandenAanHetWerk: number;
  percentageZesMaanden: number | null;
  percentageTwaalfMaanden: number | null;
}

export interface DuurzaamheidRapport {
  van: string;
  tot: string;
  peildatum: string;
  totaal: DuurzaamheidRegel;
  /** "2026-03": placements that started in that month (every month of the period, oldest first). */
  maanden: { maand: string; geplaatst: number }[];
}

export const DUURZAAMHEID: TypedDocumentNode<
  { duurzaamheid: DuurzaamheidRapport },
  { periode: { van: string; tot: string }; gemeenteId?: string | null }
> = gql`
  query Duurzaamheid($periode: PeriodeInput!, $gemeenteId: ID) {
    duurzaamheid(periode: $periode, gemeenteId: $gemeenteId) {
      van
      tot
      peildatum
      totaal {
        gemeente
        geplaatst
        zesMaandenGemeten
        zesMaandenAanHetWerk
        twaalfMaandenGemeten
        twaalfMaandenAanHetWerk
        percentageZesMaanden
        percentageTwaalfMaanden
      }
      maanden {
        maand
        geplaatst
      }
    }
  }
`;
