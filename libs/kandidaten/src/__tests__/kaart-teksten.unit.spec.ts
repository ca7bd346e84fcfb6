import { KandidaatStatus } from '../kandidaat.enums';
import { leeftijdOp } from '../utils/datum';
import { beschikbaarheidTekst, instrumentTeksten, leeftijdsband } from '../utils/kaart-teksten';

describe('what the card says', () => {
  it('counts age in whole years, the day before a birthday still the lower one', () => {
    expect(leeftijdOp('1990-05-17', '2026-05-16')).toBe(35);
    expect(leeftijdOp('1990-05-17', '2026-05-17')).toBe(36);
    expect(leeftijdOp('2000-02-29', '2026-02-28')).toBe(25);
  });

  it.each([
    ['2008-01-01', '2026-01-01', '18–24'],
    ['2001-06-01', '2026-05-31', '18–24'],
    ['2001-06-01', '2026-06-01', '25–34'],
    ['1990-05-17', '2026-11-23', '35–44'],
    ['1960-01-01', '2026-11-23', '65+'],
    ['2010-01-01', '2026-11-23', '15–17'],
  ])('born %s, on %s: band %s', (geboren, op, band) => {
    expect(leeftijdsband(geboren, op)).toBe(band);
  });

  it('phrases instruments for the employer', () => {
    expect(instrumentTeksten({ lksMogelijk: true, noRiskpolis: true, proefplaatsing: true, jobcoach: true })).toEqual([
      'LKS mogelijk',
      'No-riskpolis',
      'Proefplaatsing mogelijk',
      'Jobcoach beschikbaar',
    ]);
    expect(instrumentTeksten({ lksMogelijk: false, noRiskpolis: false, proefplaatsing: false, jobcoach: false })).toEqual([]);
  });

  it('phrases availability', () => {
    expect(beschikbaarheidTekst(KandidaatStatus.BESCHIKBAAR, null, '2026-11-23')).toBe('Direct beschikbaar');
    expect(beschikbaarheidTekst(KandidaatStatus.BESCHIKBAAR, '2026-11-01', '2026-11-23')).toBe('Direct beschikbaar');
    expect(beschikbaarheidTekst(KandidaatStatus.BESCHIKBAAR, '2027-03-01', '2026-11-23')).toBe('Beschikbaar vanaf 1 maart 2027');
    expect(beschikbaarheidTekst(KandidaatStatus.GEPLAATST, null, '2026-11-23')).toBe('Aan het werk');
  });
});
