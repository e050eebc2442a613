/**
 * Row types of the residents module's tables beyond `residents` itself (which lives in
 * src/db/types.ts since the foundation). Joined into `Database` in src/db/types.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ResidentsExtraTables {}
