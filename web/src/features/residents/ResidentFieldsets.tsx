import { useTranslation } from 'react-i18next';
import { InitialFocus } from '../../components/InitialFocus.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { fieldId, type FieldErrors } from '../../lib/form-errors.js';
import type { ResidentDraft } from './resident-draft.js';
import { RESIDENT_SECTIONS } from './resident-fields.js';

interface ResidentFieldsetsProps {
  draft: ResidentDraft;
  onChange: (key: string, value: string) => void;
  errors: FieldErrors;
  autoFocus?: boolean;
}

export function ResidentFieldsets({ draft, onChange, errors, autoFocus }: ResidentFieldsetsProps) {
  const { t } = useTranslation();
  return (
    <>
      {autoFocus ? <InitialFocus targetId="surname" /> : null}
      {RESIDENT_SECTIONS.map((section) => (
        <fieldset key={section.legend} className="govgr-fieldset">
          <legend className="govgr-fieldset__legend govgr-heading-m">
            {t(`residents.section.${section.legend}`)}
          </legend>
          {section.legend === 'esf' ? (
            <p className="govgr-hint">{t('residents.esfIntro')}</p>
          ) : null}
          {section.fields.map((f) => {
            const label = t(`residents.field.${f.key.replace('.', '_')}`);
            const common = {
              id: fieldId(f.key),
              label,
              value: draft[f.key] ?? '',
              onChange: (value: string) => onChange(f.key, value),
              error: errors[f.key],
            };
            if (f.vocab) {
              const options = [
                { value: '', label: t('common.notStated') },
                ...f.vocab.values.map((v) => ({
                  value: v,
                  label: t(`vocab.${f.vocab?.name}.${v}`),
                })),
              ];
              return <Select key={f.key} {...common} options={options} />;
            }
            return (
              <TextField
                key={f.key}
                {...common}
                type={f.type ?? 'text'}
                hint={f.hint ? t(`residents.hint.${f.key}`) : undefined}
                widthClass={f.width}
                autoComplete={f.autoComplete ?? 'off'}
                inputMode={f.key === 'amka' || f.key === 'afm' ? 'numeric' : undefined}
              />
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
