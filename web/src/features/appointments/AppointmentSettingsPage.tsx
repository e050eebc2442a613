import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Select } from '../../components/Select.js';
import { TextField } from '../../components/TextField.js';
import { formatDateTime } from '../../lib/format-time.js';
import { localized } from '../../lib/types.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { useColleagues } from '../staff/api/list-colleagues.js';
import { useAppointmentTypes } from './api/agenda.js';
import {
  addAbsence,
  addClosure,
  addOverride,
  createType,
  removeEntry,
  saveWeeklyHours,
  updateType,
} from './api/settings.js';
import {
  MODES,
  type Absence,
  type AppointmentType,
  type CalendarYear,
  type Mode,
  type WeeklyHour,
} from './appointment-types.js';

const blankType = {
  nameEl: '',
  nameEn: '',
  duration: '30',
  buffer: '0',
  mode: 'in_person' as Mode,
  isPublic: true,
  notice: '60',
  ahead: '60',
  active: true,
};

function TypesSection() {
  const { t, i18n } = useTranslation();
  const types = useAppointmentTypes();
  const submit = useSubmit();
  const [editing, setEditing] = useState<AppointmentType | null>(null);
  const [draft, setDraft] = useState(blankType);
  const set =
    <K extends keyof typeof blankType>(k: K) =>
    (v: (typeof blankType)[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));

  function edit(type: AppointmentType) {
    setEditing(type);
    setDraft({
      nameEl: type.name.el,
      nameEn: type.name.en,
      duration: String(type.durationMinutes),
      buffer: String(type.bufferMinutes),
      mode: type.mode,
      isPublic: type.public,
      notice: String(type.minNoticeMinutes),
      ahead: String(type.maxDaysAhead),
      active: type.active,
    });
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = {
      name: { el: draft.nameEl.trim(), en: draft.nameEn.trim() || draft.nameEl.trim() },
      durationMinutes: Number(draft.duration),
      bufferMinutes: Number(draft.buffer),
      mode: draft.mode,
      public: draft.isPublic,
      minNoticeMinutes: Number(draft.notice),
      maxDaysAhead: Number(draft.ahead),
    };
    if (!input.name.el) {
      submit.validate([{ field: 'type-name-el', message: t('appointments.settings.nameMissing') }]);
      return;
    }
    const saved = await submit.run(() =>
      editing
        ? updateType(editing.id, { ...input, active: draft.active, version: editing.version })
        : createType(input),
    );
    if (saved) {
      setEditing(null);
      setDraft(blankType);
      types.reload();
    }
  }

  return (
    <section aria-labelledby="types-heading">
      <h2 className="govgr-heading-l" id="types-heading">
        {t('appointments.settings.types')}
      </h2>
      <ul className="govgr-list" data-testid="types-list">
        {(types.data?.items ?? []).map((type) => (
          <li key={type.id}>
            {`${localized(type.name, i18n.language)} · ${t('common.minutes', { count: type.durationMinutes })} · ${t(`booking.mode.${type.mode}`)}`}
            {type.public ? ` · ${t('appointments.settings.public')}` : ''}
            {type.active ? '' : ` · ${t('appointments.settings.inactive')}`}{' '}
            <Button variant="link" onClick={() => edit(type)}>
              {t('appointments.settings.edit')}
              <span className="govgr-visually-hidden"> {localized(type.name, i18n.language)}</span>
            </Button>
          </li>
        ))}
      </ul>
      <h3 className="govgr-heading-m">
        {editing ? t('appointments.settings.editType') : t('appointments.settings.newType')}
      </h3>
      <ErrorSummary messages={submit.messages} />
      <form className="govgr-form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          id="type-name-el"
          label={t('appointments.settings.nameEl')}
          value={draft.nameEl}
          onChange={set('nameEl')}
          error={submit.fieldErrors['type-name-el']}
        />
        <TextField
          id="type-name-en"
          label={t('appointments.settings.nameEn')}
          value={draft.nameEn}
          onChange={set('nameEn')}
        />
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
        <Select
          id="type-mode"
          label={t('appointments.settings.mode')}
          value={draft.mode}
          onChange={(v) => set('mode')(MODES.find((m) => m === v) ?? 'in_person')}
          options={MODES.map((m) => ({ value: m, label: t(`booking.mode.${m}`) }))}
        />
        <div className="govgr-checkboxes govgr-field">
          <Checkbox
            id="type-public"
            label={t('appointments.settings.publicLabel')}
            checked={draft.isPublic}
            onChange={set('isPublic')}
          />
          {editing ? (
            <Checkbox
              id="type-active"
              label={t('appointments.settings.activeLabel')}
              checked={draft.active}
              onChange={set('active')}
            />
          ) : null}
        </div>
        <div className="govgr-button-group kt-inline-actions">
          <Button type="submit" disabled={submit.submitting}>
            {t('common.save')}
          </Button>
          {editing ? (
            <Button
              variant="secondary"
              onClick={() => {
                setEditing(null);
                setDraft(blankType);
              }}
            >
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function WeeklyHoursForm(props: { staffId: string; initial: WeeklyHour[]; onSaved: () => void }) {
  const { staffId, initial, onSaved } = props;
  const { t } = useTranslation();
  const submit = useSubmit();
  const [rows, setRows] = useState<WeeklyHour[]>(initial);
  const weekdays = [1, 2, 3, 4, 5, 6, 7];
  const patch = (i: number, change: Partial<WeeklyHour>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function onSaveHours(event: FormEvent) {
    event.preventDefault();
    const saved = await submit.run(() => saveWeeklyHours(staffId, rows));
    if (saved) onSaved();
  }

  return (
    <>
      <ErrorSummary messages={submit.messages} />
      <form noValidate onSubmit={(e) => void onSaveHours(e)}>
        {rows.map((row, i) => (
          <div className="kt-inline-actions" key={`${i}-${row.weekday}`}>
            <Select
              id={`hours-${i}-weekday`}
              label={t('appointments.settings.weekday')}
              value={String(row.weekday)}
              onChange={(v) => patch(i, { weekday: Number(v) })}
              options={weekdays.map((w) => ({ value: String(w), label: t(`weekday.${w}`) }))}
            />
            <TextField
              id={`hours-${i}-starts`}
              type="time"
              label={t('appointments.settings.starts')}
              value={row.starts}
              onChange={(v) => patch(i, { starts: v })}
            />
            <TextField
              id={`hours-${i}-ends`}
              type="time"
              label={t('appointments.settings.ends')}
              value={row.ends}
              onChange={(v) => patch(i, { ends: v })}
            />
            <Button
              variant="secondary"
              onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
            >
              {t('appointments.settings.removeRow')}
            </Button>
          </div>
        ))}
        <div className="govgr-button-group kt-inline-actions">
          <Button
            variant="secondary"
            onClick={() => setRows((rs) => [...rs, { weekday: 1, starts: '09:00', ends: '15:00' }])}
          >
            {t('appointments.settings.addRow')}
          </Button>
          <Button type="submit" disabled={submit.submitting}>
            {t('appointments.settings.saveHours')}
          </Button>
        </div>
      </form>
    </>
  );
}

function StaffScheduleSection() {
  const { t, i18n } = useTranslation();
  const colleagues = useColleagues();
  const [staffId, setStaffId] = useState('');
  const hours = useApiQuery<{ hours: WeeklyHour[] }>(
    `/api/staff/${encodeURIComponent(staffId || 'none')}/weekly-hours`,
  );
  const absences = useApiQuery<{ items: Absence[] }>(
    `/api/staff/${encodeURIComponent(staffId || 'none')}/absences`,
  );
  const [absence, setAbsence] = useState({ from: '', to: '', reason: '' });
  const submit = useSubmit();
  const loadedHours = staffId && !hours.loading ? hours.data : undefined;

  async function onAddAbsence(event: FormEvent) {
    event.preventDefault();
    const added = await submit.run(() =>
      addAbsence(staffId, {
        startsAt: new Date(absence.from).toISOString(),
        endsAt: new Date(absence.to).toISOString(),
        ...(absence.reason.trim() ? { reason: absence.reason.trim() } : {}),
      }),
    );
    if (added) {
      setAbsence({ from: '', to: '', reason: '' });
      absences.reload();
    }
  }

  async function onRemoveAbsence(id: string) {
    await submit.run(() => removeEntry('staff-absences', id));
    absences.reload();
  }

  return (
    <section aria-labelledby="schedule-heading">
      <h2 className="govgr-heading-l" id="schedule-heading">
        {t('appointments.settings.schedule')}
      </h2>
      <Select
        id="schedule-staff"
        label={t('appointments.staff')}
        value={staffId}
        onChange={setStaffId}
        options={[
          { value: '', label: t('common.choose') },
          ...(colleagues.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName })),
        ]}
      />
      <ErrorSummary messages={submit.messages} />
      {staffId ? (
        <>
          <h3 className="govgr-heading-m">{t('appointments.settings.weeklyHours')}</h3>
          {loadedHours ? (
            <WeeklyHoursForm
              key={`${staffId}-${JSON.stringify(loadedHours.hours)}`}
              staffId={staffId}
              initial={loadedHours.hours}
              onSaved={hours.reload}
            />
          ) : null}
          <h3 className="govgr-heading-m">{t('appointments.settings.absences')}</h3>
          <ul className="govgr-list">
            {(absences.data?.items ?? []).map((a) => (
              <li key={a.id}>
                {`${formatDateTime(a.startsAt, i18n.language)} – ${formatDateTime(a.endsAt, i18n.language)}${a.reason ? ` · ${a.reason}` : ''}`}{' '}
                <Button variant="link" onClick={() => void onRemoveAbsence(a.id)}>
                  {t('appointments.settings.remove')}
                </Button>
              </li>
            ))}
          </ul>
          <form noValidate className="kt-inline-actions" onSubmit={(e) => void onAddAbsence(e)}>
            <TextField
              id="absence-from"
              type="datetime-local"
              label={t('appointments.settings.from')}
              value={absence.from}
              onChange={(v) => setAbsence((a) => ({ ...a, from: v }))}
            />
            <TextField
              id="absence-to"
              type="datetime-local"
              label={t('appointments.settings.to')}
              value={absence.to}
              onChange={(v) => setAbsence((a) => ({ ...a, to: v }))}
            />
            <TextField
              id="absence-reason"
              label={t('appointments.settings.reason')}
              value={absence.reason}
              onChange={(v) => setAbsence((a) => ({ ...a, reason: v }))}
            />
            <Button type="submit" disabled={submit.submitting || !absence.from || !absence.to}>
              {t('appointments.settings.addAbsence')}
            </Button>
          </form>
        </>
      ) : null}
    </section>
  );
}

function CenterCalendarSection() {
  const { t, i18n } = useTranslation();
  const year = new Date().getFullYear();
  const calendar = useApiQuery<CalendarYear>(`/api/calendar?year=${year}`);
  const submit = useSubmit();
  const [closure, setClosure] = useState({ from: '', to: '', reason: '' });
  const [override, setOverride] = useState({ day: '', kind: 'holiday', closesAt: '', name: '' });

  async function onClosure(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(() =>
      addClosure({
        startsOn: closure.from,
        endsOn: closure.to || closure.from,
        reason: closure.reason.trim(),
      }),
    );
    if (ok) {
      setClosure({ from: '', to: '', reason: '' });
      calendar.reload();
    }
  }

  async function onOverride(event: FormEvent) {
    event.preventDefault();
    const kind =
      override.kind === 'working_day' || override.kind === 'short_day' ? override.kind : 'holiday';
    const ok = await submit.run(() =>
      addOverride({
        day: override.day,
        kind,
        ...(kind === 'short_day' && override.closesAt ? { closesAt: override.closesAt } : {}),
        name: { el: override.name.trim(), en: override.name.trim() },
      }),
    );
    if (ok) {
      setOverride({ day: '', kind: 'holiday', closesAt: '', name: '' });
      calendar.reload();
    }
  }

  async function remove(kind: 'calendar/closures' | 'calendar/overrides', id: string) {
    await submit.run(() => removeEntry(kind, id));
    calendar.reload();
  }

  return (
    <section aria-labelledby="calendar-heading">
      <h2 className="govgr-heading-l" id="calendar-heading">
        {t('appointments.settings.calendar', { year })}
      </h2>
      <ErrorSummary messages={submit.messages} />
      <h3 className="govgr-heading-m">{t('appointments.settings.closures')}</h3>
      <ul className="govgr-list">
        {(calendar.data?.closures ?? []).map((c) => (
          <li key={c.id}>
            {`${c.startsOn} – ${c.endsOn} · ${c.reason}`}{' '}
            <Button variant="link" onClick={() => void remove('calendar/closures', c.id)}>
              {t('appointments.settings.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form noValidate className="kt-inline-actions" onSubmit={(e) => void onClosure(e)}>
        <TextField
          id="closure-from"
          type="date"
          label={t('appointments.settings.from')}
          value={closure.from}
          onChange={(v) => setClosure((c) => ({ ...c, from: v }))}
        />
        <TextField
          id="closure-to"
          type="date"
          label={t('appointments.settings.to')}
          value={closure.to}
          onChange={(v) => setClosure((c) => ({ ...c, to: v }))}
        />
        <TextField
          id="closure-reason"
          label={t('appointments.settings.reason')}
          value={closure.reason}
          onChange={(v) => setClosure((c) => ({ ...c, reason: v }))}
        />
        <Button
          type="submit"
          disabled={submit.submitting || !closure.from || !closure.reason.trim()}
        >
          {t('appointments.settings.addClosure')}
        </Button>
      </form>
      <h3 className="govgr-heading-m">{t('appointments.settings.overrides')}</h3>
      <ul className="govgr-list">
        {(calendar.data?.overrides ?? []).map((o) => (
          <li key={o.id}>
            {`${o.day} · ${t(`appointments.settings.kind.${o.kind}`)}${o.closesAt ? ` (${o.closesAt})` : ''} · ${localized(o.name, i18n.language)}`}{' '}
            <Button variant="link" onClick={() => void remove('calendar/overrides', o.id)}>
              {t('appointments.settings.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <form noValidate className="kt-inline-actions" onSubmit={(e) => void onOverride(e)}>
        <TextField
          id="override-day"
          type="date"
          label={t('appointments.date')}
          value={override.day}
          onChange={(v) => setOverride((o) => ({ ...o, day: v }))}
        />
        <Select
          id="override-kind"
          label={t('appointments.settings.kindLabel')}
          value={override.kind}
          onChange={(v) => setOverride((o) => ({ ...o, kind: v }))}
          options={['holiday', 'working_day', 'short_day'].map((k) => ({
            value: k,
            label: t(`appointments.settings.kind.${k}`),
          }))}
        />
        {override.kind === 'short_day' ? (
          <TextField
            id="override-closes"
            type="time"
            label={t('appointments.settings.closesAt')}
            value={override.closesAt}
            onChange={(v) => setOverride((o) => ({ ...o, closesAt: v }))}
          />
        ) : null}
        <TextField
          id="override-name"
          label={t('appointments.settings.overrideName')}
          value={override.name}
          onChange={(v) => setOverride((o) => ({ ...o, name: v }))}
        />
        <Button
          type="submit"
          disabled={submit.submitting || !override.day || !override.name.trim()}
        >
          {t('appointments.settings.addOverride')}
        </Button>
      </form>
    </section>
  );
}

/** Types, working hours, absences and the Center's calendar (appointments.manage). */
export function AppointmentSettingsPage() {
  const { t } = useTranslation();
  const title = t('appointments.settings.title');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <p className="govgr-body">
        <Link className="govgr-link" href="/appointments">
          {t('appointments.backToAgenda')}
        </Link>
      </p>
      <TypesSection />
      <StaffScheduleSection />
      <CenterCalendarSection />
    </>
  );
}
