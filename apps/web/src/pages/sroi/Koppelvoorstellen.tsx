import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import {
  BEVESTIG_SROI_KOPPELING,
  SROI_MODEL,
  WIJS_SROI_KOPPELING_AF,
  type SroiKoppelvoorstel,
  type SroiVerplichtingKort,
} from '../../api/sroi';
import type { PlaatsingType } from '../../api/types';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';

const s = t.sroi;
const NA_WIJZIGING = ['SroiKoppelvoorstellen', 'SroiVerplichtingen', 'SroiVerplichting'];

/** Staff: placements at an opdrachtnemer that may count for its obligation — confirm with a category, or reject. */
export function Koppelvoorstellen({
  voorstellen,
  verplichtingen,
}: {
  voorstellen: SroiKoppelvoorstel[];
  verplichtingen: Pick<SroiVerplichtingKort, 'id' | 'contractnaam' | 'startDatum' | 'werkgever'>[];
}) {
  const [melding, setMelding] = useState<string | null>(null);
  return (
    <>
      <p>{s.koppelvoorstellenIntro}</p>
      <div aria-live="polite">{melding && <Notice>{melding}</Notice>}</div>
      {voorstellen.length === 0 ? (
        <p>{s.geenKoppelvoorstellen}</p>
      ) : (
        <ul className="result-list" aria-label={s.koppelvoorstellen}>
          {voorstellen.map((voorstel) => (
            <Koppelvoorstel
              key={`${voorstel.verplichtingId}-${voorstel.plaatsingId}`}
              voorstel={voorstel}
              verplichting={verplichtingen.find((v) => v.id === voorstel.verplichtingId)}
              onDone={setMelding}
            />
          ))}
        </ul>
      )}
    </>
  );
}

function Koppelvoorstel({
  voorstel,
  verplichting,
  onDone,
}: {
  voorstel: SroiKoppelvoorstel;
  verplichting: Pick<SroiVerplichtingKort, 'contractnaam' | 'startDatum' | 'werkgever'> | undefined;
  onDone: (melding: string) => void;
}) {
  const model = useQuery(SROI_MODEL, { variables: { datum: verplichting?.startDatum ?? voorstel.startDatum } });
  const [categorie, setCategorie] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [bevestig, bevestigen] = useMutation(BEVESTIG_SROI_KOPPELING, { refetchQueries: NA_WIJZIGING });
  const [wijsAf, afwijzen] = useMutation(WIJS_SROI_KOPPELING_AF, { refetchQueries: NA_WIJZIGING });
  const busy = bevestigen.loading || afwijzen.loading;
  const ids = { verplichtingId: voorstel.verplichtingId, plaatsingId: voorstel.plaatsingId };
  const type = t.keuzes.plaatsingType[voorstel.type as PlaatsingType] ?? voorstel.type;

  async function doe(actie: () => Promise<unknown>, melding: string) {
    setErrors(NO_ERRORS);
    try {
      await actie();
      onDone(melding);
    } catch (error) {
      setErrors(toFormErrors(error, ['categorie']));
    }
  }

  return (
    <li className="result">
      <h3>
        {verplichting ? <Link to={`/sroi/${voorstel.verplichtingId}`}>{verplichting.contractnaam}</Link> : s.titel}
      </h3>
      <ul className="meta">
        {verplichting?.werkgever && <li>{verplichting.werkgever.naam}</li>}
        <li>{s.plaatsing(type, formatDatum(voorstel.startDatum), voorstel.urenPerWeek)}</li>
        <li>
          <Link to={`/kandidaten/${voorstel.kandidaatId}`}>{s.kandidaat}</Link>
        </li>
      </ul>
      {errors.general.length > 0 && (
        <p className="field__error" role="alert">
          {errors.general.join(' ')}
        </p>
      )}
      <div className="form-row">
        <SelectField
          name="categorie"
          label={s.categorie}
          value={categorie}
          onChange={setCategorie}
          placeholder={t.algemeen.kiesEen}
          options={(model.data?.sroiModel.bouwblokken ?? []).map((b) => ({ value: b.code, label: b.omschrijving }))}
          error={errors.fields.categorie}
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() =>
            categorie
              ? doe(() => bevestig({ variables: { ...ids, categorie } }), s.bevestigd)
              : setErrors({ fields: { categorie: s.kiesCategorie }, general: [] })
          }
        >
          {s.bevestig}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={() => doe(() => wijsAf({ variables: ids }), s.afgewezen)}
        >
          {s.wijsAf}
        </button>
      </div>
    </li>
  );
}
