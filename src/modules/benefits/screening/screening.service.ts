import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../lib/app-error.js';
import type { Actor } from '../../auth/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import { findCenterById, type CenterRow } from '../../centers/centers.repository.js';
import { loadHouseholdFacts } from '../../households/household-facts.service.js';
import { centerToday, findHousehold } from '../../households/households.repository.js';
import { addTimelineEntry } from '../../timeline/timeline.service.js';
import { replayScreening, type ReplayResult } from './replay.js';
import { defaultTaxYear } from './rescreen.service.js';
import type { RulesEngine } from './rules-engine.js';
import {
  findScreening,
  insertScreening,
  listScreeningsOfHousehold,
  type ScreeningRow,
} from './screening.repository.js';
import type { ScreenBody, ScreeningSummary, ScreeningView } from './screening.schemas.js';
import { countVerdicts, toScreeningSummary, toScreeningView } from './screening-view.js';

/**
 * Screens a household against every benefit from its recorded facts and saves the input, the
 * verdicts, the rules version and the municipal criteria used, so the result can be replayed.
 */
export async function screenHousehold(
  db: Db,
  engine: RulesEngine,
  actor: Actor,
  householdId: string,
  body: ScreenBody,
): Promise<ScreeningView> {
  return db.transaction().execute(async (trx) => {
    const asOf = body.asOf ?? (await centerToday(trx, actor.centerId));
    const taxYear = body.taxYear ?? defaultTaxYear(asOf);
    const facts = await loadHouseholdFacts(trx, actor.centerId, householdId, { asOf, taxYear });
    const input = engine.inputFromFacts(facts);
    const municipal = await engine.loadMunicipal(trx, actor.centerId);
    const verdicts = engine.screen(input, municipal);
    const version = engine.version;
    const { id } = await insertScreening(trx, {
      center_id: actor.centerId,
      household_id: householdId,
      as_of: asOf,
      tax_year: taxYear,
      rules_version: version,
      input: JSON.stringify(input),
      municipal_criteria: JSON.stringify(municipal),
      verdicts: JSON.stringify(verdicts),
      created_by: actor.staffId,
    });
    const counts = countVerdicts(verdicts);
    await recordAudit(trx, actor, {
      action: 'benefits.screen',
      entity: 'household',
      recordId: householdId,
      details: { screeningId: id, rulesVersion: version, ...counts },
    });
    const residents = new Set(facts.members.flatMap((m) => (m.residentId ? [m.residentId] : [])));
    for (const residentId of residents) {
      await addTimelineEntry(trx, actor, {
        residentId,
        kind: 'benefits.screened',
        sourceId: id,
        details: { householdId, ...counts },
      });
    }
    return toScreeningView(await mustFind(trx, actor.centerId, id), version);
  });
}

export async function findHouseholdScreenings(
  db: Db,
  engine: RulesEngine,
  actor: Actor,
  householdId: string,
): Promise<ScreeningSummary[]> {
  return db.transaction().execute(async (trx) => {
    if (!(await findHousehold(trx, actor.centerId, householdId))) throw new AppError('not_found');
    const rows = await listScreeningsOfHousehold(trx, actor.centerId, householdId);
    await recordAudit(trx, actor, {
      action: 'benefits.screening.list',
      entity: 'household',
      recordId: householdId,
      details: { count: rows.length },
    });
    return rows.map((row) => toScreeningSummary(row, engine.version));
  });
}

export async function readScreening(
  db: Db,
  engine: RulesEngine,
  actor: Actor,
  id: string,
): Promise<ScreeningView> {
  return db.transaction().execute(async (trx) => {
    const row = await mustFind(trx, actor.centerId, id);
    await recordAudit(trx, actor, {
      action: 'benefits.screening.read',
      entity: 'screening',
      recordId: id,
    });
    return toScreeningView(row, engine.version);
  });
}

/** What the printable summary shows: the screening and the Center's contacts. */
export async function readScreeningForPrint(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ screening: ScreeningRow; center: CenterRow }> {
  return db.transaction().execute(async (trx) => {
    const screening = await mustFind(trx, actor.centerId, id);
    const center = await findCenterById(trx, actor.centerId);
    if (!center) throw new AppError('not_found');
    await recordAudit(trx, actor, {
      action: 'benefits.screening.print',
      entity: 'screening',
      recordId: id,
    });
    return { screening, center };
  });
}

/** Re-runs a stored screening with its own rules version, when this process still has it. */
export function replayStoredScreening(row: ScreeningRow, engine: RulesEngine): ReplayResult {
  return replayScreening(
    {
      rulesVersion: row.rules_version,
      input: row.input,
      municipalCriteria: row.municipal_criteria,
      verdicts: row.verdicts,
    },
    engine.parameterSets(),
    (input, parameters, municipal) => engine.screen(input, municipal, parameters),
  );
}

async function mustFind(db: Db, centerId: string, id: string): Promise<ScreeningRow> {
  const row = await findScreening(db, centerId, id);
  if (!row) throw new AppError('not_found');
  return row;
}
