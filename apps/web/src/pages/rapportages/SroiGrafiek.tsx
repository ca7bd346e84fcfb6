import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { Gemeente } from '../../api/operations';
import { SROI_RAPPORTAGE, type SroiRapportage } from '../../api/sroi';
import { Grafiek } from '../../components/charts/Grafiek';
import { Staven } from '../../components/charts/Staven';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDecimaal } from '../../lib/format';
import { formatEuro } from '../../lib/geld';
import { sroiPerGemeente, sroiVoortgang } from './punten';

const r = t.rapportages.sroi;
const pct = (waarde: number) => t.grafiek.procent(formatDecimaal(String(waarde), 1));

/** SROI progress of one gemeente's obligations in the period: realised against the obligation, per werkgever. */
export function SroiGrafiek({ gemeenteId, van, tot }: { gemeenteId: string; van: string; tot: string }) {
  const { data, loading, error } = useQuery(SROI_RAPPORTAGE, { variables: { gemeenteId, van, tot } });
  if (!data) return <QueryState loading={loading} error={error} />;
  const rapport = data.sroiRapportage;
  if (rapport.regels.length === 0)
    return (
      <>
        <h2>{r.titel}</h2>
        <p>{r.geen(rapport.gemeente)}</p>
      </>
    );
  const regels = rapport.regels.map((regel) => ({
    ...regel,
    label: r.contract(regel.werkgever, regel.contractnaam),
    voortgang: sroiVoortgang(regel),
  }));
  return (
    <Grafiek
      titel={`${r.titel}: ${rapport.gemeente}`}
      samenvatting={r.samenvatting(
        rapport.gemeente,
        rapport.totaal.aantal,
        formatEuro(rapport.totaal.gerealiseerdTotEinde),
        formatEuro(rapport.totaal.verplichting),
        rapport.totaal.achter,
      )}
      tabel={{
        kolommen: [r.werkgever, r.afspraak, r.gehaald, r.inPeriode, r.voortgang, r.stand],
        rijen: regels.map((regel) => [
          regel.label,
          formatEuro(regel.verplichting),
          formatEuro(regel.gerealiseerdTotEinde),
          formatEuro(regel.gerealiseerdInPeriode),
          pct(regel.voortgang),
          t.sroi.status[regel.status],
        ]),
      }}
    >
      <Staven
        max={100}
        staven={regels.map((regel) => ({
          label: regel.label,
          waarde: regel.voortgang,
          tekst: `${pct(regel.voortgang)} · ${t.sroi.status[regel.status]}`,
        }))}
      />
    </Grafiek>
  );
}

/**
 * Without a chosen gemeente: the obligations of every gemeente together, one bar per gemeente. The API reports
 * one gemeente at a time, so this asks once per gemeente, all at the same time.
 */
export function SroiPerGemeenteGrafiek({
  gemeenten,
  van,
  tot,
}: {
  gemeenten: readonly Gemeente[];
  van: string;
  tot: string;
}) {
  const client = useApolloClient();
  const [stand, setStand] = useState<{ rapporten?: SroiRapportage[]; fout?: Error }>({});
  const ids = gemeenten.map((g) => g.id).join(',');
  useEffect(() => {
    let actief = true;
    setStand({});
    Promise.all(
      ids
        .split(',')
        .filter(Boolean)
        .map((gemeenteId) => client.query({ query: SROI_RAPPORTAGE, variables: { gemeenteId, van, tot } })),
    ).then(
      (antwoorden) => actief && setStand({ rapporten: antwoorden.map((a) => a.data!.sroiRapportage) }),
      (fout: Error) => actief && setStand({ fout }),
    );
    return () => {
      actief = false;
    };
  }, [client, ids, van, tot]);

  if (!stand.rapporten) return <QueryState loading={!stand.fout} error={stand.fout} />;
  const punten = sroiPerGemeente(stand.rapporten);
  if (punten.length === 0)
    return (
      <>
        <h2>{r.titelGemeenten}</h2>
        <p>{r.geenGemeenten}</p>
      </>
    );
  return (
    <Grafiek
      titel={r.titelGemeenten}
      samenvatting={r.samenvattingGemeenten(
        punten.length,
        punten.reduce((som, p) => som + p.aantal, 0),
        punten.reduce((som, p) => som + p.achter, 0),
      )}
      tabel={{
        kolommen: [r.gemeente, r.aantal, r.afspraak, r.gehaald, r.voortgang, r.achter],
        rijen: punten.map((p) => [
          p.gemeente,
          String(p.aantal),
          formatEuro(p.verplichting),
          formatEuro(p.gehaald),
          pct(p.voortgang),
          String(p.achter),
        ]),
      }}
    >
      <Staven
        max={100}
        staven={punten.map((p) => ({ label: p.gemeente, waarde: p.voortgang, tekst: pct(p.voortgang) }))}
      />
    </Grafiek>
  );
}
