import type { VoorstelStatus } from '../../api/types';
import { Grafiek } from '../../components/charts/Grafiek';
import { Staven } from '../../components/charts/Staven';
import { t } from '../../i18n/nl';
import { procent, trechter } from './punten';

const r = t.rapportages.trechter;

/** The voorstellen funnel: how many stand in each stage now, from proposed to placed. */
export function TrechterGrafiek({
  titel,
  tellingen,
}: {
  titel: string;
  tellingen: readonly { fase: VoorstelStatus; aantal: number }[];
}) {
  const data = trechter(tellingen);
  const geplaatst = data.fasen.find((f) => f.fase === 'GEPLAATST')?.aantal ?? 0;
  const rij = (fase: VoorstelStatus, aantal: number) => [
    t.keuzes.voorstelStatus[fase],
    String(aantal),
    t.grafiek.procent(String(procent(aantal, data.totaal))),
  ];
  return (
    <Grafiek
      titel={titel}
      samenvatting={r.samenvatting(data.lopend, geplaatst, data.afgewezen, data.ingetrokken)}
      tabel={{
        kolommen: [r.fase, r.aantal, r.aandeel],
        rijen: [
          ...data.fasen.map((f) => rij(f.fase, f.aantal)),
          rij('AFGEWEZEN', data.afgewezen),
          rij('INGETROKKEN', data.ingetrokken),
        ],
      }}
    >
      <Staven
        trechter
        staven={data.fasen.map((f) => ({
          label: t.keuzes.voorstelStatus[f.fase],
          waarde: f.aantal,
          tekst: String(f.aantal),
        }))}
      />
    </Grafiek>
  );
}
