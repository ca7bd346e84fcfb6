import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { GEMEENTEN } from '../../api/operations';
import { DUURZAAMHEID, VOORSTELLEN_PER_FASE } from '../../api/rapportages';
import type { VoorstelStatus } from '../../api/types';
import { SelectField, TextField } from '../../components/fields';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { useFilters } from '../../lib/useSearchParam';
import { PlaatsingenGrafieken } from './PlaatsingenGrafieken';
import { standaardPeriode } from './punten';
import { SroiGrafiek, SroiPerGemeenteGrafiek } from './SroiGrafiek';
import { TrechterGrafiek } from './TrechterGrafiek';

const r = t.rapportages;
const FILTERS = ['van', 'tot', 'gemeente'] as const;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Staff: charts of the voorstellen funnel, placements and duurzaamheid over time, and SROI per werkgever. */
export function RapportagesPage() {
  const [filters, update] = useFilters(FILTERS);
  const standaard = standaardPeriode(new Date());
  const van = filters.van || standaard.van;
  const tot = filters.tot || standaard.tot;
  const gemeenteId = filters.gemeente;
  const gemeenten = useQuery(GEMEENTEN).data?.gemeenten ?? [];
  const gemeenteNaam = gemeenten.find((g) => g.id === gemeenteId)?.naam ?? r.alleGemeenten;

  return (
    <>
      <PageHeading>{r.titel}</PageHeading>
      <p className="lead">{r.intro}</p>
      <FilterForm
        key={`${van}|${tot}|${gemeenteId}`}
        beginwaarden={{ van, tot, gemeente: gemeenteId }}
        gemeenten={gemeenten}
        onToon={update}
      />
      <p role="status">{r.periode(formatDatum(van), formatDatum(tot), gemeenteNaam)}</p>
      <section className="section">
        <Trechter />
      </section>
      <Plaatsingen van={van} tot={tot} gemeenteId={gemeenteId} />
      <section className="section">
        {gemeenteId ? (
          <SroiGrafiek gemeenteId={gemeenteId} van={van} tot={tot} />
        ) : (
          gemeenten.length > 0 && (
            <>
              <SroiPerGemeenteGrafiek gemeenten={gemeenten} van={van} tot={tot} />
              <p>{r.sroi.kiesGemeente}</p>
            </>
          )
        )}
      </section>
    </>
  );
}

type Invoer = Record<(typeof FILTERS)[number], string>;

function FilterForm({
  beginwaarden,
  gemeenten,
  onToon,
}: {
  beginwaarden: Invoer;
  gemeenten: readonly { id: string; naam: string }[];
  onToon: (filters: Invoer) => void;
}) {
  const [invoer, setInvoer] = useState(beginwaarden);
  const [fouten, setFouten] = useState<Partial<Invoer>>({});

  function toon(event: FormEvent) {
    event.preventDefault();
    const nieuw: Partial<Invoer> = {};
    if (!DATUM.test(invoer.van)) nieuw.van = r.datumOngeldig;
    if (!DATUM.test(invoer.tot)) nieuw.tot = r.datumOngeldig;
    else if (!nieuw.van && invoer.tot < invoer.van) nieuw.tot = r.periodeOngeldig;
    setFouten(nieuw);
    if (Object.keys(nieuw).length === 0) onToon(invoer);
  }

  return (
    <form className="filters" aria-label={r.filters} onSubmit={toon} noValidate>
      <TextField
        name="van"
        label={r.van}
        type="date"
        value={invoer.van}
        onChange={(e) => setInvoer({ ...invoer, van: e.target.value })}
        error={fouten.van}
      />
      <TextField
        name="tot"
        label={r.tot}
        type="date"
        value={invoer.tot}
        onChange={(e) => setInvoer({ ...invoer, tot: e.target.value })}
        error={fouten.tot}
      />
      <SelectField
        name="gemeente"
        label={r.gemeente}
        value={invoer.gemeente}
        onChange={(gemeente) => setInvoer({ ...invoer, gemeente })}
        placeholder={r.alleGemeenten}
        options={gemeenten.map((g) => ({ value: g.id, label: g.naam }))}
      />
      <button type="submit" className="button">
        {r.toon}
      </button>
    </form>
  );
}

function Trechter() {
  const { data, loading, error } = useQuery(VOORSTELLEN_PER_FASE);
  if (!data) return <QueryState loading={loading} error={error} />;
  const tellingen = (Object.keys(t.keuzes.voorstelStatus) as VoorstelStatus[]).map((fase) => ({
    fase,
    aantal: data[fase].totalCount,
  }));
  return (
    <>
      <TrechterGrafiek titel={r.trechter.titel} tellingen={tellingen} />
      <p>{r.trechter.uitleg}</p>
    </>
  );
}

function Plaatsingen({ van, tot, gemeenteId }: { van: string; tot: string; gemeenteId: string }) {
  const { data, loading, error } = useQuery(DUURZAAMHEID, {
    variables: { periode: { van, tot }, gemeenteId: gemeenteId || null },
  });
  return (
    <section className="section">
      {data ? <PlaatsingenGrafieken rapport={data.duurzaamheid} /> : <QueryState loading={loading} error={error} />}
    </section>
  );
}
