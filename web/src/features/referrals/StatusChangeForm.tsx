import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../lib/use-submit.js';
import { AnswerForm } from '../../portal/partner/AnswerForm.js';
import type { StatusAnswer } from '../../portal/partner/partner-types.js';
import { changeReferralStatus } from './api/referrals-api.js';
import { CANCEL_REASONS, type ReferralView } from './referral-types.js';

/**
 * The Center's update: cancel (with a reason), or record what the partner said by phone. The
 * same answer form as the partner's, with the Center's next statuses.
 */
export function StatusChangeForm({
  view,
  onSaved,
}: {
  view: ReferralView;
  onSaved: (updated: ReferralView) => void;
}) {
  const { t } = useTranslation();
  const submit = useSubmit();
  async function onAnswer(answer: StatusAnswer) {
    const updated = await submit.run(() => changeReferralStatus(view.id, answer));
    if (updated) onSaved(updated);
  }
  return (
    <section aria-labelledby="change-heading">
      <h2 className="govgr-heading-m" id="change-heading">
        {t('referrals.detail.changeHeading')}
      </h2>
      <p className="govgr-hint">{t('referrals.detail.changeHint')}</p>
      <AnswerForm
        referral={view}
        submit={submit}
        onAnswer={onAnswer}
        cancelReasons={CANCEL_REASONS}
      />
    </section>
  );
}
