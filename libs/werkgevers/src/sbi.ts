import { registerEnumType } from '@nestjs/graphql';

/** The sections (A–U) of the Standaard Bedrijfsindeling (SBI 2008, CBS). */
export enum SbiSectie {
  A = 'A', B = 'B', C = 'C', D = 'D', E = 'E', F = 'F', G = 'G', H = 'H', I = 'I', J = 'J', K = 'K',
  L = 'L', M = 'M', N = 'N', O = 'O', P = 'P', Q = 'Q', R = 'R', S = 'S', T = 'T', U = 'U',
}

export const SBI_SECTIES: Record<SbiSectie, { omschrijving: string; afdelingen: [number, number] }> = {
  A: { omschrijving: 'Landbouw, bosbouw en visserij', afdelingen: [1, 3] },
  B: { omschrijving: 'Delfstoffenwinning', afdelingen: [6, 9] },
  C: { omschrijving: 'Industrie', afdelingen: [10, 33] },
  D: { omschrijving: 'Productie en distributie van en handel in elektriciteit, aardgas, stoom en gekoelde lucht', afdelingen: [35, 35] },
  E: { omschrijving: 'Winning en distributie van water; afval- en afvalwaterbeheer en sanering', afdelingen: [36, 39] },
  F: { omschrijving: 'Bouwnijverheid', afdelingen: [41, 43] },
  G: { omschrijving: 'Handel', afdelingen: [45, 47] },
  H: { omschrijving: 'Vervoer en opslag', afdelingen: [49, 53] },
  I: { omschrijving: 'Logies-, maaltijd- en drankverstrekking', afdelingen: [55, 56] },
  J: { omschrijving: 'Informatie en communicatie', afdelingen: [58, 63] },
  K: { omschrijving: 'Financiële instellingen', afdelingen: [64, 66] },
  L: { omschrijving: 'Verhuur van en handel in onroerend goed', afdelingen: [68, 68] },
  M: { omschrijving: 'Advisering, onderzoek en overige specialistische zakelijke dienstverlening', afdelingen: [69, 75] },
  N: { omschrijving: 'Verhuur van roerende goederen en overige zakelijke dienstverlening', afdelingen: [77, 82] },
  O: { omschrijving: 'Openbaar bestuur, overheidsdiensten en verplichte sociale verzekeringen', afdelingen: [84, 84] },
  P: { omschrijving: 'Onderwijs', afdelingen: [85, 85] },
  Q: { omschrijving: 'Gezondheids- en welzijnszorg', afdelingen: [86, 88] },
  R: { omschrijving: 'Cultuur, sport en recreatie', afdelingen: [90, 93] },
  S: { omschrijving: 'Overige dienstverlening', afdelingen: [94, 96] },
  T: { omschrijving: 'Huishoudens als werkgever', afdelingen: [97, 98] },
  U: { omschrijving: 'Extraterritoriale organisaties en lichamen', afdelingen: [99, 99] },
};

registerEnumType(SbiSectie, {
  name: 'SbiSectie',
  description: 'Sectie van de Standaard Bedrijfsindeling (SBI 2008).',
  valuesMap: Object.fromEntries(Object.entries(SBI_SECTIES).map(([letter, { omschrijving }]) => [letter, { description: omschrijving }])),
});

/** The SBI section of an SBI code (2–5 digits: the first two are the afdeling), or null when no section has it. */
export function sectieVanSbiCode(sbiCode: string): SbiSectie | null {
  if (!/^[0-9]{2,5}$/.test(sbiCode)) return null;
  const afdeling = Number(sbiCode.slice(0, 2));
  const found = Object.entries(SBI_SECTIES).find(([, { afdelingen: [from, to] }]) => afdeling >= from && afdeling <= to);
  return found ? (found[0] as SbiSectie) : null;
}
