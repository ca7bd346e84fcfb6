/**
 * Benchmark of the pure rules (libs/domain/src/rules): 100k calculaties and 10k SROI recomputations (one contract
 * with 5 efforts each), plus LKS and PSO for reference. Inputs vary deterministically (no randomness), so runs
 * compare. Prints one JSON line per operation: throughput per second over the timed loop, p50 and p95 latency.
 *
 *   node -r @swc-node/register bench/rules.bench.ts
 */
import {
  calculatie,
  type CalculatieInput,
  loonkostensubsidie,
  psoBerekening,
  type PsoInput,
  type SroiInzet,
  sroiVoortgang,
  UTRECHT_MODEL_2026,
  WERKZAAK_RIVIERENLAND_2026,
} from '../libs/domain/src/rules';

const params = WERKZAAK_RIVIERENLAND_2026;
const LOONWAARDEN = ['0.3', '0.45', '0.5', '0.6', '0.65', '0.7', '0.8', '0.9', '1'];

function calculatieInput(i: number): CalculatieInput {
  const size = 5 + (i % 8);
  const uren = 16 + (i % 25);
  return {
    medewerkers: Array.from({ length: size }, (_, w) => ({
      urenPerWeek: uren + (w % 3),
      loonwaarde: LOONWAARDEN[(i + w) % LOONWAARDEN.length],
      leeftijd: 18 + ((i + w) % 10),
    })),
    praktijkbegeleiderUrenPerWeek: 20 + (i % 17),
    productieleiderUrenPerWeek: i % 9,
    overigeKostenPerJaar: String(1000 + (i % 50) * 100),
    gebodenTarief: `${18 + (i % 20)}.50`,
  };
}

const CATEGORIEEN = [
  'PW_UITKERING_KORTER_2_JAAR',
  'PW_UITKERING_LANGER_2_JAAR',
  'DOELGROEPREGISTER_WAJONG_WIA_WSW_BESCHUT',
  'WW_KORTER_1_JAAR',
  'NUG',
];
const pad = (n: number) => String(n).padStart(2, '0');

function sroiInput(i: number): {
  contract: { contractwaarde: string; startDatum: string; eindDatum: string };
  inzet: SroiInzet[];
  peildatum: string;
} {
  const inzet: SroiInzet[] = [0, 1, 2].map((k) => ({
    soort: 'PLAATSING' as const,
    id: `p${k}`,
    categorie: CATEGORIEEN[(i + k) % CATEGORIEEN.length],
    urenPerWeek: 16 + ((i + k * 7) % 25),
    startDatum: `2026-${pad(1 + ((i + k) % 12))}-${pad(1 + ((i * 7 + k) % 28))}`,
    eindDatum: (i + k) % 3 === 0 ? null : `2027-${pad(1 + ((i * 5 + k) % 12))}-${pad(1 + ((i + k * 3) % 28))}`,
  }));
  inzet.push({
    soort: 'PLAATSING',
    id: 'wep',
    categorie: 'WERKERVARINGSPLEK_PROEFPLAATSING',
    startDatum: `2026-${pad(1 + (i % 6))}-01`,
    eindDatum: `2026-${pad(7 + (i % 6))}-15`,
  });
  inzet.push({
    soort: 'INKOOP',
    id: 'ink',
    datum: `2026-${pad(1 + (i % 12))}-10`,
    factuurbedragExclBtw: `${1000 + (i % 997)}.25`,
  });
  return {
    contract: {
      contractwaarde: String(500_000 + (i % 100) * 10_000),
      startDatum: '2026-01-01',
      eindDatum: '2027-12-31',
    },
    inzet,
    peildatum: `2026-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
  };
}

function psoInput(i: number): PsoInput {
  return {
    totaalFte: 10 + (i % 120),
    peildatum: '2026-12-31',
    medewerkers: [
      { fte: '1.0', uitgangspositie: 'WW', contractType: 'REGULIER' },
      { fte: '0.8', uitgangspositie: 'PARTICIPATIEWET_MET_LKS', contractType: 'DETACHERING', lksLooptTot: null },
      { fte: String(0.5 + (i % 5) / 10), uitgangspositie: 'DOELGROEPREGISTER', contractType: 'REGULIER' },
    ],
    inkopen:
      i % 2 === 0
        ? [
            {
              leverancierType: 'SW_BEDRIJF',
              factuurbedragExclBtw: '40000',
              leverancierJaaromzet: '6000000',
              leverancierDoelgroepFte: 150,
            },
          ]
        : [],
    kandidaatUrenPerWeek: 24,
  };
}

function run<T>(op: string, n: number, make: (i: number) => T, fn: (input: T) => unknown): void {
  const inputs = Array.from({ length: n }, (_, i) => make(i));
  const warm = Math.min(n, 2000);
  for (let i = 0; i < warm; i++) fn(inputs[i]);
  const times = new Float64Array(n);
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    fn(inputs[i]);
    times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;
  times.sort();
  const q = (p: number) => Number(times[Math.min(n - 1, Math.floor(p * n))].toFixed(4));
  console.log(
    JSON.stringify({
      op,
      n,
      totalMs: Math.round(totalMs),
      throughputPerS: Math.round((n / totalMs) * 1000),
      p50Ms: q(0.5),
      p95Ms: q(0.95),
      p99Ms: q(0.99),
    }),
  );
}

run('calculatie', 100_000, calculatieInput, (input) => calculatie(input, params));
run('sroiVoortgang(5 inzet)', 10_000, sroiInput, (input) => sroiVoortgang(input, params));
run(
  'loonkostensubsidie',
  100_000,
  (i) => ({ loonwaarde: LOONWAARDEN[i % LOONWAARDEN.length], urenPerWeek: 8 + (i % 33) }),
  (input) => loonkostensubsidie(input, params),
);
run('psoBerekening', 10_000, psoInput, (input) => psoBerekening(input, params));
// Utrecht model with bonuses, to show the other table costs the same
run(
  'sroiVoortgang(utrecht, bonussen)',
  10_000,
  (i) => ({
    ...sroiInput(i),
    inzet: [0, 1, 2, 3, 4].map((k) => ({
      soort: 'PLAATSING' as const,
      id: `u${k}`,
      categorie: ['PARTICIPATIEWET', 'DOELGROEP_BANENAFSPRAAK', 'WIA_WAO', 'WW', 'NUG'][(i + k) % 5],
      urenPerWeek: 20 + k,
      startDatum: `2026-0${1 + k}-15`,
      bonussen: k % 2 === 0 ? ['VIJFTIG_PLUS', 'VAST_CONTRACT'] : [],
    })),
  }),
  (input) => sroiVoortgang(input, UTRECHT_MODEL_2026),
);
