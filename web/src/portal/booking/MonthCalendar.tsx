import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.js';
import { LoadError } from '../../components/LoadError.js';
import { toApiError, type ApiError } from '../../lib/api.js';
import { monthAvailability } from './booking-api.js';
import {
  addDays,
  addMonths,
  firstOfMonth,
  formatDay,
  formatMonth,
  lastOfMonth,
  monthOf,
  monthWeeks,
  todayInZone,
  weekdayNames,
} from './dates.js';

interface MonthCalendarProps {
  typeId: string;
  /** `/api/public/availability` for residents, `/api/availability` for staff. */
  endpoint: string;
  selected: string | null;
  onSelect: (day: string) => void;
  /** Told once a month has loaded, with the number of free slots in it. */
  onMonthLoaded?: (month: string, freeSlots: number) => void;
  /** How many months ahead one may page. */
  monthsAhead?: number;
  /** The month name's heading level, to follow the page's outline. */
  headingLevel?: 2 | 3;
}

type Counts = { month: string; byDay: Map<string, number> } | null;

/**
 * An accessible month calendar: a table of day buttons; days with free slots can be chosen,
 * the others say why not. Arrow keys move a day or a week, Home/End to the week's edges,
 * Page Up/Down a month; Tab leaves the grid.
 */
export function MonthCalendar(props: MonthCalendarProps) {
  const { typeId, endpoint, selected, onSelect, onMonthLoaded } = props;
  const { monthsAhead = 6, headingLevel = 2 } = props;
  const MonthHeading = headingLevel === 3 ? 'h3' : 'h2';
  const { t, i18n } = useTranslation();
  const today = todayInZone();
  const firstMonth = monthOf(today);
  const lastMonth = addMonths(firstMonth, monthsAhead);
  const [month, setMonth] = useState(monthOf(selected ?? today));
  const [loadState, setLoadState] = useState<{ key: string; counts?: Counts; error?: ApiError }>({
    key: '',
  });
  const [focusDay, setFocusDay] = useState<string>(selected ?? today);
  const [version, setVersion] = useState(0);
  const wantFocus = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const loadedRef = useRef(onMonthLoaded);
  useEffect(() => {
    loadedRef.current = onMonthLoaded;
  }, [onMonthLoaded]);
  const from = firstOfMonth(month) < today ? today : firstOfMonth(month);
  const to = lastOfMonth(month);
  const loadKey = `${endpoint}|${typeId}|${month}|${today}|${version}`;

  useEffect(() => {
    if (to < from) return;
    const controller = new AbortController();
    monthAvailability(endpoint, typeId, from, to).then(
      (view) => {
        if (controller.signal.aborted) return;
        const byDay = new Map(view.days.map((d) => [d.day, d.freeSlots]));
        setLoadState({ key: loadKey, counts: { month, byDay } });
        loadedRef.current?.(
          month,
          view.days.reduce((sum, d) => sum + d.freeSlots, 0),
        );
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setLoadState({ key: loadKey, error: toApiError(e) });
      },
    );
    return () => controller.abort();
  }, [endpoint, typeId, month, from, to, loadKey]);
  const counts: Counts =
    to < from
      ? { month, byDay: new Map() }
      : loadState.key === loadKey
        ? (loadState.counts ?? null)
        : null;
  const error = loadState.key === loadKey ? (loadState.error ?? null) : null;

  const ready = counts !== null;
  useEffect(() => {
    if (!wantFocus.current || !ready) return;
    wantFocus.current = false;
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-day="${focusDay}"]`)?.focus();
  }, [focusDay, ready]);

  const loaded = counts?.month === month ? counts : null;
  const weeks = monthWeeks(month);
  const inMonth = monthOf(focusDay) === month;
  const rovingDay = inMonth
    ? focusDay
    : selected && monthOf(selected) === month
      ? selected
      : firstOfMonth(month);
  const longNames = weekdayNames(i18n.language, 'long');
  const shortNames = weekdayNames(i18n.language, 'short');

  function free(day: string): number {
    return loaded?.byDay.get(day) ?? 0;
  }

  function reasonOf(day: string): string | null {
    if (day < today) return t('booking.calendar.past');
    if (!loaded) return t('common.loading');
    const n = free(day);
    if (n > 0) return null;
    return loaded.byDay.has(day) ? t('booking.calendar.full') : t('booking.calendar.notOffered');
  }

  function moveTo(day: string) {
    const target = monthOf(day);
    if (target < firstMonth || target > lastMonth) return;
    wantFocus.current = true;
    setFocusDay(day);
    if (target !== month) setMonth(target);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const steps: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
    };
    const current = rovingDay;
    let next: string | null = null;
    if (event.key in steps) next = addDays(current, steps[event.key] ?? 0);
    else if (event.key === 'Home') {
      const wd = weeks.flat().indexOf(current) % 7;
      next = addDays(current, -wd);
    } else if (event.key === 'End') {
      const wd = weeks.flat().indexOf(current) % 7;
      next = addDays(current, 6 - wd);
    } else if (event.key === 'PageUp' || event.key === 'PageDown') {
      const m = addMonths(month, event.key === 'PageUp' ? -1 : 1);
      const dayNumber = Number(current.slice(8));
      const last = Number(lastOfMonth(m).slice(8));
      next = `${m}-${String(Math.min(dayNumber, last)).padStart(2, '0')}`;
    }
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  }

  const statusText = loaded
    ? t('booking.calendar.monthStatus', {
        month: formatMonth(month, i18n.language),
        count: [...loaded.byDay.values()].filter((n) => n > 0).length,
      })
    : t('common.loading');

  return (
    <div className="kt-calendar">
      <div className="kt-calendar__nav">
        <Button
          variant="secondary"
          onClick={() => setMonth(addMonths(month, -1))}
          disabled={month <= firstMonth}
        >
          {t('booking.calendar.previous')}
        </Button>
        <MonthHeading className="govgr-heading-s kt-calendar__title" id="calendar-month">
          {formatMonth(month, i18n.language)}
        </MonthHeading>
        <Button
          variant="secondary"
          onClick={() => setMonth(addMonths(month, 1))}
          disabled={month >= lastMonth}
        >
          {t('booking.calendar.next')}
        </Button>
      </div>
      <p className="govgr-hint" role="status" data-testid="calendar-status">
        {statusText}
      </p>
      {error ? <LoadError error={error} onRetry={() => setVersion((v) => v + 1)} /> : null}
      <table
        className="kt-calendar__grid"
        ref={tableRef}
        onKeyDown={onKeyDown}
        aria-labelledby="calendar-month"
        aria-describedby="calendar-help"
      >
        <thead>
          <tr>
            {shortNames.map((name, i) => (
              <th key={name} scope="col" abbr={longNames[i]}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? ''}>
              {week.map((day, i) => {
                if (!day) return <td key={`empty-${i}`} />;
                const reason = reasonOf(day);
                const n = free(day);
                const isSelected = day === selected;
                const label = reason
                  ? `${formatDay(day, i18n.language)}: ${reason}`
                  : `${formatDay(day, i18n.language)}: ${t('booking.calendar.freeSlots', { count: n })}`;
                return (
                  <td key={day}>
                    <button
                      type="button"
                      data-day={day}
                      className={
                        reason
                          ? 'kt-calendar__day kt-calendar__day--off'
                          : isSelected
                            ? 'kt-calendar__day kt-calendar__day--selected'
                            : 'kt-calendar__day'
                      }
                      tabIndex={day === rovingDay ? 0 : -1}
                      aria-disabled={reason ? true : undefined}
                      aria-pressed={isSelected}
                      aria-label={label}
                      onFocus={() => setFocusDay(day)}
                      onClick={() => {
                        if (!reason) onSelect(day);
                      }}
                    >
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govgr-hint" id="calendar-help">
        {t('booking.calendar.help')}
      </p>
    </div>
  );
}
