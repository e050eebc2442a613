import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { useSubmit } from '../../lib/use-submit.js';
import { searchDestinations } from './api/referrals-api.js';
import type { DestinationOption } from './referral-types.js';

export type DestinationChoice =
  { kind: 'service'; option: DestinationOption } | { kind: 'external'; name: string };

/** Search the directory and pick a service, or name an organization outside it. */
export function DestinationPicker({
  choice,
  onChoose,
  error,
}: {
  choice: DestinationChoice | null;
  onChoose: (choice: DestinationChoice | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<DestinationOption[] | null>(null);
  const search = useSubmit();
  const f = (key: string) => t(`referrals.form.${key}`);

  async function onSearch() {
    const found = await search.run(() => searchDestinations(q.trim()));
    if (found) setResults(found.items);
  }

  const selected = choice?.kind === 'service' ? choice.option.serviceId : choice ? 'external' : '';
  const options = [
    ...(results ?? []).map((o) => ({
      value: o.serviceId,
      label: `${o.serviceName} (${o.organizationName})`,
    })),
    { value: 'external', label: f('external') },
  ];
  const errorId = error ? 'destination-error' : undefined;
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <fieldset className="govgr-fieldset" aria-describedby={errorId}>
        <legend className="govgr-fieldset__legend govgr-heading-s">{f('destinationLegend')}</legend>
        {error ? (
          <p className="govgr-error-message" id={errorId}>
            {error}
          </p>
        ) : null}
        <div className="kt-inline-actions">
          <TextField
            id="destination-q"
            label={f('search')}
            hint={f('searchHint')}
            value={q}
            onChange={setQ}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void onSearch();
              }
            }}
          />
          <Button variant="secondary" onClick={() => void onSearch()} disabled={search.submitting}>
            {f('searchButton')}
          </Button>
        </div>
        {results && results.length === 0 ? <p className="govgr-body">{f('noResults')}</p> : null}
        <div className="govgr-radios" id="serviceId">
          {options.map((o, i) => {
            const id = i === 0 ? 'destination' : `destination-${i}`;
            return (
              <div key={o.value} className="govgr-radios__item">
                <label className="govgr-radios__label" htmlFor={id}>
                  <input
                    id={id}
                    name="destination"
                    type="radio"
                    className="govgr-radios__input"
                    checked={selected === o.value}
                    onChange={() => {
                      const option = results?.find((r) => r.serviceId === o.value);
                      onChoose(
                        option
                          ? { kind: 'service', option }
                          : {
                              kind: 'external',
                              name: choice?.kind === 'external' ? choice.name : '',
                            },
                      );
                    }}
                  />
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
        {choice?.kind === 'external' ? (
          <TextField
            id="externalOrganization"
            label={f('externalName')}
            value={choice.name}
            onChange={(name) => onChoose({ kind: 'external', name })}
          />
        ) : null}
      </fieldset>
    </div>
  );
}
