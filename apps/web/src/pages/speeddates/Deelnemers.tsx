import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { KANDIDATEN } from '../../api/kandidaten';
import { REGISTREER_KANDIDAAT, SPEEDDATE_DEELNEMERS, type SpeeddateEvent } from '../../api/speeddates';
import { useUser } from '../../auth/AuthProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/fields';
import { QueryLijst } from '../../components/QueryLijst';
import { Tabel } from '../../components/Tabel';
import { t } from '../../i18n/nl';
import { AANMELDERS } from './rollen';
import { rondeFout, rondeInput, RondeVelden, useRondeKeuze } from './RondeVelden';

const s = t.speeddates;
const FIELDS = ['kandidaatId', 'vanRonde', 'totRonde'];

/** The registered candidates (by code; a werkcoach sees its own), and registering one. */
export function Deelnemers({
  event,
  inschrijven,
  onMelding,
}: {
  event: SpeeddateEvent;
  inschrijven: boolean;
  onMelding: (m: string) => void;
}) {
  const user = useUser();
  const { data, loading, error } = useQuery(SPEEDDATE_DEELNEMERS, { variables: { eventId: event.id } });
  const deelnemers = data?.speeddateDeelnemers;
  return (
    <section className="section" aria-labelledby="sd-kandidaten">
      <h2 id="sd-kandidaten">{s.kandidatenTitel}</h2>
      <QueryLijst items={deelnemers} loading={loading} error={error} leeg={s.geenKandidaten}>
        {(rijen) => (
          <Tabel caption={s.kandidatenTitel} koppen={[s.kandidaat, s.aanwezig]}>
            <tbody>
              {rijen.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/kandidaten/${d.kandidaatId}`}>{d.kandidaatCode}</Link>
                  </td>
                  <td>{d.noShow ? s.nietGekomen : s.vanTot(d.vanRonde, d.totRonde)}</td>
                </tr>
              ))}
            </tbody>
          </Tabel>
        )}
      </QueryLijst>
      {inschrijven &&
        (AANMELDERS.includes(user.rol) ? (
          <KandidaatAanmelden event={event} al={deelnemers?.map((d) => d.kandidaatId) ?? []} onMelding={onMelding} />
        ) : (
          <p className="field__hint">{s.kandidatenDoorWerkcoach}</p>
        ))}
    </section>
  );
}

/** A werkcoach registers its own candidates; an ADMIN any available one. */
function KandidaatAanmelden({
  event,
  al,
  onMelding,
}: {
  event: SpeeddateEvent;
  al: string[];
  onMelding: (m: string) => void;
}) {
  const user = useUser();
  const filter = user.rol === 'WERKCOACH' ? { mijn: true } : { status: ['BESCHIKBAAR' as const] };
  const kandidaten = useQuery(KANDIDATEN, { variables: { first: 100, filter } });
  const [kandidaatId, setKandidaatId] = useState('');
  const ronde = useRondeKeuze(event.rondes);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [meldAan, { loading }] = useMutation(REGISTREER_KANDIDAAT, {
    refetchQueries: ['SpeeddateDeelnemers', 'Speeddate'],
    awaitRefetchQueries: true,
  });
  const opties = (kandidaten.data?.kandidaten.edges ?? [])
    .filter(({ node }) => !al.includes(node.id))
    .map(({ node }) => ({ value: node.id, label: `${node.code} – ${node.beroepswensen.join(', ')}` }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!kandidaatId) fields.kandidaatId = t.fouten.verplicht(s.kandidaat);
    const totRonde = rondeFout(ronde);
    if (totRonde) fields.totRonde = totRonde;
    if (Object.keys(fields).length) return setErrors({ fields, general: [] });
    setErrors(NO_ERRORS);
    try {
      await meldAan({
        variables: { eventId: event.id, input: { kandidaatId, ...rondeInput(ronde) } },
      });
      setKandidaatId('');
      onMelding(s.aangemeld);
    } catch (error) {
      setErrors(toFormErrors(error, FIELDS));
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} labels={{ kandidaatId: s.kandidaat, vanRonde: s.vanRonde, totRonde: s.totRonde }} />
      <form className="form form-wide no-print" noValidate onSubmit={submit} aria-label={s.kandidaatAanmelden}>
        <h3>{s.kandidaatAanmelden}</h3>
        <SelectField
          name="kandidaatId"
          label={s.kandidaat}
          value={kandidaatId}
          onChange={setKandidaatId}
          options={opties}
          placeholder={t.algemeen.kiesEen}
          error={errors.fields.kandidaatId}
          required
        />
        <RondeVelden keuze={ronde} errors={errors.fields} />
        <button type="submit" className="button" disabled={loading}>
          {s.aanmelden}
        </button>
      </form>
    </>
  );
}
