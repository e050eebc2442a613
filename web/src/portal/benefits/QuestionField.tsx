import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { fieldId, type FieldErrors } from '../../lib/form-errors.js';
import { localized } from '../../lib/types.js';
import type { Question } from '../../components/verdicts/verdict-types.js';
import { UNKNOWN, type Draft } from './drafts.js';

interface QuestionFieldProps {
  question: Question;
  draft: Draft;
  onChange: (draft: Draft) => void;
  errors: FieldErrors;
}

interface RadioOption {
  value: string;
  label: string;
}

function Radios({
  question,
  options,
  value,
  onChange,
  error,
}: {
  question: Question;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { i18n } = useTranslation();
  const id = fieldId(question.id);
  const hintId = question.help ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'govgr-field govgr-field__error' : 'govgr-field'}>
      <fieldset
        className="govgr-fieldset"
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
        <legend className="govgr-fieldset__legend govgr-heading-s">
          {localized(question.label, i18n.language)}
        </legend>
        {question.help ? (
          <p className="govgr-hint" id={hintId}>
            {localized(question.help, i18n.language)}
          </p>
        ) : null}
        {error ? (
          <p className="govgr-error-message" id={errorId}>
            {error}
          </p>
        ) : null}
        <div className="govgr-radios">
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div key={o.value} className="govgr-radios__item">
                <label className="govgr-radios__label" htmlFor={optionId}>
                  <input
                    id={optionId}
                    name={id}
                    type="radio"
                    className="govgr-radios__input"
                    value={o.value}
                    checked={value === o.value}
                    onChange={() => onChange(o.value)}
                  />
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function AgesField({
  question,
  ages,
  onChange,
  errors,
}: {
  question: Question;
  ages: string[];
  onChange: (ages: string[]) => void;
  errors: FieldErrors;
}) {
  const { t, i18n } = useTranslation();
  const id = fieldId(question.id);
  const focusAfter = useRef<string | null>(null);
  const hintId = `${id}-hint`;

  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  }, [ages.length]);

  function add() {
    focusAfter.current = `${id}-${ages.length}`;
    onChange([...ages, '']);
  }

  function remove(index: number) {
    focusAfter.current = `${id}-add`;
    onChange(ages.filter((_, i) => i !== index));
  }

  return (
    <div className="govgr-field">
      <fieldset className="govgr-fieldset" aria-describedby={hintId}>
        <legend className="govgr-fieldset__legend govgr-heading-s">
          {localized(question.label, i18n.language)}
        </legend>
        <p className="govgr-hint" id={hintId}>
          {question.help ? `${localized(question.help, i18n.language)} ` : ''}
          {t('benefitsCheck.ages.hint')}
        </p>
        {ages.length === 0 ? (
          <p className="govgr-body" data-testid="no-children">
            {t('benefitsCheck.ages.none')}
          </p>
        ) : (
          <ul className="kt-ages">
            {ages.map((age, i) => (
              <li key={i} className="kt-inline-actions kt-ages__row">
                <TextField
                  id={`${id}-${i}`}
                  label={t('benefitsCheck.ages.child', { n: i + 1 })}
                  value={age}
                  onChange={(v) => onChange(ages.map((a, j) => (j === i ? v : a)))}
                  inputMode="numeric"
                  autoComplete="off"
                  widthClass="govgr-input--width-3"
                  error={errors[`${question.id}.${i}`]}
                />
                <Button variant="secondary" onClick={() => remove(i)}>
                  {t('benefitsCheck.ages.remove', { n: i + 1 })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <Button id={`${id}-add`} variant="secondary" onClick={add}>
          {t('benefitsCheck.ages.add')}
        </Button>
      </fieldset>
    </div>
  );
}

/** One question the rules still need, rendered by its kind. */
export function QuestionField({ question, draft, onChange, errors }: QuestionFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const text = typeof draft === 'string' ? draft : '';
  const error = errors[question.id];

  if (question.kind === 'ages') {
    return (
      <AgesField
        question={question}
        ages={Array.isArray(draft) ? draft : []}
        onChange={onChange}
        errors={errors}
      />
    );
  }
  if (question.kind === 'boolean' || question.kind === 'choice') {
    const options: RadioOption[] =
      question.kind === 'boolean'
        ? [
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]
        : (question.options ?? []).map((o, i) => ({
            value: String(i),
            label: localized(o.label, lang),
          }));
    options.push({ value: UNKNOWN, label: t('benefitsCheck.dontKnow') });
    return (
      <Radios
        question={question}
        options={options}
        value={text}
        onChange={onChange}
        error={error}
      />
    );
  }
  const help = question.help ? localized(question.help, lang) : '';
  const moneyHint = question.kind === 'money' ? t('benefitsCheck.moneyHint') : '';
  const hint = [help, moneyHint, t('benefitsCheck.leaveEmpty')].filter(Boolean).join(' ');
  return (
    <TextField
      id={fieldId(question.id)}
      label={
        question.kind === 'money'
          ? t('benefitsCheck.moneyLabel', { label: localized(question.label, lang) })
          : localized(question.label, lang)
      }
      hint={hint}
      value={text}
      onChange={onChange}
      inputMode={question.kind === 'money' ? 'decimal' : 'numeric'}
      autoComplete="off"
      widthClass={question.kind === 'money' ? 'govgr-input--width-10' : 'govgr-input--width-4'}
      error={error}
    />
  );
}
