import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { WERKGEVERS } from '../../api/werkgevers';
import { SelectField, TextField } from '../../components/fields';
import { t } from '../../i18n/nl';

const b = t.werkgeverBeheer;

interface Props {
  name: string;
  label: string;
  value: string;
  onChange: (werkgeverId: string) => void;
  error?: string;
}

/** Pick one werkgever inside a form: search by name or KvK-nummer, then choose from what was found. */
export function WerkgeverKiezer({ name, label, value, onChange, error }: Props) {
  const [invoer, setInvoer] = useState('');
  const [zoekterm, setZoekterm] = useState('');
  const { data, loading } = useQuery(WERKGEVERS, { variables: { first: 20, filter: { zoekterm } }, skip: !zoekterm });
  const zoek = () => {
    onChange('');
    setZoekterm(invoer.trim());
  };
  const gevonden = data?.werkgevers.edges.map(({ node }) => ({
    value: node.id,
    label: `${node.naam} (${node.kvkNummer})`,
  }));
  return (
    <div className="form-row">
      <div className="filters">
        <TextField
          name={`${name}-zoek`}
          label={b.zoekWerkgever}
          hint={t.werkgevers.zoekterm}
          type="search"
          value={invoer}
          onChange={(event) => setInvoer(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              zoek();
            }
          }}
        />
        <button type="button" className="button button--secondary" onClick={zoek} disabled={loading}>
          {t.algemeen.zoeken}
        </button>
      </div>
      <SelectField
        name={name}
        label={label}
        value={value}
        onChange={onChange}
        placeholder={!zoekterm ? b.eerstZoeken : gevonden?.length === 0 ? b.nietsGevonden : t.algemeen.kiesEen}
        options={gevonden ?? []}
        required
        error={error}
      />
    </div>
  );
}
