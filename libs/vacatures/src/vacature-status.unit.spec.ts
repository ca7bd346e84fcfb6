import { VacatureStatus } from './vacature.enums';
import { isWijzigbaar, magNaarStatus } from './vacature-status';

const { CONCEPT, OPEN, VERVULD, GESLOTEN } = VacatureStatus;

describe('vacature status', () => {
  it.each([
    [CONCEPT, OPEN],
    [CONCEPT, GESLOTEN],
    [OPEN, VERVULD],
    [OPEN, GESLOTEN],
  ])('allows %s → %s', (van, naar) => expect(magNaarStatus(van, naar)).toBe(true));

  it.each([
    [CONCEPT, CONCEPT],
    [CONCEPT, VERVULD],
    [OPEN, CONCEPT],
    [OPEN, OPEN],
    [VERVULD, OPEN],
    [VERVULD, GESLOTEN],
    [GESLOTEN, OPEN],
    [GESLOTEN, CONCEPT],
  ])('refuses %s → %s', (van, naar) => expect(magNaarStatus(van, naar)).toBe(false));

  it('allows edits only to concepts and open vacatures', () => {
    expect([CONCEPT, OPEN, VERVULD, GESLOTEN].map(isWijzigbaar)).toEqual([true, true, false, false]);
  });
});
