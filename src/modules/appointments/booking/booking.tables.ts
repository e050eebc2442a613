/** Row types of this module's tables (joined into `Database` in src/db/types.ts). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BookingTables {}
