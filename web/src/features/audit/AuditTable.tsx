import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.js';
import type { AuditEntry } from './api/list-audit.js';

const COLUMNS = ['at', 'actor', 'role', 'action', 'entity', 'recordId', 'ip'] as const;

export function AuditTable({ items }: { items: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const cell = 'govgr-table__cell';
  return (
    <table
      className="govgr-table govgr-table--stacked-s govgr-table--dense"
      data-testid="audit-table"
    >
      <caption className="govgr-table__caption govgr-table__caption--m">
        {t('audit.caption')}
      </caption>
      <thead className="govgr-table__head">
        <tr className="govgr-table__row">
          {COLUMNS.map((c) => (
            <th key={c} scope="col" className="govgr-table__header">
              {t(`audit.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govgr-table__body">
        {items.length === 0 ? (
          <tr className="govgr-table__row">
            <td className={cell} colSpan={COLUMNS.length}>
              {t('audit.empty')}
            </td>
          </tr>
        ) : null}
        {items.map((e) => (
          <tr key={e.id} className="govgr-table__row">
            <td className={cell} data-label={t('audit.at')}>
              {formatDateTime(e.at, i18n.language)}
            </td>
            <td className={cell} data-label={t('audit.actor')}>
              {e.actorName ?? t('audit.system')}
            </td>
            <td className={cell} data-label={t('audit.role')}>
              {e.actorRole ? t(`roles.${e.actorRole}`, { defaultValue: e.actorRole }) : '—'}
            </td>
            <td className={cell} data-label={t('audit.action')}>
              <code>{e.action}</code>
            </td>
            <td className={cell} data-label={t('audit.entity')}>
              {e.entity}
            </td>
            <td className={cell} data-label={t('audit.recordId')}>
              {e.recordId ?? '—'}
            </td>
            <td className={cell} data-label={t('audit.ip')}>
              {e.ip ?? '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
