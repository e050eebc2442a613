import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time.js';
import type { TimelineEntry } from './api/get-timeline.js';

const KNOWN = new Set([
  'resident.registered',
  'resident.updated',
  'resident.merged',
  'request.logged',
  'case.opened',
  'case.status_changed',
  'case.closed',
  'counseling.session',
  'document.added',
  'consent.recorded',
  'household.member_added',
  'household.member_left',
]);

/** Values of a vocabulary are shown through its translations; free text as it is. */
const VOCAB: Record<string, string> = {
  axis: 'axis',
  channel: 'channel',
  outcome: 'requestOutcome',
  status: 'caseStatus',
  from: 'caseStatus',
  to: 'caseStatus',
  kind: 'sessionKind',
  type: 'documentType',
  purpose: 'consentPurpose',
  relationship: 'relationship',
};

function detailText(key: string, value: unknown, t: TFunction) {
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object' || value === null || value === undefined) return '';
  const text = String(value);
  const vocab = VOCAB[key];
  if (key === 'durationMinutes') return t('common.minutes', { count: Number(value) });
  return vocab ? t(`vocab.${vocab}.${text}`, { defaultValue: text }) : text;
}

export function TimelineEntryItem({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation();
  const labelKey = `timeline.kind.${entry.kind.replace('.', '_')}`;
  // Kinds of other modules (events, referrals) bring their labels in their own i18n files.
  const known = KNOWN.has(entry.kind) || i18n.exists(labelKey);
  const title = known ? t(labelKey) : t('timeline.unknown', { kind: entry.kind });
  const details = Object.entries(entry.details)
    .map(([key, value]) => [key, detailText(key, value, t)] as const)
    .filter(([, text]) => text !== '');
  return (
    <li className="kt-timeline__item" data-kind={entry.kind}>
      <p className="govgr-body govgr-!-font-weight-bold kt-timeline__title">{title}</p>
      <p className="govgr-hint">
        {formatDateTime(entry.occurredAt, i18n.language)}
        {entry.actorName ? ` · ${entry.actorName}` : ''}
      </p>
      {details.length > 0 ? (
        <dl className="kt-facts kt-facts--small">
          {details.map(([key, text]) => (
            <div key={key}>
              <dt>{t(`timeline.detail.${key}`, { defaultValue: key })}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}
