import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import { applicationStatusLabels } from '../applications/applications.vocabulary.js';
import { catalogEntry } from '../benefits/catalog/catalog-data.js';
import type { BenefitCode } from '../benefits/rules/types.js';
import { formatAddress, type ResidentFacts } from './referral-share.js';
import type { SharedCategory } from './referrals.vocabulary.js';

/**
 * Loads the resident's facts of the given categories only (nothing is read that will not be
 * shown). `caseId` feeds the case summary; a referral from the resident file has none.
 */
export async function loadResidentFacts(
  db: Db,
  centerId: string,
  residentId: string,
  caseId: string | null,
  categories: readonly SharedCategory[],
): Promise<ResidentFacts> {
  const wants = (c: SharedCategory) => categories.includes(c);
  const facts: ResidentFacts = {};
  if (wants('identity') || wants('identifiers') || wants('contact')) {
    const r = await db
      .selectFrom('residents')
      .select([
        'surname',
        'given_name',
        'father_name',
        sql<string | null>`birth_date::text`.as('birth_date'),
        'gender',
        'amka',
        'afm',
        'mobile_phone',
        'phone',
        'email',
        'street',
        'street_number',
        'postcode',
        'area',
      ])
      .where('center_id', '=', centerId)
      .where('id', '=', residentId)
      .executeTakeFirstOrThrow();
    if (wants('identity')) {
      facts.identity = {
        surname: r.surname,
        givenName: r.given_name,
        fatherName: r.father_name,
        birthDate: r.birth_date,
        gender: r.gender,
      };
    }
    if (wants('identifiers')) facts.identifiers = { amka: r.amka, afm: r.afm };
    if (wants('contact')) {
      facts.contact = {
        mobilePhone: r.mobile_phone,
        phone: r.phone,
        email: r.email,
        address: formatAddress({
          street: r.street,
          streetNumber: r.street_number,
          postcode: r.postcode,
          area: r.area,
        }),
      };
    }
  }
  const householdId =
    wants('household') || wants('income')
      ? await currentHouseholdId(db, centerId, residentId)
      : null;
  if (wants('household')) {
    facts.household = { members: householdId ? await members(db, centerId, householdId) : [] };
  }
  if (wants('income')) {
    facts.income = householdId
      ? await latestIncome(db, centerId, householdId)
      : { taxYear: null, total: null };
  }
  if (wants('benefits')) facts.benefits = { items: await benefits(db, centerId, residentId) };
  if (wants('case_summary')) {
    facts.caseSummary = caseId
      ? await caseSummary(db, centerId, caseId)
      : { topics: [], needs: null };
  }
  return facts;
}

async function currentHouseholdId(
  db: Db,
  centerId: string,
  residentId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('household_members')
    .select('household_id')
    .where('center_id', '=', centerId)
    .where('resident_id', '=', residentId)
    .where('end_date', 'is', null)
    .executeTakeFirst();
  return row?.household_id ?? null;
}

/** Relationship and birth year of each current member: the composition, not the people. */
async function members(db: Db, centerId: string, householdId: string) {
  const rows = await db
    .selectFrom('household_members as m')
    .leftJoin('residents as r', (join) =>
      join.onRef('r.center_id', '=', 'm.center_id').onRef('r.id', '=', 'm.resident_id'),
    )
    .select([
      'm.relationship',
      sql<number | null>`extract(year from coalesce(m.birth_date, r.birth_date))::int`.as(
        'birth_year',
      ),
    ])
    .where('m.center_id', '=', centerId)
    .where('m.household_id', '=', householdId)
    .where('m.end_date', 'is', null)
    .orderBy('m.created_at')
    .execute();
  return rows.map((r) => ({ relationship: r.relationship, birthYear: r.birth_year }));
}

async function latestIncome(db: Db, centerId: string, householdId: string) {
  const row = await db
    .selectFrom('household_finances as f')
    .select([
      'f.tax_year',
      sql<string | null>`(SELECT sum(i.amount) FROM household_incomes i
        WHERE i.center_id = f.center_id AND i.household_id = f.household_id
          AND i.tax_year = f.tax_year)`.as('total'),
    ])
    .where('f.center_id', '=', centerId)
    .where('f.household_id', '=', householdId)
    .orderBy('f.tax_year', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { taxYear: null, total: null };
  return { taxYear: row.tax_year, total: row.total === null ? 0 : Number(row.total) };
}

async function benefits(db: Db, centerId: string, residentId: string) {
  const rows = await db
    .selectFrom('applications')
    .select(['benefit', 'status'])
    .where('center_id', '=', centerId)
    .where('resident_id', '=', residentId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    name: catalogEntry(r.benefit as BenefitCode).name,
    status: applicationStatusLabels[r.status],
  }));
}

async function caseSummary(db: Db, centerId: string, caseId: string) {
  const row = await db
    .selectFrom('cases')
    .select(['topics', 'assessment_needs'])
    .where('center_id', '=', centerId)
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { topics: row.topics, needs: row.assessment_needs };
}
