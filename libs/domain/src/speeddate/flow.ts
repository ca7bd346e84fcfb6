import { BinaryHeap } from './binary-heap';

/**
 * Min-cost flow by successive shortest paths with potentials (primal–dual): Dijkstra on reduced costs, then a
 * blocking flow over the zero-reduced-cost arcs. Integer costs (kept in doubles, exact below 2^53).
 * `minCostFlow()` augments only while the cheapest path has negative cost: it returns the minimum-cost flow of
 * any value, which for costs = −weights is a maximum-weight b-matching.
 * Arcs must go from a lower to a higher node number (a topologically numbered DAG) so that the initial
 * potentials come from one pass; residual arcs are added automatically.
 */
export class MinCostFlow {
  private readonly head: Int32Array;
  // Built in plain arrays, frozen into typed arrays for the solve.
  private next: number[] | Int32Array = [];
  private to: number[] | Int32Array = [];
  private cap: number[] | Int32Array = [];
  private cost: number[] | Float64Array = [];

  constructor(readonly nodeCount: number) {
    this.head = new Int32Array(nodeCount).fill(-1);
  }

  /** Adds arc u→v; returns its id (use `flowOn(id)` afterwards). */
  addArc(u: number, v: number, capacity: number, cost: number): number {
    if (!(u < v)) throw new Error(`MinCostFlow: arc ${u}→${v} must go to a higher node`);
    if (this.to instanceof Int32Array) throw new Error('MinCostFlow: arcs must be added before solving');
    const id = this.to.length;
    this.push(u, v, capacity, cost);
    this.push(v, u, 0, -cost);
    return id;
  }

  flowOn(arc: number): number {
    return this.cap[arc ^ 1];
  }

  /** Runs the augmentation from source to sink; returns the total cost. */
  minCostFlow(source: number, sink: number): number {
    this.freeze();
    const n = this.nodeCount;
    const pot = this.initialPotentials(source);
    const dist = new Float64Array(n);
    const done = new Uint8Array(n);
    const iter = new Int32Array(n);
    const onPath = new Uint8Array(n);
    const heap = new BinaryHeap();
    let total = 0;
    for (;;) {
      if (!this.dijkstra(source, sink, pot, dist, done, heap)) break;
      const dSink = dist[sink];
      for (let v = 0; v < n; v++) pot[v] += done[v] ? dist[v] : dSink;
      const pathCost = pot[sink] - pot[source];
      if (pathCost >= 0) break;
      iter.set(this.head);
      let pushed = 0;
      for (;;) {
        const f = this.augment(source, sink, Infinity, pot, iter, onPath);
        if (f === 0) break;
        pushed += f;
      }
      if (pushed === 0) break;
      total += pushed * pathCost;
    }
    return total;
  }

  private push(u: number, v: number, capacity: number, cost: number): void {
    (this.to as number[]).push(v);
    (this.cap as number[]).push(capacity);
    (this.cost as number[]).push(cost);
    (this.next as number[]).push(this.head[u]);
    this.head[u] = this.to.length - 1;
  }

  private freeze(): void {
    if (this.to instanceof Int32Array) return;
    this.to = Int32Array.from(this.to);
    this.cap = Int32Array.from(this.cap);
    this.cost = Float64Array.from(this.cost);
    this.next = Int32Array.from(this.next);
  }

  private initialPotentials(source: number): Float64Array {
    const pot = new Float64Array(this.nodeCount).fill(Infinity);
    pot[source] = 0;
    for (let u = source; u < this.nodeCount; u++) {
      if (pot[u] === Infinity) continue;
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if ((e & 1) === 0 && this.cap[e] > 0 && pot[u] + this.cost[e] < pot[this.to[e]]) {
          pot[this.to[e]] = pot[u] + this.cost[e];
        }
      }
    }
    for (let v = 0; v < this.nodeCount; v++) if (pot[v] === Infinity) pot[v] = 0;
    return pot;
  }

  /** Dijkstra on reduced costs, stopped once the sink is settled. */
  private dijkstra(
    s: number,
    t: number,
    pot: Float64Array,
    dist: Float64Array,
    done: Uint8Array,
    heap: BinaryHeap,
  ): boolean {
    dist.fill(Infinity);
    done.fill(0);
    heap.clear();
    dist[s] = 0;
    heap.push(s, 0);
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      if (u === t) return true;
      const du = dist[u];
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if (this.cap[e] <= 0) continue;
        const v = this.to[e];
        const nd = du + this.cost[e] + pot[u] - pot[v];
        if (nd < dist[v]) {
          dist[v] = nd;
          heap.push(v, nd);
        }
      }
    }
    return false;
  }

  /** One augmenting path over zero-reduced-cost arcs (depth-first, with current-arc pointers). */
  private augment(
    u: number,
    t: number,
    limit: number,
    pot: Float64Array,
    iter: Int32Array,
    onPath: Uint8Array,
  ): number {
    if (u === t) return limit;
    onPath[u] = 1;
    for (; iter[u] !== -1; iter[u] = this.next[iter[u]]) {
      const e = iter[u];
      const v = this.to[e];
      if (this.cap[e] <= 0 || onPath[v] || this.cost[e] + pot[u] - pot[v] !== 0) continue;
      const f = this.augment(v, t, Math.min(limit, this.cap[e]), pot, iter, onPath);
      if (f > 0) {
        this.cap[e] -= f;
        this.cap[e ^ 1] += f;
        onPath[u] = 0;
        return f;
      }
    }
    onPath[u] = 0;
    return 0;
  }
}
