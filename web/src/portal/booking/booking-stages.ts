export const PUBLIC_AVAILABILITY = '/api/public/availability';

export type Stage = 'type' | 'day' | 'slot' | 'details' | 'confirm' | 'done' | 'waitlist';
export const STEPS: Stage[] = ['type', 'day', 'slot', 'details', 'confirm'];
