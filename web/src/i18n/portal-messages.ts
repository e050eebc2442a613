// The portal carries only the namespaces it shows, so its first load leaves the back office's
// strings behind (DESIGN.md §5). Vite gives a JSON file's top-level keys as named exports and the
// bundler drops the ones nobody imports; a namespace import (`import * as`) or the default import
// would keep the whole file. TypeScript's NodeNext mode rejects named imports from JSON (TS1544),
// one error per name, although Vite supports them and the bindings keep their JSON types: hence
// one name per line, each under its own expect-error. portal-messages.test.ts fails when a key the
// portal's code uses is not here, in either language.

// @ts-expect-error TS1544: a Vite named JSON import, see above
import { common as commonEl } from './el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { weekday as weekdayEl } from './el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as portalEl } from './el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { benefitsCheck as benefitsCheckEl } from './el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { booking as bookingEl } from './el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { vocab as vocabEl } from './el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { common as commonEn } from './en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { weekday as weekdayEn } from './en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as portalEn } from './en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { benefitsCheck as benefitsCheckEn } from './en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { booking as bookingEn } from './en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { vocab as vocabEn } from './en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as directoryPortalEl } from './extra/directory.el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { directory as directoryEl } from './extra/directory.el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as directoryPortalEn } from './extra/directory.en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { directory as directoryEn } from './extra/directory.en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as eventsPortalEl } from './extra/events.el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as eventsPortalEn } from './extra/events.en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as referralsPortalEl } from './extra/referrals.el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { referrals as referralsEl } from './extra/referrals.el.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { portal as referralsPortalEn } from './extra/referrals.en.json' with { type: 'json' };
// @ts-expect-error TS1544: a Vite named JSON import, see above
import { referrals as referralsEn } from './extra/referrals.en.json' with { type: 'json' };
import { mergeMessages, type AppMessages } from './messages.js';

export const portalMessages: AppMessages = {
  el: mergeMessages(
    {
      common: commonEl,
      weekday: weekdayEl,
      portal: portalEl,
      benefitsCheck: benefitsCheckEl,
      booking: bookingEl,
      vocab: vocabEl,
    },
    { portal: directoryPortalEl, directory: directoryEl },
    { portal: eventsPortalEl },
    { portal: referralsPortalEl, referrals: referralsEl },
  ),
  en: mergeMessages(
    {
      common: commonEn,
      weekday: weekdayEn,
      portal: portalEn,
      benefitsCheck: benefitsCheckEn,
      booking: bookingEn,
      vocab: vocabEn,
    },
    { portal: directoryPortalEn, directory: directoryEn },
    { portal: eventsPortalEn },
    { portal: referralsPortalEn, referrals: referralsEn },
  ),
};
