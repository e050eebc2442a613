import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select, type SelectOption } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import type { FieldMessage } from '../../lib/form-errors.js';
import type { Colleague } from '../staff/api/list-colleagues.js';
import { AXES, CHANNELS } from '../requests/request-types.js';
import { PeriodModeField } from './PeriodModeField.js';
import { formatMonth } from './report-format.js';
import {
  isCalendarDay,
  monthPeriod,
  periodModeOf,
  yearPeriod,
  type PeriodMode,
  type ReportQuery,
} from './report-query.js';

interface ReportFiltersFormProps {
  query: ReportQuery;
  /** The current year in the Center's zone: the year list counts back from it. */
  currentYear: number;
  colleagues: Colleague[];
  onApply: (query: ReportQuery) => void;
}

/**
 * The view's period and filters. It edits a draft and applies it on submit (one report request,
 * one history entry), so Back returns to the previous view.
 */
export function ReportFiltersForm({
  query,
  currentYear,
  colleagues,
  onApply,
}: ReportFiltersFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [mode, setMode] = useState<PeriodMode>(periodModeOf(query.from, query.to));
  const [year, setYear] = useState(query.from.slice(0, 4));
  const [month, setMonth] = useState(String(Number(query.from.slice(5, 7))));
  const [from, setFrom] = useState(query.from);
  const [to, setTo] = useState(query.to);
  const [axis, setAxis] = useState(query.axis);
  const [channel, setChannel] = useState(query.channel);
  const [staffId, setStaffId] = useState(query.staffId);
  const [messages, setMessages] = useState<FieldMessage[]>([]);
  const errors = Object.fromEntries(messages.map((m) => [m.field, m.message]));

  const years = yearOptions(currentYear, Number(query.from.slice(0, 4)));
  const months: SelectOption[] = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: formatMonth(`${year}-${String(i + 1).padStart(2, '0')}`, lang),
  }));
  const any = (label: string): SelectOption => ({ value: '', label });
  const vocab = (name: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`vocab.${name}.${v}`) }));

  function validate(): FieldMessage[] {
    if (mode !== 'custom') return [];
    const found: FieldMessage[] = [];
    if (!isCalendarDay(from))
      found.push({ field: 'report-from', message: t('reports.filters.fromInvalid') });
    if (!isCalendarDay(to))
      found.push({ field: 'report-to', message: t('reports.filters.toInvalid') });
    if (found.length === 0 && to < from)
      found.push({ field: 'report-to', message: t('reports.filters.toBeforeFrom') });
    return found;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setMessages(found);
    if (found.length > 0) return;
    const period =
      mode === 'year'
        ? yearPeriod(Number(year))
        : mode === 'month'
          ? monthPeriod(Number(year), Number(month))
          : { from, to };
    onApply({ ...period, axis, channel, staffId });
  }

  return (
    <form
      className="govgr-form kt-report-filters"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="report-filters-title"
    >
      <h2 className="govgr-heading-m" id="report-filters-title">
        {t('reports.filters.title')}
      </h2>
      <ErrorSummary messages={messages} />
      <PeriodModeField value={mode} onChange={setMode} />
      <div className="kt-report-filters__row">
        {mode === 'custom' ? (
          <>
            <TextField
              id="report-from"
              type="date"
              label={t('reports.filters.from')}
              value={from}
              onChange={setFrom}
              error={errors['report-from']}
            />
            <TextField
              id="report-to"
              type="date"
              label={t('reports.filters.to')}
              value={to}
              onChange={setTo}
              error={errors['report-to']}
            />
          </>
        ) : (
          <Select
            id="report-year"
            label={t('reports.filters.year')}
            value={year}
            options={years}
            onChange={setYear}
          />
        )}
        {mode === 'month' ? (
          <Select
            id="report-month"
            label={t('reports.filters.month')}
            value={month}
            options={months}
            onChange={setMonth}
          />
        ) : null}
      </div>
      <div className="kt-report-filters__row">
        <Select
          id="report-axis"
          label={t('reports.filters.axis')}
          value={axis}
          options={[any(t('reports.filters.anyAxis')), ...vocab('axis', AXES)]}
          onChange={setAxis}
        />
        <Select
          id="report-channel"
          label={t('reports.filters.channel')}
          value={channel}
          options={[any(t('reports.filters.anyChannel')), ...vocab('channel', CHANNELS)]}
          onChange={setChannel}
        />
        <Select
          id="report-staff"
          label={t('reports.filters.staff')}
          value={staffId}
          options={[
            any(t('reports.filters.anyStaff')),
            ...colleagues.map((c) => ({ value: c.id, label: c.displayName })),
          ]}
          onChange={setStaffId}
        />
      </div>
      <Button type="submit">{t('reports.filters.apply')}</Button>
    </form>
  );
}

/** The last ten years, and the shown year if it is older (a bookmarked view). */
function yearOptions(currentYear: number, shownYear: number): SelectOption[] {
  const years = Array.from({ length: 10 }, (_, i) => currentYear - i);
  if (!years.includes(shownYear)) years.push(shownYear);
  return years.sort((a, b) => b - a).map((y) => ({ value: String(y), label: String(y) }));
}
