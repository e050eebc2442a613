import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

export interface ColumnInfo {
  name: string;
  dataType: string;
  nullable: boolean;
  generated: boolean;
  hasDefault: boolean;
}

export interface ResidentTable {
  name: string;
  columns: ColumnInfo[];
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: string;
  is_generated: string;
  column_default: string | null;
}

/**
 * Every base table of the current schema holding rows about residents: those with both
 * `center_id` and `resident_id`. Discovered at run time, so tables added by any module (now or
 * later) are exported and scrubbed without this module knowing them.
 */
export async function discoverResidentTables(db: Db): Promise<ResidentTable[]> {
  const { rows } = await sql<ColumnRow>`
    SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.is_generated,
           c.column_default
    FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
      AND c.table_name IN (
        SELECT table_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name IN ('center_id', 'resident_id')
        GROUP BY table_name HAVING count(DISTINCT column_name) = 2)
    ORDER BY c.table_name, c.ordinal_position`.execute(db);
  return groupColumns(rows);
}

export async function describeTable(db: Db, table: string): Promise<ColumnInfo[]> {
  const { rows } = await sql<ColumnRow>`
    SELECT table_name, column_name, data_type, is_nullable, is_generated, column_default
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table}
    ORDER BY ordinal_position`.execute(db);
  return groupColumns(rows)[0]?.columns ?? [];
}

function groupColumns(rows: ColumnRow[]): ResidentTable[] {
  const tables = new Map<string, ColumnInfo[]>();
  for (const row of rows) {
    const columns = tables.get(row.table_name) ?? [];
    columns.push({
      name: row.column_name,
      dataType: row.data_type,
      nullable: row.is_nullable === 'YES',
      generated: row.is_generated === 'ALWAYS',
      hasDefault: row.column_default !== null,
    });
    tables.set(row.table_name, columns);
  }
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

export async function selectResidentRows(
  db: Db,
  table: ResidentTable,
  centerId: string,
  residentId: string,
): Promise<Record<string, unknown>[]> {
  const names = table.columns.map((c) => c.name);
  const order = ['occurred_at', 'recorded_at', 'created_at'].find((c) => names.includes(c));
  const { rows } = await sql<Record<string, unknown>>`
    SELECT * FROM ${sql.table(table.name)}
    WHERE center_id = ${centerId} AND resident_id = ${residentId}
    ${order ? sql`ORDER BY ${sql.ref(order)}` : sql``}`.execute(db);
  return rows;
}

export async function countResidentRows(
  db: Db,
  table: string,
  centerId: string,
  residentId: string,
): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT count(*) AS n FROM ${sql.table(table)}
    WHERE center_id = ${centerId} AND resident_id = ${residentId}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** Sets the given columns to NULL in the resident's rows of one table. */
export async function nullResidentColumns(
  db: Db,
  table: string,
  columns: string[],
  centerId: string,
  residentId: string,
): Promise<void> {
  if (columns.length === 0) return;
  const assignments = sql.join(columns.map((c) => sql`${sql.ref(c)} = NULL`));
  await sql`
    UPDATE ${sql.table(table)} SET ${assignments}
    WHERE center_id = ${centerId} AND resident_id = ${residentId}`.execute(db);
}

export async function deleteResidentRows(
  db: Db,
  table: string,
  centerId: string,
  residentId: string,
): Promise<void> {
  await sql`
    DELETE FROM ${sql.table(table)}
    WHERE center_id = ${centerId} AND resident_id = ${residentId}`.execute(db);
}

/**
 * Whether the resident has a case that is not closed. The cases table belongs to another module;
 * it is looked up by name so this works whether or not it exists.
 */
export async function hasOpenCase(db: Db, centerId: string, residentId: string): Promise<boolean> {
  const columns = (await describeTable(db, 'cases')).map((c) => c.name);
  if (!['center_id', 'resident_id', 'status'].every((c) => columns.includes(c))) return false;
  const { rows } = await sql<{ open: boolean }>`
    SELECT EXISTS (
      SELECT 1 FROM cases
      WHERE center_id = ${centerId} AND resident_id = ${residentId} AND status <> 'closed'
    ) AS open`.execute(db);
  return rows[0]?.open ?? false;
}
