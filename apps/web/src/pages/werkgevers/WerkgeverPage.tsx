import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMelding } from '../../lib/useMelding';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import type { ContactmomentSoort } from '../../api/types';
import { VACATURES } from '../../api/vacatures';
import {
  LEG_CONTACTMOMENT_VAST,
  WERKGEVER_DETAIL,
  type Contactmoment,
  type Contactpersoon,
} from '../../api/werkgevers';
import { useUser } from '../../auth/AuthProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { optionsOf, SelectField, TextArea, TextField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { OpslaanAnnuleren } from '../../components/OpslaanAnnuleren';
import { PageHeading } from '../../components/PageHeading';
import { QueryState } from '../../components/QueryState';
import { SectieKop } from '../../components/SectieKop';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { Plaatsingen } from '../plaatsingen/Plaatsingen';
import { VacatureItem } from '../vacatures/VacaturesPage';
import { Contactpersonen } from './Contactpersonen';
import { Vestigingen } from './Vestigingen';
import { WerkgeverGegevens } from './WerkgeverGegevens';
import { WerkgeverSroiPso } from '../sroi/WerkgeverSroiPso';

const w = t.werkgevers;
const BEHEERDERS = ['ACCOUNTMANAGER', 'ADMIN'];

/** Staff: one werkgever with its details, contacts, vacatures and relation history. */
export function WerkgeverPage() {
  const { id = '' } = useParams();
  const user = useUser();
  const [melding] = useMelding();
  const { data, loading, error } = useQuery(WERKGEVER_DETAIL, { variables: { id } });
  const vacatures = useQuery(VACATURES, { variables: { first: 50, filter: { werkgeverId: id } } });
  if (!data) return <QueryState loading={loading} error={error} title={w.titel} />;
  const werkgever = data.werkgever;
  const beheerder = BEHEERDERS.includes(user.rol);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/werkgevers">{w.terugNaarLijst}</Link>
      </p>
      <PageHeading>{werkgever.naam}</PageHeading>
      {melding && <Notice>{melding}</Notice>}
      <ul className="meta">
        <li>{werkgever.sectorOmschrijving}</li>
        <li>{w.kvk(werkgever.kvkNummer)}</li>
        {werkgever.accountmanager && <li>{w.accountmanager(werkgever.accountmanager.naam)}</li>}
      </ul>

      <Relatiehistorie
        werkgeverId={werkgever.id}
        historie={werkgever.relatiehistorie ?? []}
        contactpersonen={werkgever.contactpersonen}
      />

      <section className="section" aria-labelledby="werkgever-vacatures">
        <div className="section-header">
          <h2 id="werkgever-vacatures">{w.vacatures}</h2>
          {beheerder && (
            <Link to={`/vacatures/nieuw?werkgever=${werkgever.id}`} className="button button--small">
              {w.vacaturePlaatsen}
            </Link>
          )}
        </div>
        {!vacatures.data ? (
          <QueryState loading={vacatures.loading} error={vacatures.error} />
        ) : vacatures.data.vacatures.edges.length === 0 ? (
          <p>{t.vacatures.geen}</p>
        ) : (
          <ul className="result-list">
            {vacatures.data.vacatures.edges.map(({ node }) => (
              <VacatureItem key={node.id} vacature={node} showWerkgever={false} headingLevel={3} />
            ))}
          </ul>
        )}
      </section>

      <Plaatsingen filter={{ werkgeverId: werkgever.id }} />

      <WerkgeverSroiPso werkgeverId={werkgever.id} />

      {beheerder ? (
        <>
          <WerkgeverGegevens werkgever={werkgever} medewerker />
          <Contactpersonen werkgeverId={werkgever.id} contactpersonen={werkgever.contactpersonen} />
        </>
      ) : (
        <ContactpersonenAlleenLezen contactpersonen={werkgever.contactpersonen} />
      )}
      <Vestigingen vestigingen={werkgever.vestigingen} werkgeverId={beheerder ? werkgever.id : undefined} />
    </>
  );
}

function ContactpersonenAlleenLezen({ contactpersonen }: { contactpersonen: Contactpersoon[] }) {
  return (
    <section className="section" aria-labelledby="contactpersonen">
      <h2 id="contactpersonen">{t.organisatie.contactpersonen}</h2>
      {contactpersonen.length === 0 ? (
        <p>{t.organisatie.geenContactpersonen}</p>
      ) : (
        <ul className="result-list">
          {contactpersonen.map((persoon) => (
            <li key={persoon.id} className="result">
              <h3>{persoon.naam}</h3>
              <ul className="meta">
                {persoon.functie && <li>{persoon.functie}</li>}
                {persoon.email && <li>{persoon.email}</li>}
                {persoon.telefoon && <li>{persoon.telefoon}</li>}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Relatiehistorie({
  werkgeverId,
  historie,
  contactpersonen,
}: {
  werkgeverId: string;
  historie: Contactmoment[];
  contactpersonen: Contactpersoon[];
}) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const naamVan = (id: string | null) => contactpersonen.find((p) => p.id === id)?.naam;
  return (
    <section className="section" aria-labelledby="relatiehistorie">
      <SectieKop
        id="relatiehistorie"
        titel={w.relatiehistorie}
        knop={w.contactVastleggen}
        metKnop={!open}
        onKnop={() => {
          setSaved(false);
          setOpen(true);
        }}
      />
      <p>{w.relatiehistorieIntro}</p>
      {saved && <Notice>{w.contactVastgelegd}</Notice>}
      {open && (
        <ContactmomentForm
          werkgeverId={werkgeverId}
          contactpersonen={contactpersonen}
          onDone={(ok) => {
            setOpen(false);
            setSaved(ok);
          }}
        />
      )}
      {historie.length === 0 ? (
        <p>{w.geenHistorie}</p>
      ) : (
        <ol className="timeline" aria-label={w.relatiehistorie}>
          {historie.map((moment) => (
            <li key={moment.id}>
              <h3>{moment.onderwerp}</h3>
              <ul className="meta">
                <li>{formatDatum(moment.datum)}</li>
                <li>{t.keuzes.contactmomentSoort[moment.soort]}</li>
                {moment.door && <li>{w.door(moment.door.naam)}</li>}
                {naamVan(moment.contactpersoonId) && (
                  <li>{`${w.metContactpersoon}: ${naamVan(moment.contactpersoonId)}`}</li>
                )}
              </ul>
              {moment.verslag && <p className="pre-line">{moment.verslag}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

const CONTACT_FIELDS = ['soort', 'onderwerp', 'verslag', 'datum', 'contactpersoonId'];
const CONTACT_LABELS: Record<string, string> = {
  soort: w.soort,
  onderwerp: w.onderwerp,
  verslag: w.verslag,
  datum: w.datum,
  contactpersoonId: w.metContactpersoon,
};

function ContactmomentForm({
  werkgeverId,
  contactpersonen,
  onDone,
}: {
  werkgeverId: string;
  contactpersonen: Contactpersoon[];
  onDone: (saved: boolean) => void;
}) {
  const [values, setValues] = useState({ soort: '', onderwerp: '', verslag: '', datum: '', contactpersoonId: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [leg, { loading }] = useMutation(LEG_CONTACTMOMENT_VAST, {
    refetchQueries: ['WerkgeverDetail'],
    awaitRefetchQueries: true,
  });
  const set = (key: keyof typeof values, value: string) => setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!values.soort) fields.soort = t.algemeen.kiesEen;
    if (!values.onderwerp.trim()) fields.onderwerp = t.fouten.verplicht(w.onderwerp);
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      await leg({
        variables: {
          input: {
            werkgeverId,
            soort: values.soort as ContactmomentSoort,
            onderwerp: values.onderwerp.trim(),
            verslag: values.verslag.trim(),
            ...(values.datum && { datum: new Date(`${values.datum}T12:00:00`).toISOString() }),
            ...(values.contactpersoonId && { contactpersoonId: values.contactpersoonId }),
          },
        },
      });
      onDone(true);
    } catch (error) {
      setErrors(toFormErrors(error, CONTACT_FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={CONTACT_LABELS} />
      <form className="form form-wide" noValidate onSubmit={submit} aria-label={w.contactVastleggen}>
        <div className="form-row">
          <SelectField
            name="soort"
            label={w.soort}
            value={values.soort}
            onChange={(value) => set('soort', value)}
            placeholder={t.algemeen.kiesEen}
            options={optionsOf(t.keuzes.contactmomentSoort)}
            required
            error={errors.fields.soort}
          />
          <TextField
            name="datum"
            label={w.datum}
            hint={w.datumHint}
            type="date"
            value={values.datum}
            onChange={(event) => set('datum', event.target.value)}
            error={errors.fields.datum}
          />
        </div>
        <TextField
          name="onderwerp"
          label={w.onderwerp}
          required
          value={values.onderwerp}
          onChange={(event) => set('onderwerp', event.target.value)}
          error={errors.fields.onderwerp}
        />
        <SelectField
          name="contactpersoonId"
          label={w.metContactpersoon}
          value={values.contactpersoonId}
          onChange={(value) => set('contactpersoonId', value)}
          placeholder={w.geenContactpersoon}
          options={contactpersonen.map((p) => ({
            value: p.id,
            label: p.functie ? `${p.naam} (${p.functie})` : p.naam,
          }))}
          error={errors.fields.contactpersoonId}
        />
        <TextArea
          name="verslag"
          label={w.verslag}
          value={values.verslag}
          onChange={(value) => set('verslag', value)}
          error={errors.fields.verslag}
        />
        <OpslaanAnnuleren busy={loading} label={w.contactVastleggen} onAnnuleren={() => onDone(false)} />
      </form>
    </>
  );
}
