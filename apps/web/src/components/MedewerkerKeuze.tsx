import { useQuery } from '@apollo/client/react';
import { MEDEWERKERS } from '../api/medewerkers';
import type { Rol } from '../api/operations';
import type { Medewerker } from '../api/types';
import { t } from '../i18n/nl';
import { SelectField } from './fields';

interface Props {
  name: string;
  label: string;
  /** Whom to offer: the staff of the own organisation with this role. */
  rol: Exclude<Rol, 'WERKGEVER'>;
  value: string;
  onChange: (medewerkerId: string) => void;
  /** The first option, with the empty value ("none" or "choose one"). */
  placeholder: string;
  /** Who is chosen now; offered even when it has another role (an admin may be a werkgever's accountmanager). */
  huidige?: Medewerker | null;
  error?: string;
  required?: boolean;
}

/** Choose a colleague, e.g. the accountmanager of a werkgever or the werkcoach of a new kandidaat. */
export function MedewerkerKeuze({ rol, huidige, placeholder, error, ...select }: Props) {
  const { data, loading, error: laadFout } = useQuery(MEDEWERKERS, { variables: { rol } });
  const medewerkers = data?.medewerkers ?? [];
  const opties = huidige && !medewerkers.some((m) => m.id === huidige.id) ? [huidige, ...medewerkers] : medewerkers;
  return (
    <SelectField
      {...select}
      placeholder={loading ? t.algemeen.bezigMetLaden : placeholder}
      options={opties.map((m) => ({ value: m.id, label: t.medewerkerKeuze.optie(m.naam, m.email) }))}
      error={error ?? (laadFout ? t.medewerkerKeuze.laadFout : undefined)}
    />
  );
}
