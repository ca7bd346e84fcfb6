import { sectieVanSbiCode } from './sbi';

describe('sectieVanSbiCode', () => {
  it.each([
    ['0113', 'A'],
    ['1071', 'C'],
    ['4711', 'G'],
    ['52101', 'H'],
    ['5610', 'I'],
    ['8121', 'N'],
    ['88', 'Q'],
    ['99000', 'U'],
  ])('%s is in section %s', (code, sectie) => expect(sectieVanSbiCode(code)).toBe(sectie));

  it.each(['04', '34', '44', '4', '123456', '47a1', ''])('%s is no valid SBI code', (code) => expect(sectieVanSbiCode(code)).toBeNull());
});
