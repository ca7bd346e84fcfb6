import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  AANBODSKRANT_LINK,
  MELD_AF,
  TOON_INTERESSE,
  type AanbodskrantLinkDoel,
  type AanbodskrantLinkInhoud,
} from '../../api/aanbodskrant';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n/nl';
import { formatDatum } from '../../lib/format';
import { AanbodKaartInhoud } from './AanbodKaartInhoud';

const l = t.aanbodskrantLink;

/**
 * Public (no login): the page a link in the aanbodskrant mail opens, /aanbodskrant/interesse?token=… or
 * /aanbodskrant/afmelden?token=…. Shows what the link is about, asks to confirm, and shows the result; a
 * forged or expired link shows the API's message, which says what to do instead.
 */
export function AanbodskrantLinkPage({ doel }: { doel: AanbodskrantLinkDoel }) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const { data, error } = useQuery(AANBODSKRANT_LINK, {
    variables: { token, doel },
    skip: !token,
    fetchPolicy: 'network-only',
  });

  if (!token || error) {
    return (
      <div className="narrow">
        <PageHeading>{l.werktNiet}</PageHeading>
        <div className="error-summary" role="alert">
          {token ? toFormErrors(error).general.map((message) => <p key={message}>{message}</p>) : <p>{l.geenToken}</p>}
        </div>
      </div>
    );
  }
  if (!data) return <Loading />;
  return <Bevestigen token={token} inhoud={data.aanbodskrantLink} />;
}

function Bevestigen({ token, inhoud }: { token: string; inhoud: AanbodskrantLinkInhoud }) {
  const [bericht, setBericht] = useState<string | null>(null);
  const [fouten, setFouten] = useState<FormErrors>(NO_ERRORS);
  const [toonInteresse, interesse] = useMutation(TOON_INTERESSE);
  const [meldAf, afmelden] = useMutation(MELD_AF);
  const bezig = interesse.loading || afmelden.loading;
  const kaart = inhoud.doel === 'INTERESSE' ? inhoud.kaart : null;

  async function bevestig() {
    setFouten(NO_ERRORS);
    try {
      const antwoord = kaart
        ? (await toonInteresse({ variables: { token } })).data?.toonInteresseViaLink.bericht
        : (await meldAf({ variables: { token } })).data?.meldAfVoorAanbodskrant.bericht;
      setBericht(antwoord ?? null);
    } catch (error) {
      setFouten(toFormErrors(error));
    }
  }

  const klaar = bericht ?? (inhoud.alGedaan ? (kaart ? l.interesseAlGedaan : l.afmeldenAlGedaan) : null);
  return (
    <div className="narrow">
      <PageHeading>{kaart ? l.interesseTitel(kaart.code) : l.afmeldenTitel}</PageHeading>
      <p className="lead">{l.ontvangen(inhoud.editieTitel, inhoud.contactpersoonNaam, inhoud.werkgeverNaam)}</p>
      {kaart && (
        <section className="result" aria-labelledby="link-kandidaat">
          <h2 id="link-kandidaat">{l.overKandidaat}</h2>
          <AanbodKaartInhoud kaart={kaart} />
        </section>
      )}
      <ErrorSummary errors={fouten} labels={{}} />
      {klaar ? (
        <Notice>{klaar}</Notice>
      ) : (
        <div className="section">
          <p>{kaart ? l.interesseUitleg : l.afmeldenUitleg(inhoud.email)}</p>
          <button type="button" className="button" disabled={bezig} onClick={() => void bevestig()}>
            {bezig ? l.bezig : kaart ? l.interesseKnop(kaart.code) : l.afmeldenKnop}
          </button>
          <p className="field__hint">{l.geldigTot(formatDatum(inhoud.geldigTot))}</p>
        </div>
      )}
    </div>
  );
}
