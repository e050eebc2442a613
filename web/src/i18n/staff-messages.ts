import el from './el.json?raw';
import en from './en.json?raw';
import directoryEl from './extra/directory.el.json?raw';
import directoryEn from './extra/directory.en.json?raw';
import eventsEl from './extra/events.el.json?raw';
import eventsEn from './extra/events.en.json?raw';
import referralsEl from './extra/referrals.el.json?raw';
import referralsEn from './extra/referrals.en.json?raw';
import reportsEl from './extra/reports.el.json?raw';
import reportsEn from './extra/reports.en.json?raw';
import { mergeMessages, type AppMessages, type Messages } from './messages.js';

// The staff app carries every string. It reads the files as text (`?raw`) so that they are
// modules of their own: were they the same modules the portal imports by namespace
// (portal-messages.ts), the bundler would put every namespace in the chunk both apps share,
// because it drops unused exports per module, not per app.
const parse = (text: string) => JSON.parse(text) as Messages;

export const staffMessages: AppMessages = {
  el: mergeMessages(
    parse(el),
    parse(directoryEl),
    parse(eventsEl),
    parse(referralsEl),
    parse(reportsEl),
  ),
  en: mergeMessages(
    parse(en),
    parse(directoryEn),
    parse(eventsEn),
    parse(referralsEn),
    parse(reportsEn),
  ),
};
