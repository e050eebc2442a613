import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Button } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { LoadError } from '../../components/LoadError.js';
import { Loading } from '../../components/Loading.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSubmit } from '../../lib/use-submit.js';
import { saveOrganization } from './api/directory.js';
import type { Organization } from './directory-types.js';
import {
  contactInput,
  contactRow,
  locationInput,
  locationRow,
  phoneInput,
  phoneRow,
} from './form-parts.js';
import { PhonesEditor, RowsEditor } from './RowsEditor.js';

type Row = Record<string, string>;

interface Draft {
  name: string;
  alternateName: string;
  description: string;
  email: string;
  website: string;
  referralEmail: string;
  shared: boolean;
  phones: Row[];
  locations: Row[];
}

function draftOf(o: Organization | undefined): Draft {
  return {
    name: o?.name ?? '',
    alternateName: o?.alternateName ?? '',
    description: o?.description ?? '',
    email: o?.email ?? '',
    website: o?.website ?? '',
    referralEmail: o?.referralEmail ?? '',
    shared: o?.shared ?? false,
    phones: (o?.phones ?? []).map(phoneRow),
    locations: (o?.locations ?? []).map(locationRow),
  };
}

/** `/staff/directory/organizations/new` and `…/:id/edit`. */
export function OrganizationFormPage({ id }: { id: string | null }) {
  return id ? <EditOrganization id={id} /> : <OrganizationForm organization={undefined} />;
}

function EditOrganization({ id }: { id: string }) {
  const existing = useApiQuery<Organization>(`/api/directory/organizations/${id}`);
  if (existing.error) return <LoadError error={existing.error} onRetry={existing.reload} />;
  if (!existing.data) return <Loading />;
  return <OrganizationForm organization={existing.data} />;
}

function OrganizationForm({ organization }: { organization: Organization | undefined }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const submit = useSubmit();
  const [draft, setDraft] = useState<Draft>(() => draftOf(organization));
  const title = organization ? t('directory.editOrganization') : t('directory.newOrganization');
  useDocumentTitle(t('common.pageTitle', { page: title, site: t('common.staffAppName') }));
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const errors = submit.fieldErrors;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft.name.trim()) {
      submit.validate([
        { field: 'name', message: t('common.required', { field: t('directory.fields.name') }) },
      ]);
      return;
    }
    const body = {
      name: draft.name,
      alternateName: draft.alternateName,
      description: draft.description,
      email: draft.email,
      website: draft.website,
      referralEmail: draft.referralEmail,
      shared: draft.shared,
      phones: draft.phones.filter((p) => p.number?.trim()).map(phoneInput),
      // Contacts of an organization are not edited here (imports bring them): kept as they are.
      contacts: (organization?.contacts ?? []).map((c) => contactInput(contactRow(c))),
      locations: draft.locations.map((l) => locationInput(l, organization?.locations ?? [])),
      ...(organization ? { version: organization.version } : {}),
    };
    const saved = await submit.run(() => saveOrganization(organization?.id ?? null, body));
    if (saved) navigate(`/organizations/${saved.id}`);
  }

  return (
    <>
      <h1 className="govgr-heading-xl">{title}</h1>
      <ErrorSummary messages={submit.messages} />
      <form onSubmit={(e) => void save(e)} noValidate>
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
        <TextField
          id="email"
          type="email"
          label={t('directory.fields.email')}
          value={draft.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          id="website"
          type="url"
          label={t('directory.fields.website')}
          hint="https://…"
          value={draft.website}
          onChange={set('website')}
          error={errors.website}
        />
        <TextField
          id="referralEmail"
          type="email"
          label={t('directory.fields.referralEmail')}
          hint={t('directory.form.referralEmailHint')}
          value={draft.referralEmail}
          onChange={set('referralEmail')}
          error={errors.referralEmail}
        />
        <div className="govgr-field">
          <div className="govgr-checkboxes">
            <Checkbox
              id="shared"
              label={t('directory.form.sharedOrganization')}
              checked={draft.shared}
              onChange={set('shared')}
            />
          </div>
        </div>
        <PhonesEditor rows={draft.phones} onChange={set('phones')} errors={errors} />
        <RowsEditor
          id="locations"
          legend={t('directory.fields.locations')}
          itemLabel={t('directory.form.location')}
          rows={draft.locations}
          empty={{ id: '', name: '', address1: '', postalCode: '', city: '' }}
          fields={[
            { key: 'name', label: t('directory.fields.locationName') },
            { key: 'address1', label: t('directory.fields.address1') },
            { key: 'postalCode', label: t('directory.fields.postalCode') },
            { key: 'city', label: t('directory.fields.city') },
          ]}
          onChange={set('locations')}
          errors={errors}
        />
        <div className="kt-inline-actions">
          <Button type="submit" disabled={submit.submitting}>
            {t('common.save')}
          </Button>
          <Link
            className="govgr-link"
            href={organization ? `/organizations/${organization.id}` : '/'}
          >
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
