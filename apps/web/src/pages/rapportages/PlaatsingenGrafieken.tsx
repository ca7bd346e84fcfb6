import type { DuurzaamheidRapport } from '../../api/rapportages';
import { Grafiek } from '../../components/charts/Grafiek';
import { Kolommen } from '../../components/charts/Kolommen';
import { Staven } from '../../components/charts/Staven';
import { t } from '../../i18n/nl';
import { formatDecimaal } from '../../lib/format';
import { drukste, maandPunten, meetpunten } from './punten';

const r = t.rapportages;
const pct = (waarde: number | null) => (waarde === null ? null : t.grafiek.procent(formatDecimaal(String(waarde), 1)));

/** Placements per month of the period, and the share still at work at the 6 and 12 month checkpoints. */
export function PlaatsingenGrafieken({ rapport }: { rapport: DuurzaamheidRapport }) {
  const punten = maandPunten(rapport.maanden);
  const top = drukste(punten);
  const metingen = meetpunten(rapport.totaal);
  return (
    <>
      <Grafiek
        titel={r.plaatsingen.titel}
        samenvatting={r.plaatsingen.samenvatting(rapport.totaal.geplaatst, top?.maand ?? null, top?.waarde ?? 0)}
        tabel={{
          kolommen: [r.plaatsingen.maand, r.plaatsingen.aantal],
          rijen: punten.map((p) => [p.maand, String(p.waarde)]),
        }}
      >
        <Kolommen kolommen={punten} />
      </Grafiek>
      <Grafiek
        titel={r.duurzaamheid.titel}
        samenvatting={`${r.duurzaamheid.uitleg} ${metingen.map((m) => r.duurzaamheid.zin(m.maanden, pct(m.percentage))).join(' ')}`}
        tabel={{
          kolommen: [
            r.duurzaamheid.meetmoment,
            r.duurzaamheid.gemeten,
            r.duurzaamheid.aanHetWerk,
            r.duurzaamheid.percentage,
          ],
          rijen: metingen.map((m) => [
            r.duurzaamheid.moment(m.maanden),
            String(m.gemeten),
            String(m.aanHetWerk),
            pct(m.percentage) ?? r.duurzaamheid.nietGemeten,
          ]),
        }}
      >
        <Staven
          max={100}
          staven={metingen.map((m) => ({
            label: r.duurzaamheid.moment(m.maanden),
            waarde: m.percentage ?? 0,
            tekst: pct(m.percentage) ?? r.duurzaamheid.nietGemeten,
          }))}
        />
      </Grafiek>
    </>
  );
}
