import { bits } from './masks';

export interface ColouringGraph {
  readonly candidates: number;
  readonly tables: number;
  readonly rounds: number;
  readonly edgeCand: Int32Array;
  readonly edgeTable: Int32Array;
  /** Rounds (colours) an edge may take, as a bit mask. */
  readonly edgeAllowed: Int32Array;
}

const MAX_CHAIN_DEPTH = 16;
const CHAIN_BUDGET = 400;

/**
 * Rounds as colours of a bipartite edge colouring (candidates × tables). An edge is placed by, in order:
 * a round free at both ends; a two-colour Kempe chain flip (König: always succeeds when every edge may take
 * every round); a bounded depth-first chain of single-edge moves with any allowed colour. Pinned (fixed)
 * edges never move. Node ids: candidate c is c, table t is candidates + t.
 */
export class RoundColouring {
  readonly edgeRound: Int32Array;
  readonly busy: Int32Array;
  private readonly at: Int32Array;
  private readonly pinned: Uint8Array;
  private readonly moved: Uint8Array;
  private budget = 0;

  constructor(private readonly g: ColouringGraph) {
    const nodes = g.candidates + g.tables;
    this.edgeRound = new Int32Array(g.edgeCand.length).fill(-1);
    this.busy = new Int32Array(nodes);
    this.at = new Int32Array(nodes * g.rounds).fill(-1);
    this.pinned = new Uint8Array(g.edgeCand.length);
    this.moved = new Uint8Array(g.edgeCand.length);
  }

  candNode(e: number): number {
    return this.g.edgeCand[e];
  }

  tableNode(e: number): number {
    return this.g.candidates + this.g.edgeTable[e];
  }

  /** Edge in round r at node, or −1. */
  edgeAt(node: number, r: number): number {
    return this.at[node * this.g.rounds + r];
  }

  isPinned(e: number): boolean {
    return this.pinned[e] === 1;
  }

  place(e: number, r: number): void {
    const u = this.candNode(e);
    const v = this.tableNode(e);
    const bit = 1 << r;
    if (this.edgeRound[e] !== -1 || (this.busy[u] & bit) !== 0 || (this.busy[v] & bit) !== 0) {
      throw new Error(`RoundColouring: cannot place edge ${e} in round ${r}`);
    }
    this.edgeRound[e] = r;
    this.busy[u] |= bit;
    this.busy[v] |= bit;
    this.at[u * this.g.rounds + r] = e;
    this.at[v * this.g.rounds + r] = e;
  }

  unplace(e: number): void {
    const r = this.edgeRound[e];
    const u = this.candNode(e);
    const v = this.tableNode(e);
    this.edgeRound[e] = -1;
    this.busy[u] &= ~(1 << r);
    this.busy[v] &= ~(1 << r);
    this.at[u * this.g.rounds + r] = -1;
    this.at[v * this.g.rounds + r] = -1;
  }

  /** Places an edge that must never move; false when its round is taken. */
  pin(e: number, r: number): boolean {
    const bit = 1 << r;
    if (((this.busy[this.candNode(e)] | this.busy[this.tableNode(e)]) & bit) !== 0) return false;
    this.place(e, r);
    this.pinned[e] = 1;
    return true;
  }

  /** Tries to place e, moving other unpinned edges if needed; false (and nothing changed) when it fails. */
  insert(e: number): boolean {
    const u = this.candNode(e);
    const v = this.tableNode(e);
    const allowed = this.g.edgeAllowed[e];
    const common = allowed & ~this.busy[u] & ~this.busy[v];
    if (common !== 0) {
      this.place(e, 31 - Math.clz32(common & -common));
      return true;
    }
    return this.kempe(e, u, v) || this.kempe(e, v, u) || this.chain(e, u, v);
  }

  /** a free at `free` (and allowed for e), b free at `blocked`: flip the a/b path that starts at `blocked`. */
  private kempe(e: number, free: number, blocked: number): boolean {
    const allowed = this.g.edgeAllowed[e];
    for (const a of bits(allowed & ~this.busy[free])) {
      for (const b of bits(~this.busy[blocked] & ((1 << this.g.rounds) - 1))) {
        const path = this.alternatingPath(blocked, a, b);
        if (path === null) continue;
        for (const f of path) this.unplace(f);
        path.forEach((f, i) => this.place(f, i % 2 === 0 ? b : a));
        this.place(e, a);
        return true;
      }
    }
    return false;
  }

  /** Edges of the a/b path from `start` (first edge coloured a), or null if one of them cannot switch colour. */
  private alternatingPath(start: number, a: number, b: number): number[] | null {
    const path: number[] = [];
    let node = start;
    let colour = a;
    for (let f = this.edgeAt(node, colour); f !== -1; f = this.edgeAt(node, colour)) {
      const other = colour === a ? b : a;
      if (this.pinned[f] || (this.g.edgeAllowed[f] & (1 << other)) === 0) return null;
      path.push(f);
      node = node === this.candNode(f) ? this.tableNode(f) : this.candNode(f);
      colour = other;
    }
    return path;
  }

  /** Place e in a round free at one end, displacing the edge at the other end, which then moves on, and so on. */
  private chain(e: number, u: number, v: number): boolean {
    this.budget = CHAIN_BUDGET;
    this.moved[e] = 1;
    try {
      for (const r of bits(this.g.edgeAllowed[e])) {
        for (const [free, blocked] of [
          [u, v],
          [v, u],
        ]) {
          if ((this.busy[free] & (1 << r)) !== 0) continue;
          const f = this.edgeAt(blocked, r);
          if (f === -1 || this.pinned[f]) continue;
          this.unplace(f);
          this.place(e, r);
          this.moved[f] = 1;
          if (this.relocate(f, blocked, 1)) return true;
          this.moved[f] = 0;
          this.unplace(e);
          this.place(f, r);
        }
      }
      return false;
    } finally {
      this.moved[e] = 0;
    }
  }

  /** Finds a new round for the unplaced edge f that is free at `anchor`, displacing further if needed. */
  private relocate(f: number, anchor: number, depth: number): boolean {
    if (this.budget-- <= 0 || depth > MAX_CHAIN_DEPTH) return false;
    const other = anchor === this.candNode(f) ? this.tableNode(f) : this.candNode(f);
    const options = this.g.edgeAllowed[f] & ~this.busy[anchor];
    const direct = options & ~this.busy[other];
    if (direct !== 0) {
      this.place(f, 31 - Math.clz32(direct & -direct));
      this.moved[f] = 0;
      return true;
    }
    for (const r of bits(options)) {
      const g = this.edgeAt(other, r);
      if (this.pinned[g] || this.moved[g]) continue;
      this.unplace(g);
      this.place(f, r);
      this.moved[g] = 1;
      if (this.relocate(g, other, depth + 1)) {
        this.moved[f] = 0;
        return true;
      }
      this.moved[g] = 0;
      this.unplace(f);
      this.place(g, r);
    }
    return false;
  }
}
