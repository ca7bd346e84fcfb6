import { normaliseTerm } from './normalise-term';
import { isSamenstellingsdeel } from './vocabulaire';

const MIN_DEEL = 3;
/** An unknown leading part is split off only when the known tail is at least this long. */
const MIN_BEKENDE_STAART = 5;
/** The Dutch linking -s- ("onderhoudsmonteur", "kwaliteitscontroleur"). */
const TUSSEN_S = 's';

/**
 * Splits a Dutch compound into its known parts: "vrachtwagenchauffeur" → ["vrachtwagen", "chauffeur"],
 * "onderhoudsmonteur" → ["onderhoud", "monteur"] (linking -s- dropped). Words made of several
 * words or hyphenated parts are split there first. A word whose tail is a known part but whose head
 * is not keeps the head as one part ("tandartsassistent" → ["tandarts", "assistent"]); a word with no
 * known tail comes back whole. An unknown head keeps a final -s- ("tandarts"), since without a
 * lexicon it cannot be told from a linking -s-.
 */
export function decompound(woord: string): string[] {
  return normaliseTerm(woord)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .flatMap(splitsWoord);
}

function splitsWoord(w: string): string[] {
  const n = w.length;
  // beste[i]: the split of w.slice(i) into known parts with the fewest parts, or null if none.
  const beste: (string[] | null)[] = new Array(n + 1).fill(null);
  beste[n] = [];
  for (let i = n - MIN_DEEL; i >= 0; i--) {
    let keuze: string[] | null = null;
    for (let j = n; j >= i + MIN_DEEL; j--) {
      const deel = w.slice(i, j);
      if (!isSamenstellingsdeel(deel)) continue;
      const rest = beste[j] ?? (w[j] === TUSSEN_S && beste[j + 1]?.length ? beste[j + 1] : null);
      if (rest && (!keuze || rest.length + 1 < keuze.length)) keuze = [deel, ...rest];
    }
    beste[i] = keuze;
  }
  if (beste[0]) return beste[0];
  for (let i = MIN_DEEL; i <= n - MIN_BEKENDE_STAART; i++) {
    const staart = beste[i];
    if (staart?.length) return [w.slice(0, i), ...staart];
  }
  return [w];
}
