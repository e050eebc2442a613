import { AppError, type FieldError } from '../../lib/app-error.js';
import { EARLIEST_DATE } from './calendar-dates.js';

/**
 * Dates of a membership as typed at the desk: none in the future (the record is of what
 * happened), none before 1900 (a typing mistake), and an end no earlier than the start.
 */
export function assertPlausibleDates(
  dates: { field: string; value: string | null | undefined }[],
  today: string,
  order?: { start: string; end: string | null | undefined; endField: string },
): void {
  const errors: FieldError[] = [];
  for (const { field, value } of dates) {
    if (!value) continue;
    if (value > today) errors.push({ field, rule: 'date_in_future' });
    else if (value < EARLIEST_DATE) errors.push({ field, rule: 'date_out_of_range' });
  }
  if (order?.end && order.end < order.start) {
    errors.push({ field: order.endField, rule: 'date_order' });
  }
  if (errors.length > 0) throw new AppError('validation_failed', { fieldErrors: errors });
}
