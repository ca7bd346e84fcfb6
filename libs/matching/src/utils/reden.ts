import type { ReactieReden as DomeinReden } from '@matchpunt/domain';
import { ReactieReden } from '@matchpunt/voorstellen';

/** The API's reasons in the engine's words: the engine has GEEN_INTERESSE where the API has ANDERS. */
export const DOMEIN_REDEN: Readonly<Record<ReactieReden, DomeinReden>> = {
  TE_VER_WEG: 'TE_VER_WEG',
  UREN_PASSEN_NIET: 'UREN_PASSEN_NIET',
  GEEN_PLEK: 'GEEN_PLEK',
  TAALNIVEAU: 'TAALNIVEAU',
  VAARDIGHEDEN: 'VAARDIGHEDEN',
  ANDERS: 'GEEN_INTERESSE',
};

export function naarDomeinReden(reden: ReactieReden): DomeinReden {
  return DOMEIN_REDEN[reden];
}

export function naarApiReden(reden: DomeinReden): ReactieReden {
  return (Object.keys(DOMEIN_REDEN) as ReactieReden[]).find((r) => DOMEIN_REDEN[r] === reden)!;
}
