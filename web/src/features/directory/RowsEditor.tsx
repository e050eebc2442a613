import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';

export interface RowField {
  key: string;
  label: string;
  type?: 'text' | 'email' | 'tel';
}

interface RowsEditorProps<T extends Record<string, string>> {
  id: string;
  legend: string;
  /** Label of one row, numbered: «Τηλέφωνο 2». */
  itemLabel: string;
  rows: T[];
  fields: RowField[];
  empty: T;
  onChange: (rows: T[]) => void;
  errors?: Record<string, string>;
}

/** A list of small records (phones, contacts, locations) edited in place: add, change, remove. */
export function RowsEditor<T extends Record<string, string>>(props: RowsEditorProps<T>) {
  const { t } = useTranslation();
  const { id, legend, itemLabel, rows, fields, empty, onChange, errors = {} } = props;
  const change = (index: number, key: string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="govgr-fieldset">
      <legend className="govgr-fieldset__legend govgr-heading-s">{legend}</legend>
      {rows.map((row, index) => (
        <fieldset key={index} className="govgr-fieldset">
          <legend className="govgr-fieldset__legend">{`${itemLabel} ${index + 1}`}</legend>
          {fields.map((field) => (
            <TextField
              key={field.key}
              id={`${id}-${index}-${field.key}`}
              type={field.type ?? 'text'}
              label={field.label}
              value={row[field.key] ?? ''}
              error={errors[`${id}.${index}.${field.key}`]}
              onChange={(value) => change(index, field.key, value)}
            />
          ))}
          <Button variant="secondary" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            {t('directory.form.remove', { item: `${itemLabel} ${index + 1}` })}
          </Button>
        </fieldset>
      ))}
      <Button variant="secondary" onClick={() => onChange([...rows, { ...empty }])}>
        {t('directory.form.add', { item: itemLabel })}
      </Button>
    </fieldset>
  );
}

/** The phones of an organization or a service: the same editor in both forms. */
export function PhonesEditor(props: {
  rows: Record<string, string>[];
  onChange: (rows: Record<string, string>[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <RowsEditor
      id="phones"
      legend={t('directory.fields.phones')}
      itemLabel={t('directory.form.phone')}
      rows={props.rows}
      empty={{ number: '', description: '', extension: '', type: '' }}
      fields={[
        { key: 'number', label: t('directory.fields.number'), type: 'tel' },
        { key: 'description', label: t('directory.fields.phoneDescription') },
      ]}
      onChange={props.onChange}
      errors={props.errors}
    />
  );
}
