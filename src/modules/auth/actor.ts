import type { Role } from '../../db/types.js';

/** Who is acting: the signed-in staff member, or nobody yet (sign-in attempts). */
export interface Actor {
  centerId: string;
  staffId: string | null;
  role: Role | null;
  ip: string | null;
}
