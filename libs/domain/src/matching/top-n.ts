/**
 * Keeps the best `limiet` of a stream of scored entries in a bounded binary heap (worst at the root):
 * O(n log k) time, O(k) memory. Higher score wins; equal scores are ordered by id ascending, so the
 * result does not depend on input order.
 */
export class TopN<T> {
  private readonly scores: number[] = [];
  private readonly items: T[] = [];

  constructor(
    private readonly limiet: number,
    private readonly idVan: (item: T) => string,
  ) {
    if (!Number.isInteger(limiet) || limiet < 0) throw new RangeError(`limit must be an integer ≥ 0, got ${limiet}`);
  }

  aanbieden(score: number, item: T): void {
    const n = this.scores.length;
    if (n < this.limiet) {
      this.scores.push(score);
      this.items.push(item);
      this.omhoog(n);
    } else if (n > 0 && this.beter(score, item, this.scores[0], this.items[0])) {
      this.scores[0] = score;
      this.items[0] = item;
      this.omlaag(0);
    }
  }

  /** The kept entries, best first. */
  gesorteerd(): { score: number; item: T }[] {
    return this.scores
      .map((score, i) => ({ score, item: this.items[i] }))
      .sort((a, b) => (this.beter(a.score, a.item, b.score, b.item) ? -1 : 1));
  }

  private beter(sa: number, a: T, sb: number, b: T): boolean {
    if (sa !== sb) return sa > sb;
    return this.idVan(a) < this.idVan(b);
  }

  private omhoog(i: number): void {
    while (i > 0) {
      const ouder = (i - 1) >> 1;
      if (!this.beter(this.scores[ouder], this.items[ouder], this.scores[i], this.items[i])) return;
      this.wissel(i, ouder);
      i = ouder;
    }
  }

  private omlaag(i: number): void {
    const n = this.scores.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let slechtste = i;
      if (l < n && this.beter(this.scores[slechtste], this.items[slechtste], this.scores[l], this.items[l]))
        slechtste = l;
      if (r < n && this.beter(this.scores[slechtste], this.items[slechtste], this.scores[r], this.items[r]))
        slechtste = r;
      if (slechtste === i) return;
      this.wissel(i, slechtste);
      i = slechtste;
    }
  }

  private wissel(i: number, j: number): void {
    [this.scores[i], this.scores[j]] = [this.scores[j], this.scores[i]];
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
  }
}
