import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { SettingsForm } from './SettingsForm.js';
import type { CenterSettings } from './settings-types.js';

export function SettingsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const canUpdate = hasPermission(session, 'center.settings.update');
  const settings = useApiQuery<CenterSettings>('/api/center/settings');
  const [saved, setSaved] = useState(false);
  useDocumentTitle(
    t('common.pageTitle', { page: t('settings.title'), site: t('common.staffAppName') }),
  );

  return (
    <>
      <h1 className="govgr-heading-xl">{t('settings.title')}</h1>
      {saved ? (
        <NotificationBanner title={t('settings.savedTitle')} success>
          <p className="govgr-body">{t('settings.saved')}</p>
        </NotificationBanner>
      ) : null}
      {!canUpdate ? <p className="govgr-body">{t('settings.readOnly')}</p> : null}
      {settings.error ? <LoadError error={settings.error} onRetry={settings.reload} /> : null}
      {settings.loading && !settings.data ? <Loading /> : null}
      {settings.data ? (
        <SettingsForm
          settings={settings.data}
          readOnly={!canUpdate}
          onSaved={(s) => {
            settings.setData(s);
            setSaved(true);
            window.scrollTo(0, 0);
          }}
        />
      ) : null}
    </>
  );
}
