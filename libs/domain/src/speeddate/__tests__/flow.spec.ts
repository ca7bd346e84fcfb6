import { MinCostFlow } from '../flow';
import { mulberry32 } from './support/random-instance';

/** Best assignment weight by brute force: each worker at most one job, each job at most one worker. */
function bestAssignment(w: (number | null)[][]): number {
  const visit = (i: number, used: Set<number>): number => {
    if (i === w.length) return 0;
    let best = visit(i + 1, used);
    w[i].forEach((v, j) => {
      if (v === null || used.has(j)) return;
      used.add(j);
      best = Math.max(best, v + visit(i + 1, used));
      used.delete(j);
    });
    return best;
  };
  return visit(0, new Set());
}

describe('MinCostFlow', () => {
  it('finds the maximum-weight matching (any size) of random bipartite graphs', () => {
    const rnd = mulberry32(9);
    for (let trial = 0; trial < 60; trial++) {
      const n = 1 + Math.floor(rnd() * 6);
      const m = 1 + Math.floor(rnd() * 6);
      const w = Array.from({ length: n }, () =>
        Array.from({ length: m }, () => (rnd() < 0.3 ? null : Math.floor(rnd() * 20) - 5)),
      );
      const flow = new MinCostFlow(n + m + 2);
      const sink = n + m + 1;
      for (let i = 0; i < n; i++) flow.addArc(0, 1 + i, 1, 0);
      for (let j = 0; j < m; j++) flow.addArc(1 + n + j, sink, 1, 0);
      w.forEach((row, i) => row.forEach((v, j) => v !== null && flow.addArc(1 + i, 1 + n + j, 1, -v)));
      expect(0 - flow.minCostFlow(0, sink)).toBe(bestAssignment(w));
    }
  });

  it('reports the flow on each arc and only augments while it pays', () => {
    const flow = new MinCostFlow(4);
    const a = flow.addArc(0, 1, 5, -3);
    const b = flow.addArc(1, 3, 2, 0);
    const c = flow.addArc(0, 2, 5, 1); // positive cost: never worth it
    flow.addArc(2, 3, 5, 0);
    expect(flow.minCostFlow(0, 3)).toBe(-6);
    expect([flow.flowOn(a), flow.flowOn(b), flow.flowOn(c)]).toEqual([2, 2, 0]);
  });

  it('requires a topologically numbered network', () => {
    expect(() => new MinCostFlow(3).addArc(2, 1, 1, 0)).toThrow();
  });
});
