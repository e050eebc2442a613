import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.js';
import type { TypeDraft } from './type-draft.js';

type NumberKey = 'duration' | 'buffer' | 'notice' | 'ahead';

/** Duration, buffer, minimum notice and days ahead, side by side. */
export function TypeNumberFields(props: {
  draft: TypeDraft;
  set: (k: NumberKey) => (v: string) => void;
}) {
  const { draft, set } = props;
  const { t } = useTranslation();
  return (
    <div className="kt-inline-actions">
      <TextField
        id="type-duration"
        type="number"
        min={5}
        max={480}
        label={t('appointments.settings.duration')}
        value={draft.duration}
        onChange={set('duration')}
        widthClass="govgr-input--width-5"
      />
      <TextField
        id="type-buffer"
        type="number"
        min={0}
        max={120}
        label={t('appointments.settings.buffer')}
        value={draft.buffer}
        onChange={set('buffer')}
        widthClass="govgr-input--width-5"
      />
      <TextField
        id="type-notice"
        type="number"
        min={0}
        label={t('appointments.settings.notice')}
        value={draft.notice}
        onChange={set('notice')}
        widthClass="govgr-input--width-5"
      />
      <TextField
        id="type-ahead"
        type="number"
        min={0}
        max={365}
        label={t('appointments.settings.ahead')}
        value={draft.ahead}
        onChange={set('ahead')}
        widthClass="govgr-input--width-5"
      />
    </div>
  );
}
