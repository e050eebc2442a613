import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { fullName, type ResidentSummary } from './resident-types.js';
import { useResidentSearch } from './use-resident-search.js';

interface ResidentPickerProps {
  id: string;
  label: string;
  exclude: string[];
  onPick: (r: ResidentSummary) => void;
}

/** Finds an existing resident with the desk's search and hands the choice to the form. */
export function ResidentPicker({ id, label, exclude, onPick }: ResidentPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useResidentSearch(query, 1);
  const items = (query.trim() ? (search.data?.items ?? []) : []).filter(
    (r) => !exclude.includes(r.id),
  );
  return (
    <div className="kt-picker">
      <TextField
        id={id}
        type="search"
        label={label}
        value={query}
        onChange={setQuery}
        autoComplete="off"
      />
      <ul className="govgr-list kt-picker__results" aria-label={t('residents.resultsCaption')}>
        {items.slice(0, 5).map((r) => (
          <li key={r.id}>
            <Button
              variant="secondary"
              onClick={() => {
                onPick(r);
                setQuery('');
              }}
            >
              {t('residents.pick', { name: fullName(r) })}
              {r.birthDate ? ` (${r.birthDate})` : ''}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
