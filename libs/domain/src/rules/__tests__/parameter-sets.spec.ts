import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainValidationError, ParameterSetAmbiguousError, ParameterSetNotFoundError } from '../../errors';
import { parseParameterSet } from '../parameter-set.parse';
import { selectParameterSet } from '../parameters';
import { rivierenland, thrown, utrecht, withChanges } from './fixtures';

const json = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', 'parameter-sets', name), 'utf8'));

describe('Parameter sets — seed data and selection by date', () => {
  it('both seed files parse and carry the RULES.md values', () => {
    expect(parseParameterSet(json('werkzaak-rivierenland-2026.json'))).toEqual(rivierenland);
    expect(parseParameterSet(json('utrecht-model-2026.json'))).toEqual(utrecht);
    expect(rivierenland).toMatchObject({ tenantId: 'werkzaak-rivierenland', validFrom: '2026-01-01' });
    expect(utrecht).toMatchObject({ tenantId: 'werkplein-drentsche-aa', validFrom: '2026-01-01' });
    expect(rivierenland.lks).toMatchObject({
      wmlUur: '14.71',
      vakantiebijslag: '0.08',
      werkgeverslastenForfait: '0.235',
      maxPct: '0.70',
    });
    expect(rivierenland.sroi.voltijdUren).toBe('36');
    expect(rivierenland.sroi.bouwblokken.map((b) => [b.waarde, b.maxDuurMaanden])).toEqual([
      ['30000', 24],
      ['40000', 24],
      ['40000', null],
      ['10000', 12],
      ['15000', 12],
      ['10000', 12],
      ['750', null],
      ['20000', null],
    ]);
    expect(utrecht.sroi.bouwblokken.map((b) => b.waarde)).toEqual(['40000', '50000', '40000', '20000', '10000']);
    expect(utrecht.sroi.vrijwilligerswerkUurtarief).toBe('100');
  });

  it('the PSO norm table equals the published table of RULES.md (in percent)', () => {
    const published = [
      [2, 21.4, 28.0, 33.0],
      [5, 12.6, 17.0, 22.0],
      [10, 6.7, 9.0, 15.5],
      [15, 6.2, 8.0, 13.0],
      [20, 5.7, 7.3, 10.8],
      [25, 5.2, 6.6, 9.8],
      [30, 4.7, 6.1, 8.9],
      [35, 4.2, 5.6, 8.4],
      [40, 3.7, 5.1, 7.9],
      [45, 3.4, 4.6, 7.4],
      [50, 3.0, 3.7, 6.8],
      [60, 2.6, 3.4, 5.7],
      [70, 2.3, 3.0, 5.1],
      [80, 2.0, 2.6, 4.6],
      [90, 1.7, 2.3, 4.2],
      [100, 1.5, 2.1, 3.9],
      [105, 1.4, 1.9, 3.7],
    ];
    const asPercent = (f: string) => Number((Number(f) * 100).toFixed(4));
    expect(
      rivierenland.pso.normen.map((r) => [r.omvang, asPercent(r.trede1), asPercent(r.trede2), asPercent(r.trede3)]),
    ).toEqual(published);
  });

  it('selects the set of the tenant valid on a date (bounds inclusive)', () => {
    const sets = [rivierenland, utrecht];
    expect(selectParameterSet(sets, 'werkzaak-rivierenland', '2026-01-01').id).toBe('werkzaak-rivierenland-2026');
    expect(selectParameterSet(sets, 'werkzaak-rivierenland', '2026-12-31').id).toBe('werkzaak-rivierenland-2026');
    expect(selectParameterSet(sets, 'werkplein-drentsche-aa', '2026-06-15').id).toBe('utrecht-model-2026');
  });

  it('throws a typed error naming the missing period', () => {
    const before = thrown(() =>
      selectParameterSet([rivierenland], 'werkzaak-rivierenland', '2025-12-31'),
    ) as ParameterSetNotFoundError;
    expect(before).toBeInstanceOf(ParameterSetNotFoundError);
    expect(before).toMatchObject({
      code: 'PARAMETER_SET_NOT_FOUND',
      tenantId: 'werkzaak-rivierenland',
      date: '2025-12-31',
      gapFrom: null,
      gapTo: '2025-12-31',
    });
    const after = thrown(() =>
      selectParameterSet([rivierenland], 'werkzaak-rivierenland', '2027-01-01'),
    ) as ParameterSetNotFoundError;
    expect(after).toMatchObject({ gapFrom: '2027-01-01', gapTo: null });
    expect(after.messageNl).toContain('2027-01-01 t/m …');

    const h2 = withChanges(rivierenland, (s) => {
      s.id = 'rivierenland-2027-h2';
      s.validFrom = '2027-07-01';
      s.validTo = null;
    });
    const gap = thrown(() =>
      selectParameterSet([rivierenland, h2], 'werkzaak-rivierenland', '2027-03-01'),
    ) as ParameterSetNotFoundError;
    expect(gap).toMatchObject({ gapFrom: '2027-01-01', gapTo: '2027-06-30' });
    expect(gap.message).toContain('2027-01-01 t/m 2027-06-30');
    expect(() => selectParameterSet([utrecht], 'werkzaak-rivierenland', '2026-06-01')).toThrow(
      ParameterSetNotFoundError,
    );
  });

  it('prefers the highest version; refuses two different sets of the same version', () => {
    const v2 = withChanges(rivierenland, (s) => {
      s.version = 2;
      s.validFrom = '2026-07-01';
      s.lks.wmlUur = '14.90';
    });
    expect(selectParameterSet([rivierenland, v2], 'werkzaak-rivierenland', '2026-06-30').version).toBe(1);
    expect(selectParameterSet([rivierenland, v2], 'werkzaak-rivierenland', '2026-07-01').lks.wmlUur).toBe('14.90');
    const other = withChanges(rivierenland, (s) => {
      s.id = 'rivierenland-dubbel';
    });
    expect(() => selectParameterSet([rivierenland, other], 'werkzaak-rivierenland', '2026-05-01')).toThrow(
      ParameterSetAmbiguousError,
    );
  });

  it('parseParameterSet names the bad field', () => {
    const bad = structuredClone(json('werkzaak-rivierenland-2026.json')) as {
      sroi: { bouwblokken: { waarde: unknown }[] };
    };
    bad.sroi.bouwblokken[3].waarde = 10000;
    const e = thrown(() => parseParameterSet(bad)) as DomainValidationError;
    expect(e).toBeInstanceOf(DomainValidationError);
    expect(e.field).toBe('sroi.bouwblokken[3].waarde');
    const pct = structuredClone(json('utrecht-model-2026.json')) as { lks: { maxPct: string } };
    pct.lks.maxPct = '70';
    expect((thrown(() => parseParameterSet(pct)) as DomainValidationError).field).toBe('lks.maxPct');
  });
});
