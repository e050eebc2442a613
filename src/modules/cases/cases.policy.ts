import { roleHasPermission } from '../auth/permissions.js';
import type { Role } from '../../db/types.js';

export interface CaseReader {
  staffId: string | null;
  role: Role | null;
}

export interface CaseAccess {
  assignedWorkerId: string | null;
  teamIds: readonly string[];
}

/**
 * A case file is open to its assigned worker and team, and to roles that see every case (the
 * coordinator). Callers answer 404 to anyone else, so that a case's existence does not leak.
 */
export function canSeeCase(reader: CaseReader, access: CaseAccess): boolean {
  if (!reader.role || !reader.staffId) return false;
  if (roleHasPermission(reader.role, 'cases.read_all')) return true;
  if (!roleHasPermission(reader.role, 'cases.read')) return false;
  return access.assignedWorkerId === reader.staffId || access.teamIds.includes(reader.staffId);
}

/** Choosing who carries a case is the coordinator's call. */
export function canAssignCase(reader: CaseReader): boolean {
  return reader.role !== null && roleHasPermission(reader.role, 'cases.assign');
}

/** The team is chosen by whoever assigns, or by the worker who carries the case. */
export function canChangeTeam(reader: CaseReader, access: CaseAccess): boolean {
  return canAssignCase(reader) || (!!reader.staffId && access.assignedWorkerId === reader.staffId);
}

/** Roles a case can be assigned or shared to: those who may read case files at all. */
export function canWorkOnCases(role: Role): boolean {
  return roleHasPermission(role, 'cases.read');
}
