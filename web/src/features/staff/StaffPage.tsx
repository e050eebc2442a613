import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { hasPermission, useSession } from '../auth/session-context.js';
import { resetStaffPassword } from './api/reset-staff-password.js';
import { resetStaffTotp } from './api/reset-staff-totp.js';
import { updateStaff } from './api/update-staff.js';
import { CreateStaffForm } from './CreateStaffForm.js';
import { OneTimePassword } from './OneTimePassword.js';
import type { StaffRowActions } from './StaffRow.js';
import { StaffTable } from './StaffTable.js';
import type { StaffView } from './staff-types.js';

interface Shown {
  intro: string;
  password: string;
}

export function StaffPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const canManage = hasPermission(session, 'staff.manage');
  const list = useApiQuery<{ items: StaffView[] }>('/api/staff');
  const [otp, setOtp] = useState<Shown | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rowAction = useSubmit();
  useDocumentTitle(
    t('common.pageTitle', { page: t('staffAdmin.title'), site: t('common.staffAppName') }),
  );

  const items = list.data?.items ?? [];
  function replace(updated: StaffView) {
    const exists = items.some((s) => s.id === updated.id);
    const next = exists
      ? items.map((s) => (s.id === updated.id ? updated : s))
      : [...items, updated];
    list.setData({ items: next });
  }
  function show(message: string | null, shown: Shown | null = null) {
    setNotice(message);
    setOtp(shown);
  }

  async function act<T>(call: () => Promise<T>, done: (result: T) => void) {
    const result = await rowAction.run(call);
    if (result !== undefined) done(result);
  }

  const actions: StaffRowActions = {
    changeRole: (s, role, partnerOrganizationId) =>
      void act(
        () =>
          updateStaff(s.id, {
            role,
            ...(partnerOrganizationId ? { partnerOrganizationId } : {}),
          }),
        (u) => {
          replace(u);
          show(t('staffAdmin.roleChanged', { username: u.username }));
        },
      ),
    toggleStatus: (s) =>
      void act(
        () => updateStaff(s.id, { status: s.status === 'active' ? 'disabled' : 'active' }),
        (u) => {
          replace(u);
          show(t('staffAdmin.statusChanged', { username: u.username }));
        },
      ),
    resetPassword: (s) =>
      void act(
        () => resetStaffPassword(s.id),
        (r) =>
          show(null, {
            intro: t('staffAdmin.otpReset', { username: s.username }),
            password: r.oneTimePassword,
          }),
      ),
    resetTotp: (s) =>
      void act(
        () => resetStaffTotp(s.id),
        (u) => {
          replace(u);
          show(t('staffAdmin.totpReset', { username: u.username }));
        },
      ),
  };

  return (
    <>
      <h1 className="govgr-heading-xl">{t('staffAdmin.title')}</h1>
      {otp ? <OneTimePassword intro={otp.intro} password={otp.password} /> : null}
      {notice ? (
        <NotificationBanner title={t('staffAdmin.updatedTitle')} success>
          <p className="govgr-body">{notice}</p>
        </NotificationBanner>
      ) : null}
      <ErrorSummary messages={rowAction.messages} />
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data ? (
        <div className="kt-table-wrap">
          <StaffTable
            items={items}
            canUpdate={canManage}
            busy={rowAction.submitting}
            actions={actions}
          />
        </div>
      ) : null}
      {canManage ? (
        <section aria-labelledby="create-heading">
          <h2 className="govgr-heading-l" id="create-heading">
            {t('staffAdmin.createHeading')}
          </h2>
          <CreateStaffForm
            onCreated={(staff, password) => {
              replace(staff);
              show(null, {
                intro: t('staffAdmin.otpCreated', { username: staff.username }),
                password,
              });
            }}
          />
        </section>
      ) : null}
    </>
  );
}
