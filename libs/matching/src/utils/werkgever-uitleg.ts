import type { MatchFactorUitleg } from '@matchpunt/domain';

/** What an employer reads instead of the instruments sentence (which names the candidate's instruments). */
export const INSTRUMENTEN_ZIN_WERKGEVER =
  'Instrumenten die bij deze kandidaat passen, worden door uw organisatie geaccepteerd';

/**
 * The explanation an employer user may read. The DOELGROEP sentence ("staat open voor banenafspraak")
 * reveals the candidate's indications, so it is left out; the INSTRUMENTEN sentence is rephrased without
 * naming instruments, and left out when it scored nothing. Every other factor is about the job or the
 * employer itself.
 */
export function uitlegVoorWerkgever(factoren: readonly MatchFactorUitleg[]): MatchFactorUitleg[] {
  const uit: MatchFactorUitleg[] = [];
  for (const f of factoren) {
    if (f.factor === 'DOELGROEP') continue;
    if (f.factor === 'INSTRUMENTEN') {
      if (f.punten > 0) uit.push({ ...f, zin: INSTRUMENTEN_ZIN_WERKGEVER });
      continue;
    }
    uit.push(f);
  }
  return uit;
}
