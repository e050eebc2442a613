import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.js';
import { StaffRow, type StaffRowActions } from './StaffRow.js';
import type { StaffView } from './staff-types.js';

interface StaffTableProps {
  items: StaffView[];
  canUpdate: boolean;
  busy: boolean;
  actions: StaffRowActions;
}

export function StaffTable({ items, canUpdate, busy, actions }: StaffTableProps) {
  const { t, i18n } = useTranslation();
  const headers = ['username', 'displayName', 'role', 'status', 'totp', 'lastSignIn'];
  if (canUpdate) headers.push('actions');
  return (
    <table className="govgr-table govgr-table--stacked-s" data-testid="staff-table">
      <caption className="govgr-table__caption govgr-table__caption--m">
        {t('staffAdmin.tableCaption')}
      </caption>
      <thead className="govgr-table__head">
        <tr className="govgr-table__row">
          {headers.map((h) => (
            <th key={h} scope="col" className="govgr-table__header">
              {t(`staffAdmin.${h}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govgr-table__body">
        {items.length === 0 ? (
          <tr className="govgr-table__row">
            <td className="govgr-table__cell" colSpan={headers.length}>
              {t('staffAdmin.empty')}
            </td>
          </tr>
        ) : (
          items.map((s) => (
            <StaffRow
              key={`${s.id}-${s.role}`}
              staff={s}
              canUpdate={canUpdate}
              busy={busy}
              actions={actions}
              formatTime={(iso) => formatDateTime(iso, i18n.language)}
            />
          ))
        )}
      </tbody>
    </table>
  );
}
