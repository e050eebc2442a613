import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { NotificationBanner } from '../../components/NotificationBanner.js';
import { TextArea } from '../../components/TextArea.js';
import { useSubmit } from '../../lib/use-submit.js';
import { mergeResidents } from './api/merge-residents.js';
import { MergeCompare } from './MergeCompare.js';
import { ResidentPicker } from './ResidentPicker.js';
import { fullName, type ResidentSummary, type ResidentView } from './resident-types.js';

interface MergeSectionProps {
  resident: ResidentView;
  onMerged: (r: ResidentView) => void;
}

type Step = 'pick' | 'reason' | 'confirm';

/**
 * «Συγχώνευση διπλοεγγραφής»: this file survives; the duplicate's records move to it and the
 * duplicate is kept, marked merged. A reason and an explicit confirmation are required.
 */
export function MergeSection({ resident, onMerged }: MergeSectionProps) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [duplicate, setDuplicate] = useState<ResidentSummary | null>(null);
  const [step, setStep] = useState<Step>('pick');
  const [reason, setReason] = useState('');
  const submit = useSubmit();

  function reset() {
    setDuplicate(null);
    setReason('');
    setStep('pick');
    submit.clear();
  }

  function onReason(event: FormEvent) {
    event.preventDefault();
    const length = reason.trim().length;
    const ok = submit.validate(
      length < 3 || length > 500
        ? [{ field: 'mergeReason', message: t('residents.merge.reasonLength') }]
        : [],
    );
    if (ok) setStep('confirm');
  }

  async function onConfirm() {
    if (!duplicate) return;
    const merged = await submit.run(() =>
      mergeResidents(resident.id, { duplicateId: duplicate.id, reason: reason.trim() }),
    );
    if (!merged) return;
    onMerged(merged);
    navigate(`/residents/${merged.id}?merged=1`);
  }

  return (
    <section aria-labelledby="merge-heading" className="kt-file-section">
      <h3 className="govgr-heading-m" id="merge-heading">
        {t('residents.merge.title')}
      </h3>
      <p className="govgr-body">{t('residents.merge.intro')}</p>
      <ErrorSummary messages={submit.messages} />
      {!duplicate ? (
        <ResidentPicker
          id="duplicateId"
          label={t('residents.merge.find')}
          exclude={[resident.id]}
          onPick={(r) => {
            setDuplicate(r);
            setStep('reason');
          }}
        />
      ) : (
        <>
          <MergeCompare survivor={resident} duplicate={duplicate} />
          {step === 'reason' ? (
            <form className="govgr-form" noValidate onSubmit={onReason}>
              <TextArea
                id="mergeReason"
                label={t('residents.merge.reason')}
                hint={t('residents.merge.reasonHint')}
                value={reason}
                onChange={setReason}
                error={submit.fieldErrors.mergeReason ?? submit.fieldErrors.reason}
                rows={3}
              />
              <div className="kt-inline-actions">
                <Button type="submit">{t('residents.merge.continue')}</Button>
                <Button variant="secondary" onClick={reset}>
                  {t('common.cancel')}
                </Button>
              </div>
            </form>
          ) : (
            <NotificationBanner title={t('residents.merge.confirmTitle')} testId="merge-confirm">
              <p className="govgr-body">
                {t('residents.merge.confirmText', {
                  duplicate: fullName(duplicate),
                  survivor: fullName(resident),
                })}
              </p>
              <div className="kt-inline-actions">
                <Button
                  variant="warning"
                  disabled={submit.submitting}
                  onClick={() => void onConfirm()}
                >
                  {t('residents.merge.confirm')}
                </Button>
                <Button variant="secondary" onClick={() => setStep('reason')}>
                  {t('residents.merge.back')}
                </Button>
              </div>
            </NotificationBanner>
          )}
        </>
      )}
    </section>
  );
}
