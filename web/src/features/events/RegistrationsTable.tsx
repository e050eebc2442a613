import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useSubmit } from '../../lib/use-submit.js';
import { ResidentPicker } from '../residents/ResidentPicker.js';
import { changeRegistration, formatEventTime, type Registration } from './events-api.js';

interface RegistrationsTableProps {
  eventId: string;
  items: Registration[];
  canRegister: boolean;
  onChanged: () => void;
}

/** Everyone registered, offered a seat or waiting, in arrival order, with the desk's actions. */
export function RegistrationsTable({
  eventId,
  items,
  canRegister,
  onChanged,
}: RegistrationsTableProps) {
  const { t, i18n } = useTranslation();
  const submit = useSubmit();
  const [linking, setLinking] = useState<string | null>(null);

  async function act(row: Registration, action: 'cancel' | 'confirm' | 'resident', body?: unknown) {
    const done = await submit.run(() => changeRegistration(eventId, row.id, action, body));
    if (done) {
      setLinking(null);
      onChanged();
    }
  }

  return (
    <>
      <ErrorSummary messages={submit.messages} />
      <div className="kt-table-wrap">
        <table className="govgr-table" data-testid="registrations">
          <caption className="govgr-table__caption govgr-heading-m">
            {t('events.registrations.title')}
          </caption>
          <thead className="govgr-table__head">
            <tr className="govgr-table__row">
              {['who', 'contact', 'status', 'actions'].map((key) => (
                <th scope="col" className="govgr-table__header" key={key}>
                  {t(`events.registrations.${key}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govgr-table__body">
            {items.map((row) => (
              <tr className="govgr-table__row" key={row.id}>
                <td className="govgr-table__cell">
                  {row.residentId ? (
                    <Link className="govgr-link" href={`~/staff/residents/${row.residentId}`}>
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                  <span className="govgr-hint">{t(`events.source.${row.source}`)}</span>
                </td>
                <td className="govgr-table__cell">
                  {[row.phone, row.email].filter(Boolean).join(' · ')}
                </td>
                <td className="govgr-table__cell">
                  <strong className="govgr-tag">
                    {row.status === 'waitlisted'
                      ? t('events.registrations.waitlistPlace', { position: row.position })
                      : t(`events.registrationStatus.${row.status}`)}
                  </strong>
                  {row.offerExpiresAt && row.status === 'offered' ? (
                    <span className="govgr-hint">
                      {t('events.registrations.offerUntil', {
                        until: formatEventTime(row.offerExpiresAt, i18n.language),
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="govgr-table__cell">
                  {canRegister && ['registered', 'waitlisted', 'offered'].includes(row.status) ? (
                    <div className="kt-inline-actions">
                      {row.status === 'offered' ? (
                        <Button
                          variant="secondary"
                          disabled={submit.submitting}
                          onClick={() => void act(row, 'confirm')}
                        >
                          {t('events.registrations.confirm')}
                          <span className="govgr-visually-hidden"> {row.name}</span>
                        </Button>
                      ) : null}
                      {!row.residentId ? (
                        <Button
                          variant="secondary"
                          aria-expanded={linking === row.id}
                          onClick={() => setLinking(linking === row.id ? null : row.id)}
                        >
                          {t('events.registrations.link')}
                          <span className="govgr-visually-hidden"> {row.name}</span>
                        </Button>
                      ) : null}
                      <Button
                        variant="warning"
                        disabled={submit.submitting}
                        onClick={() => void act(row, 'cancel')}
                      >
                        {t('events.registrations.cancel')}
                        <span className="govgr-visually-hidden"> {row.name}</span>
                      </Button>
                    </div>
                  ) : null}
                  {linking === row.id ? (
                    <ResidentPicker
                      id={`link-${row.id}`}
                      label={t('events.registrations.linkSearch', { name: row.name })}
                      exclude={[]}
                      onPick={(resident) => void act(row, 'resident', { residentId: resident.id })}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
