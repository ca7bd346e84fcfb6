import { RoundColouring } from '../edge-colouring';
import { mulberry32 } from './support/random-instance';

function randomBipartite(seed: number, candidates: number, tables: number, degree: number) {
  const rnd = mulberry32(seed);
  const degC = new Array(candidates).fill(0);
  const degT = new Array(tables).fill(0);
  const cand: number[] = [];
  const table: number[] = [];
  for (let c = 0; c < candidates; c++) {
    for (let t = 0; t < tables; t++) {
      if (rnd() < 0.6 && degC[c] < degree && degT[t] < degree) {
        cand.push(c);
        table.push(t);
        degC[c]++;
        degT[t]++;
      }
    }
  }
  return { cand: Int32Array.from(cand), table: Int32Array.from(table) };
}

describe('RoundColouring', () => {
  it.each([1, 2, 3, 4, 5, 6])('colours any bipartite graph of max degree Δ with Δ rounds (König), seed %p', (seed) => {
    const degree = 3 + seed;
    const { cand, table } = randomBipartite(seed, 25, 12, degree);
    const colouring = new RoundColouring({
      candidates: 25,
      tables: 12,
      rounds: degree,
      edgeCand: cand,
      edgeTable: table,
      edgeAllowed: new Int32Array(cand.length).fill((1 << degree) - 1),
    });
    for (let e = 0; e < cand.length; e++) expect(colouring.insert(e)).toBe(true);
    const seen = new Set<string>();
    for (let e = 0; e < cand.length; e++) {
      const r = colouring.edgeRound[e];
      expect(r).toBeGreaterThanOrEqual(0);
      for (const k of [`c${cand[e]}|${r}`, `t${table[e]}|${r}`]) {
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
    }
  });

  it('never moves a pinned edge and respects allowed rounds', () => {
    // Candidate 0 meets tables 0 and 1; table 0 may only use round 0, which is pinned for edge 1.
    const colouring = new RoundColouring({
      candidates: 2,
      tables: 2,
      rounds: 2,
      edgeCand: Int32Array.from([0, 1, 0]),
      edgeTable: Int32Array.from([0, 0, 1]),
      edgeAllowed: Int32Array.from([0b01, 0b11, 0b11]),
    });
    expect(colouring.pin(1, 0)).toBe(true);
    expect(colouring.insert(0)).toBe(false);
    expect(colouring.insert(2)).toBe(true);
    expect(colouring.edgeRound[1]).toBe(0);
    expect(colouring.pin(0, 0)).toBe(false);
  });
});
