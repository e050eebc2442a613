import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { Select } from '../../components/Select.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { saveService } from './api/directory.js';
import { CheckboxGroup } from './CheckboxGroup.js';
import {
  CATEGORIES,
  LANGUAGES,
  STATUSES,
  type Organization,
  type OrganizationSummary,
  type StaffService,
} from './directory-types.js';
import { contactInput, contactRow, phoneInput, phoneRow } from './form-parts.js';
import { PhonesEditor, RowsEditor } from './RowsEditor.js';
import { ScheduleEditor, type ScheduleDraft } from './ScheduleEditor.js';

type Row = Record<string, string>;

interface Draft {
  organizationId: string;
  name: string;
  alternateName: string;
  description: string;
  status: string;
  eligibilityDescription: string;
  applicationProcess: string;
  feesDescription: string;
  requiredDocuments: string;
  categories: string[];
  languages: string[];
  locationIds: string[];
  schedules: ScheduleDraft[];
  phones: Row[];
  contacts: Row[];
  email: string;
  url: string;
  shared: boolean;
}

function draftOf(s: StaffService | undefined, organizationId: string): Draft {
  return {
    organizationId: s?.organization.id ?? organizationId,
    name: s?.name ?? '',
    alternateName: s?.alternateName ?? '',
    description: s?.description ?? '',
    status: s?.status ?? 'active',
    eligibilityDescription: s?.eligibilityDescription ?? '',
    applicationProcess: s?.applicationProcess ?? '',
    feesDescription: s?.feesDescription ?? '',
    requiredDocuments: (s?.requiredDocuments ?? []).join('\n'),
    categories: s?.categories ?? [],
    languages: s?.languages ?? ['el'],
    locationIds: (s?.locations ?? []).map((l) => l.id),
    schedules: (s?.schedules ?? []).map((h) => ({
      byday: h.byday,
      opensAt: h.opensAt ?? '',
      closesAt: h.closesAt ?? '',
      validFrom: h.validFrom,
      validTo: h.validTo,
      description: h.description ?? '',
    })),
    phones: (s?.phones ?? []).map(phoneRow),
    contacts: (s?.contacts ?? []).map(contactRow),
    email: s?.email ?? '',
    url: s?.url ?? '',
    shared: s?.shared ?? false,
  };
}

/** `/staff/directory/services/new` and `…/:id/edit`. */
export function ServiceFormPage({ id }: { id: string | null }) {
  return id ? <EditService id={id} /> : <ServiceForm service={undefined} />;
}

function EditService({ id }: { id: string }) {
  const existing = useApiQuery<StaffService>(`/api/directory/services/${id}`);
  if (existing.error) return <LoadError error={existing.error} onRetry={existing.reload} />;
  if (!existing.data) return <Loading />;
  return <ServiceForm service={existing.data} />;
}

function ServiceForm({ service }: { service: StaffService | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const search = new URLSearchParams(useSearch());
  const submit = useSubmit();
  const organizations = useApiQuery<{ items: OrganizationSummary[] }>(
    '/api/directory/organizations',
  );
  const own = (organizations.data?.items ?? []).filter((o) => o.own);
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(service, search.get('organization') ?? ''),
  );
  const organizationId = draft.organizationId || own[0]?.id || '';
  const organization = useApiQuery<Organization>(
    organizationId
      ? `/api/directory/organizations/${organizationId}`
      : '/api/directory/organizations',
  );
  const locations = organizationId
    ? ((organization.data as Organization | undefined)?.locations ?? [])
    : [];
  const title = service ? t('directory.editService') : t('directory.newService');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const errors = submit.fieldErrors;

  async function save(event: FormEvent) {
    event.preventDefault();
    const missing = [];
    if (!organizationId)
      missing.push({
        field: 'organizationId',
        message: t('common.required', { field: t('directory.fields.organization') }),
      });
    if (!draft.name.trim())
      missing.push({
        field: 'name',
        message: t('common.required', { field: t('directory.fields.name') }),
      });
    if (!submit.validate(missing)) return;
    const body = {
      organizationId,
      name: draft.name,
      alternateName: draft.alternateName,
      description: draft.description,
      status: draft.status,
      eligibilityDescription: draft.eligibilityDescription,
      applicationProcess: draft.applicationProcess,
      feesDescription: draft.feesDescription,
      requiredDocuments: draft.requiredDocuments
        .split('\n')
        .map((d) => d.trim())
        .filter(Boolean),
      categories: draft.categories,
      languages: draft.languages,
      costOptions: service?.costOptions ?? [],
      locationIds: draft.locationIds.filter((id) => locations.some((l) => l.id === id)),
      schedules: draft.schedules.map((h) => ({
        byday: h.byday,
        opensAt: h.opensAt || null,
        closesAt: h.closesAt || null,
        validFrom: h.validFrom,
        validTo: h.validTo,
        description: h.description,
      })),
      phones: draft.phones.filter((p) => p.number?.trim()).map(phoneInput),
      contacts: draft.contacts.map(contactInput),
      email: draft.email,
      url: draft.url,
      shared: draft.shared,
      ...(service ? { version: service.version } : {}),
    };
    const saved = await submit.run(() => saveService(service?.id ?? null, body));
    if (saved) navigate(`/services/${saved.id}`);
  }

  if (organizations.error)
    return <LoadError error={organizations.error} onRetry={organizations.reload} />;
  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <ErrorSummary messages={submit.messages} />
      <form onSubmit={(e) => void save(e)} noValidate>
        <Select
          id="organizationId"
          label={t('directory.fields.organization')}
          value={organizationId}
          options={own.map((o) => ({ value: o.id, label: o.name }))}
          onChange={set('organizationId')}
          error={errors.organizationId}
        />
        <TextField
          id="name"
          label={t('directory.fields.name')}
          value={draft.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          id="alternateName"
          label={t('directory.fields.alternateName')}
          hint={t('directory.form.alternateNameHint')}
          value={draft.alternateName}
          onChange={set('alternateName')}
          error={errors.alternateName}
        />
        <TextArea
          id="description"
          label={t('directory.fields.description')}
          value={draft.description}
          onChange={set('description')}
          error={errors.description}
        />
        <Select
          id="status"
          label={t('directory.fields.status')}
          value={draft.status}
          options={STATUSES.map((s) => ({
            value: s,
            label: t(`directory.status.${s.replace(' ', '_')}`),
          }))}
          onChange={set('status')}
          error={errors.status}
        />
        <TextArea
          id="eligibilityDescription"
          label={t('directory.fields.eligibilityDescription')}
          value={draft.eligibilityDescription}
          onChange={set('eligibilityDescription')}
          error={errors.eligibilityDescription}
        />
        <TextArea
          id="applicationProcess"
          label={t('directory.fields.applicationProcess')}
          value={draft.applicationProcess}
          onChange={set('applicationProcess')}
          error={errors.applicationProcess}
        />
        <TextArea
          id="requiredDocuments"
          label={t('directory.fields.requiredDocuments')}
          hint={t('directory.form.onePerLine')}
          value={draft.requiredDocuments}
          onChange={set('requiredDocuments')}
          error={errors.requiredDocuments}
        />
        <TextArea
          id="feesDescription"
          label={t('directory.fields.costs')}
          value={draft.feesDescription}
          onChange={set('feesDescription')}
          error={errors.feesDescription}
        />
        <CheckboxGroup
          id="categories"
          legend={t('directory.fields.categories')}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`directory.category.${c}`) }))}
          selected={draft.categories}
          onChange={set('categories')}
          error={errors.categories}
        />
        <CheckboxGroup
          id="languages"
          legend={t('directory.fields.languages')}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`directory.language.${l}`) }))}
          selected={draft.languages}
          onChange={set('languages')}
          error={errors.languages}
        />
        {locations.length > 0 ? (
          <CheckboxGroup
            id="locationIds"
            legend={t('directory.fields.locations')}
            options={locations.map((l) => ({
              value: l.id,
              label: [l.name, l.address1].filter(Boolean).join(', ') || l.id,
            }))}
            selected={draft.locationIds}
            onChange={set('locationIds')}
            error={errors.locationIds}
          />
        ) : null}
        <ScheduleEditor rows={draft.schedules} onChange={set('schedules')} errors={errors} />
        <PhonesEditor rows={draft.phones} onChange={set('phones')} errors={errors} />
        <RowsEditor
          id="contacts"
          legend={t('directory.fields.contacts')}
          itemLabel={t('directory.form.contact')}
          rows={draft.contacts}
          empty={{ name: '', title: '', department: '', email: '' }}
          fields={[
            { key: 'name', label: t('directory.fields.contactName') },
            { key: 'title', label: t('directory.fields.contactTitle') },
            { key: 'email', label: t('directory.fields.email'), type: 'email' },
          ]}
          onChange={set('contacts')}
          errors={errors}
        />
        <TextField
          id="email"
          type="email"
          label={t('directory.fields.email')}
          value={draft.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          id="url"
          type="url"
          label={t('directory.fields.url')}
          hint="https://…"
          value={draft.url}
          onChange={set('url')}
          error={errors.url}
        />
        <div className={errors.shared ? 'govgr-field govgr-field__error' : 'govgr-field'}>
          {errors.shared ? <p className="govgr-error-message">{errors.shared}</p> : null}
          <div className="govgr-checkboxes">
            <Checkbox
              id="shared"
              label={t('directory.form.sharedService')}
              checked={draft.shared}
              onChange={set('shared')}
            />
          </div>
        </div>
        <div className="kt-inline-actions">
          <Button type="submit" disabled={submit.submitting}>
            {t('common.save')}
          </Button>
          <Link className="govgr-link" href={service ? `/services/${service.id}` : '/'}>
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
