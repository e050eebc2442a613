import type { Role } from '../auth/session-types.js';

export interface StaffView {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  status: 'active' | 'disabled';
  totpEnabled: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  /** For role `partner`: its directory organization. */
  partnerOrganizationId: string | null;
}
