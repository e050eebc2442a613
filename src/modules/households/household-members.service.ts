import type { Db } from '../../db/connection.js';
import { AppError } from '../../lib/app-error.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { findResidentById } from '../residents/residents.repository.js';
import { addTimelineEntry } from '../timeline/timeline.service.js';
import { isCurrentOn } from './calendar-dates.js';
import { assertPlausibleDates } from './household-dates.js';
import { findInconsistency, type MemberForRules } from './household-rules.js';
import { householdView } from './household-view.js';
import { withMembershipGuards } from './membership-conflicts.js';
import {
  bumpHouseholdVersion,
  centerToday,
  findHousehold,
  findMembershipsNotOverBy,
  insertMember,
  listMembers,
  updateMember,
  type HouseholdRow,
  type MemberRow,
} from './households.repository.js';
import type { AddMemberBody, HouseholdView, UpdateMemberBody } from './households.schemas.js';
import type { Relationship } from './households.vocabulary.js';

interface NewMember {
  residentId?: string;
  person?: AddMemberBody['person'];
  relationship: Relationship;
  startDate: string;
  endDate?: string;
  /** Where to point the caller when the resident or their birth date is the problem. */
  residentField: string;
}

export async function addMember(
  db: Db,
  actor: Actor,
  householdId: string,
  input: AddMemberBody,
): Promise<HouseholdView> {
  const field = input.person ? 'body.person' : 'body.residentId';
  return withMembershipGuards(() => addMemberInTransaction(db, actor, householdId, input), field);
}

function addMemberInTransaction(
  db: Db,
  actor: Actor,
  householdId: string,
  input: AddMemberBody,
): Promise<HouseholdView> {
  return db.transaction().execute(async (trx) => {
    const household = await findHousehold(trx, actor.centerId, householdId, { lock: true });
    if (!household) throw new AppError('not_found');
    if (input.residentId && input.person) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.person', rule: 'invalid' }],
      });
    }
    if (!input.residentId && !input.person) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'body.residentId', rule: 'required' }],
      });
    }
    const today = await centerToday(trx, actor.centerId);
    await addMemberRecord(trx, actor, household, today, {
      ...input,
      residentField: input.person ? 'body.person.birthDate' : 'body.residentId',
    });
    const bumped = await bumpHouseholdVersion(trx, actor.centerId, householdId, household.version);
    if (!bumped) throw new AppError('stale_record');
    return householdView(trx, actor.centerId, bumped);
  });
}

/** Records a membership in a locked household after checking it against the current members. */
export async function addMemberRecord(
  trx: Db,
  actor: Actor,
  household: HouseholdRow,
  today: string,
  member: NewMember,
): Promise<HouseholdRow> {
  const endDate = member.endDate ?? null;
  assertPlausibleDates(
    [
      { field: 'body.startDate', value: member.startDate },
      { field: 'body.endDate', value: endDate },
      { field: 'body.person.birthDate', value: member.person?.birthDate },
    ],
    today,
    { start: member.startDate, end: endDate, endField: 'body.endDate' },
  );
  let birthDate = member.person?.birthDate ?? null;
  if (member.residentId) {
    const resident = await findResidentById(trx, actor.centerId, member.residentId);
    if (!resident) throw new AppError('not_found', { field: member.residentField });
    birthDate = resident.birth_date;
    await assertNotInAnotherHousehold(trx, actor.centerId, member.residentId, {
      startDate: member.startDate,
      endDate,
      field: member.residentField,
    });
  }
  const members = await listMembers(trx, actor.centerId, [household.id]);
  const current = members.filter((m) => isCurrentOn(toPeriod(m), today));
  if (isCurrentOn({ startDate: member.startDate, endDate }, today)) {
    assertConsistent(
      current.map(toRules),
      { relationship: member.relationship, birthDate },
      {
        relationship: 'body.relationship',
        birthDate: member.residentField,
      },
    );
  }
  const { id } = await insertMember(trx, {
    center_id: actor.centerId,
    household_id: household.id,
    resident_id: member.residentId ?? null,
    surname: member.person?.surname ?? null,
    given_name: member.person?.givenName ?? null,
    birth_date: member.person?.birthDate ?? null,
    gender: member.person?.gender ?? null,
    amka: member.person?.amka ?? null,
    relationship: member.relationship,
    start_date: member.startDate,
    end_date: endDate,
  });
  await recordAudit(trx, actor, {
    action: 'household.member_add',
    entity: 'household',
    recordId: household.id,
    details: { memberId: id, relationship: member.relationship, registered: !!member.residentId },
  });
  await noteMembershipChange(
    trx,
    actor,
    'household.member_added',
    [member.residentId ?? null, ...current.map((m) => m.resident_id)],
    { householdId: household.id, memberId: id, relationship: member.relationship },
  );
  return household;
}

export async function updateHouseholdMember(
  db: Db,
  actor: Actor,
  householdId: string,
  memberId: string,
  input: UpdateMemberBody,
): Promise<HouseholdView> {
  return db.transaction().execute(async (trx) => {
    const household = await findHousehold(trx, actor.centerId, householdId, { lock: true });
    if (!household) throw new AppError('not_found');
    const members = await listMembers(trx, actor.centerId, [householdId]);
    const member = members.find((m) => m.id === memberId);
    if (!member) throw new AppError('not_found');
    if (household.version !== input.version) throw new AppError('stale_record');

    const today = await centerToday(trx, actor.centerId);
    const relationship = input.relationship ?? member.relationship;
    const endDate = input.endDate === undefined ? member.end_date : input.endDate;
    assertPlausibleDates([{ field: 'body.endDate', value: endDate }], today, {
      start: member.start_date,
      end: endDate,
      endField: 'body.endDate',
    });
    const wasCurrent = isCurrentOn(toPeriod(member), today);
    const isCurrent = isCurrentOn({ startDate: member.start_date, endDate }, today);
    const others = members.filter((m) => m.id !== memberId && isCurrentOn(toPeriod(m), today));
    if (isCurrent && (!wasCurrent || relationship !== member.relationship)) {
      assertConsistent(
        others.map(toRules),
        { relationship, birthDate: member.birth_date },
        {
          relationship: 'body.relationship',
          birthDate: 'body.relationship',
        },
      );
    }
    if (isCurrent && !wasCurrent && member.resident_id) {
      await assertNotInAnotherHousehold(trx, actor.centerId, member.resident_id, {
        startDate: member.start_date,
        endDate,
        field: 'body.endDate',
        except: member.id,
      });
    }
    await updateMember(trx, actor.centerId, memberId, { relationship, end_date: endDate });
    const bumped = await bumpHouseholdVersion(trx, actor.centerId, householdId, input.version);
    if (!bumped) throw new AppError('stale_record');
    await recordAudit(trx, actor, {
      action: 'household.member_update',
      entity: 'household',
      recordId: householdId,
      details: { memberId, changed: Object.keys(input).filter((k) => k !== 'version') },
    });
    if (wasCurrent && !isCurrent) {
      await noteMembershipChange(
        trx,
        actor,
        'household.member_left',
        [member.resident_id, ...others.map((m) => m.resident_id)],
        { householdId, memberId, relationship },
      );
    }
    return householdView(trx, actor.centerId, bumped);
  });
}

/** A registered resident lives in one household at a time. */
async function assertNotInAnotherHousehold(
  trx: Db,
  centerId: string,
  residentId: string,
  period: { startDate: string; endDate: string | null; field: string; except?: string },
): Promise<void> {
  const memberships = await findMembershipsNotOverBy(trx, centerId, residentId, period.startDate);
  const overlapping = memberships.filter(
    (m) => m.id !== period.except && (period.endDate === null || m.start_date < period.endDate),
  );
  if (overlapping.length > 0) {
    throw new AppError('invalid_household', {
      fieldErrors: [{ field: period.field, rule: 'already_in_household' }],
      extensions: { householdId: overlapping[0]?.household_id },
    });
  }
}

function assertConsistent(
  current: MemberForRules[],
  candidate: MemberForRules,
  fields: { relationship: string; birthDate: string },
): void {
  const rule = findInconsistency(current, candidate);
  if (!rule) return;
  const field = rule === 'reference_exists' ? fields.relationship : fields.birthDate;
  throw new AppError('invalid_household', { fieldErrors: [{ field, rule }] });
}

function toPeriod(member: MemberRow) {
  return { startDate: member.start_date, endDate: member.end_date };
}

function toRules(member: MemberRow): MemberForRules {
  return { relationship: member.relationship, birthDate: member.birth_date };
}

/** Puts a membership change on the timeline of every registered resident it concerns. */
async function noteMembershipChange(
  trx: Db,
  actor: Actor,
  kind: 'household.member_added' | 'household.member_left',
  residentIds: (string | null)[],
  details: { householdId: string; memberId: string; relationship: string },
): Promise<void> {
  for (const residentId of new Set(residentIds)) {
    if (!residentId) continue;
    await addTimelineEntry(trx, actor, {
      residentId,
      kind,
      sourceId: details.householdId,
      details,
    });
  }
}
