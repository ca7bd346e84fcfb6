import type { AanbodskrantKaart } from '../../api/aanbodskrant';
import { t } from '../../i18n/nl';

/** What the aanbodskrant shows of one candidate (no name): region, availability, hours, wishes and pitch. */
export function AanbodKaartInhoud({ kaart }: { kaart: AanbodskrantKaart }) {
  return (
    <>
      <ul className="meta">
        <li>{kaart.regio}</li>
        <li>{kaart.beschikbaarheid}</li>
        <li>{t.algemeen.uren(kaart.urenMin, kaart.urenMax)}</li>
        {kaart.rijbewijs && <li>{t.kandidaten.metRijbewijs}</li>}
      </ul>
      <p>
        <strong>{t.kandidaten.beroepswensen}:</strong> {kaart.beroepswensen.join(', ')}
      </p>
      {kaart.pitch && <p>{kaart.pitch}</p>}
    </>
  );
}
