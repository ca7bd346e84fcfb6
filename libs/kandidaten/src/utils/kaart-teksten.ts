import { KandidaatInstrumenten } from '../kandidaat.entity';
import { KandidaatStatus } from '../kandidaat.enums';
import { formatDatumNl, leeftijdOp } from './datum';

/** Age bands on the card: wide enough not to identify anyone. */
const BANDEN: [number, number | null][] = [
  [15, 17],
  [18, 24],
  [25, 34],
  [35, 44],
  [45, 54],
  [55, 64],
  [65, null],
];

export function leeftijdsband(geboortedatum: string, peildatum: string): string {
  const leeftijd = leeftijdOp(geboortedatum, peildatum);
  const [van, tot] = BANDEN.find(([van, tot]) => leeftijd >= van && (tot === null || leeftijd <= tot)) ?? BANDEN[0];
  return tot === null ? `${van}+` : `${van}–${tot}`;
}

/** The candidate's instruments in the words an employer uses. */
export function instrumentTeksten(instrumenten: KandidaatInstrumenten): string[] {
  return [
    instrumenten.lksMogelijk && 'LKS mogelijk',
    instrumenten.noRiskpolis && 'No-riskpolis',
    instrumenten.proefplaatsing && 'Proefplaatsing mogelijk',
    instrumenten.jobcoach && 'Jobcoach beschikbaar',
  ].filter((tekst): tekst is string => Boolean(tekst));
}

export function beschikbaarheidTekst(status: KandidaatStatus, beschikbaarVanaf: string | null, peildatum: string): string {
  switch (status) {
    case KandidaatStatus.BESCHIKBAAR:
      return beschikbaarVanaf && beschikbaarVanaf > peildatum ? `Beschikbaar vanaf ${formatDatumNl(beschikbaarVanaf)}` : 'Direct beschikbaar';
    case KandidaatStatus.IN_TRAJECT:
      return 'In gesprek';
    case KandidaatStatus.GEPLAATST:
      return 'Aan het werk';
    case KandidaatStatus.NIET_BESCHIKBAAR:
      return 'Niet beschikbaar';
  }
}
