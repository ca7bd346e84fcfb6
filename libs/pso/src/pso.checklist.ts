/**
 * The qualitative requirements of the PSO (PSO-handleiding): outside the score, shown as a checklist the werkgever
 * answers. Texts, not amounts, so they live here rather than in the parameter set.
 */
export const PSO_CHECKLIST: readonly { code: string; omschrijving: string }[] = [
  { code: 'PASSEND_WERK', omschrijving: 'Passend werk: de functies passen bij de mogelijkheden van de medewerkers uit de doelgroep.' },
  { code: 'BEGELEIDING', omschrijving: 'Begeleiding op de werkvloer (leidinggevende, werkbegeleider of jobcoach) is geregeld.' },
  { code: 'ONTWIKKELING', omschrijving: 'Medewerkers uit de doelgroep hebben ontwikkelmogelijkheden (scholing, ontwikkelplan).' },
  { code: 'ARBEIDSVOORWAARDEN', omschrijving: 'Gelijkwaardige arbeidsvoorwaarden en een gewoon arbeidscontract waar dat kan.' },
  { code: 'BELEID', omschrijving: 'Sociaal ondernemen is vastgelegd in beleid en wordt intern en extern uitgedragen.' },
  { code: 'DUURZAAMHEID', omschrijving: 'Aandacht voor duurzame inzetbaarheid en behoud van de medewerkers.' },
];
