import { registerEnumType } from '@nestjs/graphql';

export enum AanbodskrantStatus {
  CONCEPT = 'CONCEPT',
  VERZONDEN = 'VERZONDEN',
}

registerEnumType(AanbodskrantStatus, {
  name: 'AanbodskrantStatus',
  description: 'Status van een editie van de aanbodskrant.',
  valuesMap: {
    CONCEPT: { description: 'In voorbereiding: titel, intro en kandidaten zijn nog te wijzigen.' },
    VERZONDEN: { description: 'Verstuurd (of wordt verstuurd) naar de ingeschreven contactpersonen; niet meer te wijzigen.' },
  },
});

/** What a link in the mail is for (the same values as the token's purpose). */
export enum AanbodskrantLinkDoel {
  INTERESSE = 'INTERESSE',
  AFMELDEN = 'AFMELDEN',
}

registerEnumType(AanbodskrantLinkDoel, {
  name: 'AanbodskrantLinkDoel',
  description: 'Waar een link in de aanbodskrant voor is.',
  valuesMap: {
    INTERESSE: { description: 'Interesse in één kandidaat.' },
    AFMELDEN: { description: 'Afmelden voor de aanbodskrant.' },
  },
});

/** Queue `aanbodskrant`: the fan-out of one edition (renders the PDF once, queues one mail per recipient). */
export const VERSTUUR_AANBODSKRANT_JOB = 'VerstuurAanbodskrant';

export interface VerstuurAanbodskrantJob {
  tenantId: string;
  editieId: string;
}

/** Deterministic: one fan-out per edition, however often it is asked for. */
export function verstuurJobId(editieId: string): string {
  return `aanbodskrant-verstuur-${editieId}`;
}

/** The dedupe key of the mail to one recipient: the same edition never reaches a contactpersoon twice. */
export function aanbodskrantMailKey(editieId: string, contactpersoonId: string): string {
  return `aanbodskrant-${editieId}-${contactpersoonId}`;
}

export const MAX_KANDIDATEN_PER_EDITIE = 50;
/** How long the interest links in a mail keep working, from the moment the edition was sent. */
export const INTERESSE_LINK_DAGEN = 60;
/** Unsubscribe links keep working for a long time: an old mail must still let someone leave the list. */
export const AFMELD_LINK_DAGEN = 5 * 365;
