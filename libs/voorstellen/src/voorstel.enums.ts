import { registerEnumType } from '@nestjs/graphql';
import type { PipelineFase } from '@matchpunt/domain';

/** The pipeline stages (the transition table is the pure `volgendeFasen` in libs/domain). */
export enum VoorstelStatus {
  VOORGESTELD = 'VOORGESTELD',
  BEKEKEN = 'BEKEKEN',
  INTERESSE = 'INTERESSE',
  KENNISMAKING = 'KENNISMAKING',
  PROEFPLAATSING = 'PROEFPLAATSING',
  GEPLAATST = 'GEPLAATST',
  AFGEWEZEN = 'AFGEWEZEN',
  INGETROKKEN = 'INGETROKKEN',
}

/** Where a voorstel came from. */
export enum VoorstelBron {
  ACCOUNTMANAGER = 'ACCOUNTMANAGER',
  JOBHUNTER = 'JOBHUNTER',
  AANBODSKRANT = 'AANBODSKRANT',
  SPEEDDATE = 'SPEEDDATE',
  FUNCTIECREATIE = 'FUNCTIECREATIE',
}

export enum VoorstelReactie {
  INTERESSE = 'INTERESSE',
  MEER_INFORMATIE = 'MEER_INFORMATIE',
  GEEN_INTERESSE = 'GEEN_INTERESSE',
}

/** Why a werkgever declines; matching weighs later proposals to this werkgever by it. */
export enum ReactieReden {
  TE_VER_WEG = 'TE_VER_WEG',
  UREN_PASSEN_NIET = 'UREN_PASSEN_NIET',
  GEEN_PLEK = 'GEEN_PLEK',
  TAALNIVEAU = 'TAALNIVEAU',
  VAARDIGHEDEN = 'VAARDIGHEDEN',
  ANDERS = 'ANDERS',
}

// The GraphQL enum and the domain's stage type must name the same stages.
const _fasen: Record<VoorstelStatus, PipelineFase> = {
  VOORGESTELD: 'VOORGESTELD',
  BEKEKEN: 'BEKEKEN',
  INTERESSE: 'INTERESSE',
  KENNISMAKING: 'KENNISMAKING',
  PROEFPLAATSING: 'PROEFPLAATSING',
  GEPLAATST: 'GEPLAATST',
  AFGEWEZEN: 'AFGEWEZEN',
  INGETROKKEN: 'INGETROKKEN',
};
void _fasen;

registerEnumType(VoorstelStatus, {
  name: 'VoorstelStatus',
  description: 'Fase van een voorstel in de pijplijn naar een plaatsing.',
  valuesMap: {
    VOORGESTELD: { description: 'Verstuurd naar de werkgever.' },
    BEKEKEN: { description: 'De werkgever heeft het voorstel geopend.' },
    INTERESSE: { description: 'De werkgever heeft interesse.' },
    KENNISMAKING: { description: 'Kennismakingsgesprek gepland of gehouden.' },
    PROEFPLAATSING: { description: 'Proefplaatsing loopt.' },
    GEPLAATST: { description: 'Geplaatst: er is een plaatsing.' },
    AFGEWEZEN: { description: 'De werkgever ziet ervan af.' },
    INGETROKKEN: { description: 'Door ons ingetrokken.' },
  },
});
registerEnumType(VoorstelBron, { name: 'VoorstelBron', description: 'Waar een voorstel vandaan komt.' });
registerEnumType(VoorstelReactie, {
  name: 'VoorstelReactie',
  description: 'Reactie van de werkgever op een voorstel.',
  valuesMap: {
    INTERESSE: { description: 'Interesse: graag kennismaken.' },
    MEER_INFORMATIE: { description: 'Eerst meer informatie gewenst.' },
    GEEN_INTERESSE: { description: 'Geen interesse (met reden).' },
  },
});
registerEnumType(ReactieReden, {
  name: 'ReactieReden',
  description: 'Reden bij een reactie van een werkgever.',
  valuesMap: {
    TE_VER_WEG: { description: 'Te ver weg' },
    UREN_PASSEN_NIET: { description: 'Uren passen niet' },
    GEEN_PLEK: { description: 'Nu geen plek' },
    TAALNIVEAU: { description: 'Taalniveau past niet' },
    VAARDIGHEDEN: { description: 'Vaardigheden passen niet' },
    ANDERS: { description: 'Anders (zie toelichting)' },
  },
});
