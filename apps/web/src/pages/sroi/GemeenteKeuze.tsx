import { useQuery } from '@apollo/client/react';
import { GEMEENTEN } from '../../api/operations';
import { SelectField } from '../../components/fields';
import { t } from '../../i18n/nl';

/** The gemeente of a tender (field `gemeenteId`), from the tenant's gemeenten. */
export function GemeenteKeuze({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (gemeenteId: string) => void;
  error?: string;
}) {
  const { data } = useQuery(GEMEENTEN);
  return (
    <SelectField
      name="gemeenteId"
      label={t.sroi.gemeenteKop}
      value={value}
      onChange={onChange}
      placeholder={t.sroi.kiesGemeenteOptie}
      options={(data?.gemeenten ?? []).map((g) => ({ value: g.id, label: g.naam }))}
      required
      error={error}
    />
  );
}
