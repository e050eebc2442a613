import type { Role } from '../../db/types.js';

/**
 * Every permission of the system, and the one table that grants them to roles (DESIGN.md §2).
 * Routes declare the permission they need; a role gets nothing that is not written here.
 */
export const permissions = [
  'center.settings.read',
  'center.settings.update',
  'staff.read',
  'staff.manage',
  'audit.read',
] as const;

export type Permission = (typeof permissions)[number];

export const roles = [
  'administrator',
  'coordinator',
  'social_worker',
  'psychologist',
  'reception',
  'partner',
  'auditor',
] as const satisfies readonly Role[];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  administrator: [
    'center.settings.read',
    'center.settings.update',
    'staff.read',
    'staff.manage',
    'audit.read',
  ],
  coordinator: ['center.settings.read', 'staff.read'],
  social_worker: ['center.settings.read'],
  psychologist: ['center.settings.read'],
  reception: ['center.settings.read'],
  // Partners will see only the referrals sent to their organization (cooperation issue).
  partner: [],
  // The data protection officer reads the audit log and who has access.
  auditor: ['center.settings.read', 'staff.read', 'audit.read'],
};

/** Roles that must use a second factor; for the others it is optional. */
export const rolesRequiringTotp: readonly Role[] = ['administrator'];

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}
