import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { useFinances } from './api/finances.js';
import { FinancesForm } from './FinancesForm.js';
import type { HouseholdView } from './household-types.js';

/** The last ten tax years; the one before the current is the usual one (last year's E1). */
function taxYears(): number[] {
  const current = new Date().getFullYear();
  return Array.from({ length: 11 }, (_, i) => current - i);
}

export function FinancesSection({
  household,
  canWrite,
}: {
  household: HouseholdView;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear() - 1);
  const headingId = `finances-${household.id}`;
  return (
    <section aria-labelledby={headingId} className="kt-file-section">
      <h4 className="govgr-heading-m" id={headingId}>
        {t('households.finances.title')}
      </h4>
      <Select
        id={`taxYear-${household.id}`}
        label={t('households.finances.taxYear')}
        value={String(year)}
        options={taxYears().map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(v) => setYear(Number(v))}
      />
      <YearFinances key={year} household={household} year={year} canWrite={canWrite} />
    </section>
  );
}

function YearFinances(props: { household: HouseholdView; year: number; canWrite: boolean }) {
  const query = useFinances(props.household.id, props.year);
  const [saved, setSaved] = useState(false);
  if (query.error) return <LoadError error={query.error} onRetry={query.reload} />;
  if (!query.data) return <Loading />;
  return (
    // Keyed by version: after a save or a reload the form starts from what the server has.
    <FinancesForm
      key={query.data.version}
      household={props.household}
      finances={query.data}
      canWrite={props.canWrite}
      saved={saved}
      onSaved={(f) => {
        setSaved(true);
        query.setData(f);
      }}
      onReload={() => {
        setSaved(false);
        query.reload();
      }}
    />
  );
}
