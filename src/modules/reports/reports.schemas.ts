import { Type, type Static } from 'typebox';
import { axes, channels } from '../requests/requests.vocabulary.js';

const CalendarDate = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Localized = Type.Object({ el: Type.String(), en: Type.String() });

const filterFields = {
  axis: Type.Optional(Type.Enum(axes)),
  channel: Type.Optional(Type.Enum(channels)),
  staffId: Type.Optional(Type.String({ format: 'uuid' })),
};
const periodFields = {
  from: Type.Optional(CalendarDate),
  to: Type.Optional(CalendarDate),
  ...filterFields,
};

export const PeriodQuerySchema = Type.Object(periodFields, { additionalProperties: false });
export type PeriodQuerySchema = Static<typeof PeriodQuerySchema>;

export const DrillQuerySchema = Type.Object(
  {
    ...periodFields,
    table: Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9_]+$' }),
    row: Type.String({ minLength: 1, maxLength: 60 }),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type DrillQuerySchema = Static<typeof DrillQuerySchema>;

export const ExportQuerySchema = Type.Object(
  {
    ...periodFields,
    format: Type.Enum(['csv', 'xlsx', 'pdf']),
    lang: Type.Optional(Type.Enum(['el', 'en'], { default: 'el' })),
  },
  { additionalProperties: false },
);
export type ExportQuerySchema = Static<typeof ExportQuerySchema>;

const ReportRowSchema = Type.Object({
  key: Type.String(),
  label: Localized,
  values: Type.Record(Type.String(), Nullable(Type.Number())),
  drillable: Type.Boolean(),
});

const ReportTableSchema = Type.Object({
  id: Type.String(),
  group: Type.Enum(['activity', 'indicators']),
  title: Localized,
  dimension: Localized,
  columns: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Localized,
      kind: Type.Enum(['count', 'amount', 'days', 'rate']),
      basis: Type.Optional(Type.String()),
    }),
  ),
  rows: Type.Array(ReportRowSchema),
  total: Nullable(ReportRowSchema),
  chart: Type.Enum(['bar', 'none']),
  filtersApplied: Type.Array(Type.Enum(['axis', 'channel', 'staffId'])),
  note: Nullable(Localized),
});

export const PeriodReportSchema = Type.Object({
  period: Type.Object({ from: Type.String(), to: Type.String() }),
  filters: Type.Object({
    axis: Nullable(Type.String()),
    channel: Nullable(Type.String()),
    staffId: Nullable(Type.String()),
  }),
  generatedAt: Type.String({ format: 'date-time' }),
  definitionsVersion: Type.String(),
  timeZone: Type.String(),
  headline: Type.Object({
    servedUnique: Type.Integer(),
    newResidents: Type.Integer(),
    returningResidents: Type.Integer(),
    requests: Type.Integer(),
    casesOpened: Type.Integer(),
    casesClosed: Type.Integer(),
    counselingSessions: Type.Integer(),
    referrals: Type.Integer(),
    appointments: Type.Integer(),
    noShowRate: Nullable(Type.Number()),
    eventParticipants: Type.Integer(),
  }),
  trend: Type.Array(
    Type.Object({ month: Type.String(), servedUnique: Type.Integer(), requests: Type.Integer() }),
  ),
  tables: Type.Array(ReportTableSchema),
});

export const DrillResultSchema = Type.Object({
  items: Type.Array(
    Type.Object({ residentId: Type.String(), name: Type.String(), servedOn: Type.String() }),
  ),
  total: Type.Integer(),
});
export type DrillResult = Static<typeof DrillResultSchema>;
