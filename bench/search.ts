import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { normalizeForSearch, transliterateElot743 } from '../src/lib/greek-text.js';
import { NAME_FORMS } from '../src/modules/residents/name-keys.js';
import { generateHouseholdsForPeople } from './generate/households.js';
import { createRng, intBetween, pick, type Rng } from './generate/random.js';
import type { GeneratedPerson } from './generate/types.js';
import { createAccount, signIn, type SignedIn } from './lib/accounts.js';
import { loadResidents } from './lib/load-residents.js';
import { percentile, round, type Outcome } from './lib/report.js';
import { createTarget, startServer } from './lib/server.js';

const RESIDENTS = 200_000;
const SEED = 743;
const WARM_UP = 100;
const QUERIES = 500;
const REGISTRATIONS = 200;

type Kind =
  'greek' | 'elot' | 'informal' | 'typo' | 'other_gender' | 'nickname' | 'amka' | 'afm' | 'phone';
const KINDS: Kind[] = [
  'greek',
  'greek',
  'elot',
  'informal',
  'typo',
  'other_gender',
  'nickname',
  'amka',
  'afm',
  'phone',
];

/** Greeklish as people type it: 8 for θ, x for χ, w for ω, u for ου, h for η, i for ι/υ. */
function informalGreeklish(text: string): string {
  const map: Record<string, string> = {
    ου: 'u',
    αυ: 'av',
    ευ: 'ev',
    θ: '8',
    χ: 'x',
    ψ: 'ps',
    ω: 'w',
    η: 'h',
    υ: 'i',
    β: 'b',
    ξ: 'ks',
    φ: 'f',
    γγ: 'ng',
    μπ: 'b',
    ντ: 'd',
  };
  let out = '';
  const s = normalizeForSearch(text);
  for (let i = 0; i < s.length;) {
    const two = map[s.slice(i, i + 2)];
    if (two !== undefined) {
      out += two;
      i += 2;
      continue;
    }
    const ch = s.charAt(i);
    out += map[ch] ?? transliterateElot743(ch);
    i += 1;
  }
  return out;
}

function withTypo(rng: Rng, word: string): string {
  const chars = Array.from(word);
  const at = intBetween(rng, 1, chars.length - 2);
  if (rng() < 0.5) chars.splice(at, 1);
  else [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
  return chars.join('');
}

/** Παπαδόπουλος ↔ Παπαδοπούλου, Μαυράκης ↔ Μαυράκη, Παπάς ↔ Παπά. */
function otherGenderSurname(surname: string): string {
  if (/ος$/.test(surname)) return surname.replace(/ος$/, 'ου');
  if (/ου$/.test(surname)) return surname.replace(/ου$/, 'ος');
  if (/[ηή]$/.test(surname) || /[αά]$/.test(surname)) return surname + 'ς';
  if (/[ηή]ς$/.test(surname) || /[αά]ς$/.test(surname)) return surname.slice(0, -1);
  return surname;
}

function nickname(rng: Rng, givenName: string): string | null {
  const group = NAME_FORMS.find((forms) => forms.includes(givenName));
  return group
    ? pick(
        rng,
        group.filter((form) => form !== givenName),
      )
    : null;
}

function inRandomOrder(rng: Rng, words: string[]): string {
  return (rng() < 0.5 ? words : [...words].reverse()).join(' ');
}

function queryFor(rng: Rng, kind: Kind, person: GeneratedPerson): string | null {
  const names = [person.givenName, person.surname];
  switch (kind) {
    case 'greek':
      return inRandomOrder(rng, names);
    case 'elot':
      return inRandomOrder(rng, names.map(transliterateElot743));
    case 'informal':
      return inRandomOrder(rng, names.map(informalGreeklish));
    case 'typo':
      return inRandomOrder(rng, [person.givenName, withTypo(rng, person.surname)]);
    case 'other_gender':
      return inRandomOrder(rng, [person.givenName, otherGenderSurname(person.surname)]);
    case 'nickname': {
      const form = nickname(rng, person.givenName);
      return form ? inRandomOrder(rng, [form, person.surname]) : null;
    }
    case 'amka':
      return person.amka;
    case 'afm':
      return person.afm;
    case 'phone':
      return person.mobilePhone?.replace('+30', '') ?? null;
  }
}

async function timedGet(url: string, session: SignedIn) {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie: session.cookie } });
  const body = (await response.json()) as { items?: { amka: string | null }[] };
  if (response.status !== 200)
    throw new Error(`search: ${response.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - started, body };
}

async function runSearches(baseUrl: string, session: SignedIn, people: GeneratedPerson[]) {
  const rng = createRng(SEED + 1);
  const durations: number[] = [];
  const byKind = new Map<Kind, number[]>();
  let found = 0;
  for (let i = 0; i < WARM_UP + QUERIES;) {
    const person = pick(rng, people);
    const kind = pick(rng, KINDS);
    const q = queryFor(rng, kind, person);
    if (!q) continue;
    const url = `${baseUrl}/api/residents/search?q=${encodeURIComponent(q)}&pageSize=20`;
    const { ms, body } = await timedGet(url, session);
    if (i >= WARM_UP) {
      durations.push(ms);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
      if (body.items?.some((item) => item.amka === person.amka)) found++;
    }
    i++;
  }
  for (const [kind, values] of byKind) {
    console.error(
      `  ${kind}: p50 ${round(percentile(values, 50))} ms, p95 ${round(percentile(values, 95))} ms, n ${values.length}`,
    );
  }
  return { durations, foundPct: (100 * found) / QUERIES };
}

async function runRegistrations(baseUrl: string, session: SignedIn, taken: Set<string>) {
  const newcomers = generateHouseholdsForPeople(REGISTRATIONS * 3, SEED + 2)
    .flatMap((household) => household.members.map((person) => ({ household, person })))
    .filter(({ person }) => !taken.has(person.amka) && !(person.afm && taken.has(person.afm)))
    .slice(0, REGISTRATIONS);
  const statuses = new Map<number, number>();
  const started = performance.now();
  for (const { household, person } of newcomers) {
    const response = await fetch(`${baseUrl}/api/residents`, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        surname: person.surname,
        givenName: person.givenName,
        fatherName: person.fatherName,
        motherName: person.motherName,
        birthDate: person.birthDate,
        gender: person.gender,
        amka: person.amka,
        ...(person.afm ? { afm: person.afm } : {}),
        ...(person.mobilePhone ? { mobilePhone: person.mobilePhone } : {}),
        address: {
          street: household.address.street,
          number: household.address.number,
          postcode: household.address.postcode,
        },
      }),
    });
    await response.arrayBuffer();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  }
  const seconds = (performance.now() - started) / 1000;
  if (!statuses.has(201)) throw new Error(`no registration succeeded: ${[...statuses]}`);
  return { perSecond: newcomers.length / seconds, statuses };
}

async function firstCenterId(dbUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const result = await client.query<{ id: string }>(
      'SELECT id FROM centers ORDER BY created_at LIMIT 1',
    );
    const id = result.rows[0]?.id;
    if (!id) throw new Error('No Center: did the first run happen?');
    return id;
  } finally {
    await client.end();
  }
}

/**
 * Resident search on a generated Center of 200,000 residents (budget p95 ≤ 30 ms, DESIGN.md
 * §5): a mix of Greek names in any order, Greeklish (ELOT 743 and informal), a typo, the other
 * gender's surname, a nickname, ΑΜΚΑ, ΑΦΜ and phone, sequential, through the HTTP API as a
 * reception clerk; then sequential registrations of new people.
 */
export async function search(): Promise<Outcome> {
  const target = await createTarget();
  try {
    const server = await startServer(target);
    try {
      const loadStarted = performance.now();
      const households = generateHouseholdsForPeople(RESIDENTS, SEED);
      const people = households.flatMap((household) => household.members);
      const centerId = await firstCenterId(server.dbUrl);
      const loaded = await loadResidents(server.dbUrl, centerId, households);
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      console.error(`Loaded ${loaded} residents in ${round(loadSeconds)} s`);

      const account = await createAccount(server.dbUrl, 'reception');
      const session = await signIn(server.url, account);
      const { durations, foundPct } = await runSearches(server.url, session, people);
      const taken = new Set(people.flatMap((p) => (p.afm ? [p.amka, p.afm] : [p.amka])));
      const registered = await runRegistrations(server.url, session, taken);

      const notes = `${loaded} residents; ${QUERIES} mixed queries (${KINDS.join(',')}) after ${WARM_UP} warm-up, sequential, reception account`;
      const registerNotes = `${REGISTRATIONS} sequential POST /api/residents; statuses ${JSON.stringify(Object.fromEntries(registered.statuses))}`;
      return {
        database: target.database,
        measurements: [
          { metric: 'search_p95_ms', value: round(percentile(durations, 95)), unit: 'ms', notes },
          { metric: 'search_p50_ms', value: round(percentile(durations, 50)), unit: 'ms', notes },
          { metric: 'search_found_pct', value: round(foundPct), unit: '%', notes },
          {
            metric: 'register_per_s',
            value: round(registered.perSecond),
            unit: 'req/s',
            notes: registerNotes,
          },
          { metric: 'search_load_s', value: round(loadSeconds), unit: 's', notes },
        ],
      };
    } finally {
      await server.stop();
    }
  } finally {
    await target.dispose();
  }
}
