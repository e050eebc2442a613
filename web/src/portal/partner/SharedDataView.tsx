import { useTranslation } from 'react-i18next';
import { localized } from '../../lib/types.js';
import type { SharedData } from './partner-types.js';

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value || t('portal.partner.noData')}</dd>
    </div>
  );
}

/** The resident's data a partner may see: one block per shared category, nothing else. */
export function SharedDataView({ data }: { data: SharedData }) {
  const { t, i18n } = useTranslation();
  const p = (key: string) => t(`portal.partner.${key}`);
  const blocks = Object.keys(data).length;
  if (blocks === 0) return <p className="govgr-body">{p('nothingShared')}</p>;
  const { identity, identifiers, contact, household, income, benefits, caseSummary } = data;
  return (
    <div data-testid="shared-data">
      {identity ? (
        <section aria-labelledby="shared-identity">
          <h3 className="govgr-heading-s" id="shared-identity">
            {t('referrals.category.identity')}
          </h3>
          <dl className="kt-facts">
            <Fact label={p('name')} value={`${identity.givenName} ${identity.surname}`} />
            <Fact label={p('fatherName')} value={identity.fatherName} />
            <Fact label={p('birthDate')} value={identity.birthDate} />
            <Fact
              label={p('gender')}
              value={identity.gender ? t(`vocab.gender.${identity.gender}`) : null}
            />
          </dl>
        </section>
      ) : null}
      {identifiers ? (
        <section aria-labelledby="shared-identifiers">
          <h3 className="govgr-heading-s" id="shared-identifiers">
            {t('referrals.category.identifiers')}
          </h3>
          <dl className="kt-facts">
            <Fact label={p('amka')} value={identifiers.amka} />
            <Fact label={p('afm')} value={identifiers.afm} />
          </dl>
        </section>
      ) : null}
      {contact ? (
        <section aria-labelledby="shared-contact">
          <h3 className="govgr-heading-s" id="shared-contact">
            {t('referrals.category.contact')}
          </h3>
          <dl className="kt-facts">
            <Fact label={p('mobilePhone')} value={contact.mobilePhone} />
            <Fact label={p('phone')} value={contact.phone} />
            <Fact label={p('email')} value={contact.email} />
            <Fact label={p('address')} value={contact.address} />
          </dl>
        </section>
      ) : null}
      {household ? (
        <section aria-labelledby="shared-household">
          <h3 className="govgr-heading-s" id="shared-household">
            {t('referrals.category.household')}
          </h3>
          <dl className="kt-facts">
            <Fact
              label={p('members')}
              value={household.members
                .map(
                  (m) =>
                    `${t(`vocab.relationship.${m.relationship}`)} (${m.birthYear ?? p('noData')})`,
                )
                .join(', ')}
            />
          </dl>
        </section>
      ) : null}
      {income ? (
        <section aria-labelledby="shared-income">
          <h3 className="govgr-heading-s" id="shared-income">
            {t('referrals.category.income')}
          </h3>
          <dl className="kt-facts">
            <Fact label={p('taxYear')} value={income.taxYear?.toString()} />
            <Fact
              label={p('total')}
              value={
                income.total === null
                  ? null
                  : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'el-GR', {
                      style: 'currency',
                      currency: 'EUR',
                    }).format(income.total)
              }
            />
          </dl>
        </section>
      ) : null}
      {benefits ? (
        <section aria-labelledby="shared-benefits">
          <h3 className="govgr-heading-s" id="shared-benefits">
            {t('referrals.category.benefits')}
          </h3>
          {benefits.items.length === 0 ? (
            <p className="govgr-body">{p('noData')}</p>
          ) : (
            <ul className="govgr-list govgr-list--bullet">
              {benefits.items.map((b, i) => (
                <li key={i}>
                  {localized(b.name, i18n.language)}: {localized(b.status, i18n.language)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {caseSummary ? (
        <section aria-labelledby="shared-case">
          <h3 className="govgr-heading-s" id="shared-case">
            {t('referrals.category.case_summary')}
          </h3>
          <dl className="kt-facts">
            <Fact label={p('topics')} value={caseSummary.topics.join(', ')} />
            <Fact label={p('needs')} value={caseSummary.needs} />
          </dl>
        </section>
      ) : null}
    </div>
  );
}
