/** Date and time in the Center's zone, in the reader's language. */
export function formatDateTime(iso: string, lang: string, timeZone = 'Europe/Athens'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'el-GR', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}
