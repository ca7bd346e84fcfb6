import { Injectable } from '@nestjs/common';
import { AppConfig, AppError } from '@matchpunt/common';
import { AFMELD_LINK_DAGEN, INTERESSE_LINK_DAGEN } from './aanbodskrant.enums';
import { datumNl } from './render/aanbod-kaart';
import { controleerLink, LinkDoel, LinkGegevens, linkSleutel, tekenLink } from './utils/link-token';

const DAG_MS = 24 * 3600 * 1000;

/** The signed links in the mail (and the portal pages they open), and their check. */
@Injectable()
export class AanbodskrantLinks {
  private readonly sleutel: Buffer;

  constructor(private readonly config: AppConfig) {
    this.sleutel = linkSleutel(config.JWT_SECRET);
  }

  /** The link makers for one edition sent at `verzondenOp`. */
  voorEditie(editieId: string, verzondenOp: Date) {
    const interesseTot = new Date(verzondenOp.getTime() + INTERESSE_LINK_DAGEN * DAG_MS);
    const afmeldenTot = new Date(verzondenOp.getTime() + AFMELD_LINK_DAGEN * DAG_MS);
    const basis = this.config.PUBLIC_URL.replace(/\/+$/, '');
    return {
      interesseUrl: (contactpersoonId: string, kandidaatId: string) =>
        `${basis}/aanbodskrant/interesse?token=${this.teken({ doel: 'INTERESSE', editieId, contactpersoonId, kandidaatId, verlooptOp: interesseTot })}`,
      afmeldUrl: (contactpersoonId: string) =>
        `${basis}/aanbodskrant/afmelden?token=${this.teken({ doel: 'AFMELDEN', editieId, contactpersoonId, kandidaatId: null, verlooptOp: afmeldenTot })}`,
    };
  }

  teken(gegevens: LinkGegevens): string {
    return tekenLink(this.sleutel, gegevens);
  }

  /**
   * The link's content, or the error to answer: a forged, altered or malformed token is UNAUTHENTICATED;
   * an expired one BAD_USER_INPUT on `token`, with the date it stopped working.
   */
  controleer(token: string, doel: LinkDoel, nu = new Date()): LinkGegevens {
    const oordeel = controleerLink(this.sleutel, token, doel, nu);
    if (oordeel.geldig) return oordeel.gegevens;
    const wat = doel === 'INTERESSE' ? 'interesse-link' : 'afmeldlink';
    if (oordeel.reden === 'VERLOPEN') {
      const vervolg = doel === 'INTERESSE' ? 'Neem contact op met uw accountmanager en noem de code van de kandidaat.' : 'Vraag uw accountmanager om u af te melden.';
      throw AppError.badInput(`Deze ${wat} is verlopen (geldig tot ${datumNl(oordeel.verlooptOp.toISOString())}). ${vervolg}`, 'token');
    }
    throw AppError.unauthenticated(`Deze ${wat} is ongeldig. Gebruik de link uit de e-mail zoals die is, of neem contact op met uw accountmanager.`);
  }
}
