import { useState, type ReactNode } from 'react';
import { Notice } from '../../components/Notice';
import { SectieKop } from '../../components/SectieKop';
import { t } from '../../i18n/nl';

/**
 * A section that lists a werkgever's items (sites, contact persons) and, given a `formulier`, lets the user add one
 * or change one in place: one form open at a time, a notice after saving.
 */
export function BewerkbareLijst<T extends { id: string; naam: string }>({
  id,
  titel,
  leeg,
  toevoegen,
  items,
  toegevoegd,
  gewijzigd,
  formulier,
  children,
}: {
  id: string;
  titel: string;
  leeg: string;
  /** The text of the add button. */
  toevoegen: string;
  items: readonly T[];
  toegevoegd: (naam: string) => string;
  gewijzigd: (naam: string) => string;
  /** The form for a new (`item` undefined) or existing item; it calls `onDone` with the saved name, or none. */
  formulier?: (item: T | undefined, onDone: (naam?: string) => void) => ReactNode;
  /** How one item reads when it is not being changed. */
  children: (item: T) => ReactNode;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const bewerkbaar = formulier !== undefined;
  const bewerk = (welk: string) => {
    setNotice(null);
    setEditing(welk);
  };
  const klaar = (melding: (naam: string) => string) => (naam?: string) => {
    setEditing(null);
    if (naam) setNotice(melding(naam));
  };
  return (
    <section className="section" aria-labelledby={id}>
      <SectieKop
        id={id}
        titel={titel}
        knop={toevoegen}
        metKnop={bewerkbaar && editing === null}
        onKnop={() => bewerk('nieuw')}
        secundair
      />
      <div aria-live="polite">{notice && <Notice>{notice}</Notice>}</div>
      {formulier && editing === 'nieuw' && formulier(undefined, klaar(toegevoegd))}
      {items.length === 0 ? (
        <p>{leeg}</p>
      ) : (
        <ul className="result-list">
          {items.map((item) => (
            <li key={item.id} className="result">
              {formulier && editing === item.id ? (
                formulier(item, klaar(gewijzigd))
              ) : (
                <>
                  {children(item)}
                  {bewerkbaar && editing === null && (
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`${t.algemeen.wijzigen}: ${item.naam}`}
                      onClick={() => bewerk(item.id)}
                    >
                      {t.algemeen.wijzigen}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
