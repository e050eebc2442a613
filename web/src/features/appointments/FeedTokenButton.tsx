import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useSubmit } from '../../lib/use-submit.js';
import { createFeedToken } from './api/agenda.js';

/** A personal .ics feed for one's calendar app; the address is shown once, then only replaced. */
export function FeedTokenButton() {
  const { t } = useTranslation();
  const submit = useSubmit();
  const [url, setUrl] = useState<string | null>(null);
  async function create() {
    const made = await submit.run(createFeedToken);
    if (made) setUrl(made.url);
  }
  return (
    <div className="kt-feed">
      <Button variant="secondary" onClick={() => void create()} disabled={submit.submitting}>
        {t('appointments.feed.button')}
      </Button>
      <ErrorSummary messages={submit.messages} />
      {url ? (
        <div className="govgr-field" role="status">
          <label className="govgr-label" htmlFor="feed-url">
            {t('appointments.feed.label')}
            <span className="govgr-hint">{t('appointments.feed.hint')}</span>
          </label>
          <input
            id="feed-url"
            className="govgr-input"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}
    </div>
  );
}
