import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { searchPrefixes, sortName } from '../../src/modules/directory/directory-search.js';
import { serviceSearchText } from '../../src/modules/directory/directory-tree-writer.js';
import type { CooperationBenchContext } from '../cooperation.js';
import { createRng } from '../generate/random.js';
import { percentile, round, type Measurement } from '../lib/report.js';

const SERVICES = 5_000;
const SERVICES_PER_ORGANIZATION = 20;
const BATCH = 1_000;
const WARM_UP = 20;
const RUNS = 300;

const STRUCTURES: [string, string, string[]][] = [
  [
    'Κοινωνικό Παντοπωλείο',
    'Τρόφιμα και είδη πρώτης ανάγκης για νοικοκυριά με χαμηλό εισόδημα.',
    ['food'],
  ],
  [
    'Κοινωνικό Φαρμακείο',
    'Δωρεάν φάρμακα με ιατρική συνταγή για ανασφάλιστους.',
    ['medicines', 'health'],
  ],
  ['Κοινωνικό Βεστιάριο', 'Ρούχα και κλινοσκεπάσματα για όσους τα χρειάζονται.', ['food']],
  [
    'ΚΑΠΗ',
    'Κέντρο Ανοιχτής Προστασίας Ηλικιωμένων: φυσικοθεραπεία, εκδρομές, ψυχαγωγία.',
    ['elderly'],
  ],
  [
    'Βοήθεια στο Σπίτι',
    'Νοσηλευτική φροντίδα και οικιακή βοήθεια για ηλικιωμένους και ΑμεΑ.',
    ['home_care', 'elderly'],
  ],
  ['ΚΕΠ', 'Πιστοποιητικά και αιτήσεις προς το Δημόσιο.', ['administrative']],
  [
    'Κέντρο Ψυχικής Υγείας',
    'Ψυχιατρική εκτίμηση και ψυχοθεραπεία για ενήλικες και παιδιά.',
    ['mental_health', 'health'],
  ],
  [
    'Συμβουλευτικό Κέντρο Γυναικών',
    'Υποστήριξη γυναικών θυμάτων βίας, νομική πληροφόρηση.',
    ['women', 'legal'],
  ],
  [
    'Δημοτικός Παιδικός Σταθμός',
    'Φύλαξη και προσχολική αγωγή για παιδιά έως 5 ετών.',
    ['children'],
  ],
  [
    'Κέντρο Δημιουργικής Απασχόλησης Παιδιών',
    'Δημιουργική απασχόληση παιδιών σχολικής ηλικίας.',
    ['children'],
  ],
  ['Κοινωνικό Φροντιστήριο', 'Δωρεάν μαθήματα ενισχυτικής διδασκαλίας για μαθητές.', ['children']],
  ['Κέντρο Ημέρας Αστέγων', 'Φαγητό, ντους και κοινωνική υποστήριξη για άστεγους.', ['housing']],
  ['Ξενώνας Φιλοξενίας', 'Προσωρινή στέγαση για άτομα και οικογένειες σε κρίση.', ['housing']],
  [
    'Γραφείο Νομικής Συμβουλευτικής',
    'Δωρεάν νομικές συμβουλές για οικονομικά αδύναμους.',
    ['legal'],
  ],
  ['Κέντρο Πρόληψης Εξαρτήσεων', 'Πρόληψη και ενημέρωση για τις εξαρτήσεις.', ['mental_health']],
  ['Κέντρο Ένταξης Μεταναστών', 'Μαθήματα ελληνικών και υποστήριξη μεταναστών.', ['migrants']],
  ['Γραφείο Απασχόλησης', 'Συμβουλευτική για εργασία και αγγελίες θέσεων.', ['employment']],
  [
    'Κέντρο Πιστοποίησης Αναπηρίας',
    'Υγειονομικές επιτροπές πιστοποίησης αναπηρίας.',
    ['disability'],
  ],
];

const PLACES = [
  'Αμαρουσίου',
  'Χαλανδρίου',
  'Κηφισιάς',
  'Αθηναίων',
  'Πειραιά',
  'Περιστερίου',
  'Καλλιθέας',
  'Γλυφάδας',
  'Νέας Σμύρνης',
  'Ζωγράφου',
  'Βύρωνα',
  'Ιλίου',
  'Αιγάλεω',
  'Νίκαιας',
  'Κορυδαλλού',
  'Παλλήνης',
  'Αχαρνών',
  'Μεγαρέων',
  'Ελευσίνας',
  'Βριλησσίων',
];

/** What staff and residents type: Greek with and without accents, Greeklish, English, filters. */
const QUERIES = [
  'q=παντοπωλείο',
  'q=pantopoleio',
  'q=κοινωνικό φαρμακείο',
  'q=farmakeio',
  'q=ΚΑΠΗ',
  'q=kaph',
  'q=βοηθεια στο σπιτι',
  'q=voitheia spiti',
  'q=ψυχικής υγείας',
  'q=psyxikh ygeia',
  'q=γυναικών&category=women',
  'q=gynaikwn',
  'q=Χαλανδρίου',
  'q=xalandriou',
  'q=ΚΕΠ Αμαρουσίου',
  'q=kep amarousiou',
  'q=παιδικός σταθμός',
  'q=paidikos stathmos',
  'q=νομική συμβουλευτική',
  'q=social grocery',
  'category=housing',
  'q=κοινωνικό&page=3',
  '',
];

interface SeededService {
  id: string;
  organizationId: string;
  name: string;
  description: string;
  categories: string[];
  searchText: string;
}

/** 250 organizations with 20 services each, written straight in SQL (not measured). */
async function seedServices(ctx: CooperationBenchContext): Promise<void> {
  const rng = createRng('directory-bench');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const services: SeededService[] = [];
  const organizations: { id: string; name: string }[] = [];
  let organization = { id: '', name: '' };
  for (let i = 0; i < SERVICES; i++) {
    if (i % SERVICES_PER_ORGANIZATION === 0) {
      organization = {
        id: randomUUID(),
        name: `Δήμος ${pick(PLACES)} — Δομή ${organizations.length + 1}`,
      };
      organizations.push(organization);
    }
    const [kind, description, categories] = pick(STRUCTURES);
    const name = `${kind} ${pick(PLACES)}${i >= STRUCTURES.length * PLACES.length ? ` (${i})` : ''}`;
    const fields = {
      name,
      alternateName: null,
      description,
      eligibilityDescription: null,
      categories,
    };
    services.push({
      id: randomUUID(),
      organizationId: organization.id,
      name,
      description,
      categories,
      searchText: serviceSearchText(fields, { name: organization.name, alternateName: null }),
    });
  }
  await ctx.client.query(
    `INSERT INTO directory_organizations (id, center_id, name)
     SELECT id, $1, name FROM unnest($2::uuid[], $3::text[]) AS t (id, name)`,
    [ctx.centerId, organizations.map((o) => o.id), organizations.map((o) => o.name)],
  );
  for (let start = 0; start < services.length; start += BATCH) {
    const batch = services.slice(start, start + BATCH);
    await ctx.client.query(
      `INSERT INTO directory_services
         (id, organization_id, center_id, name, description, categories, languages,
          search_text, search_prefixes, sort_name)
       SELECT id, organization_id, $1, name, description, string_to_array(categories, ','),
              '{el}', search_text, string_to_array(search_prefixes, ' '), sort_name
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[])
         AS t (id, organization_id, name, description, categories, search_text, search_prefixes,
               sort_name)`,
      [
        ctx.centerId,
        batch.map((s) => s.id),
        batch.map((s) => s.organizationId),
        batch.map((s) => s.name),
        batch.map((s) => s.description),
        batch.map((s) => s.categories.join(',')),
        batch.map((s) => s.searchText),
        batch.map((s) => searchPrefixes(s.searchText).join(' ')),
        batch.map((s) => sortName(s.name)),
      ],
    );
  }
  await ctx.client.query('VACUUM ANALYZE directory_organizations, directory_services');
}

/**
 * `directory_search_p95_ms`: the public directory search (GET /api/public/directory) over
 * 5,000 services, sequential requests cycling through Greek, Greeklish and English queries.
 */
export async function directoryMeasurements(ctx: CooperationBenchContext): Promise<Measurement[]> {
  const started = performance.now();
  await seedServices(ctx);
  console.error(
    `Seeded ${SERVICES} directory services in ${round((performance.now() - started) / 1000)} s`,
  );
  const durations: number[] = [];
  const found: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const query = QUERIES[i % QUERIES.length] ?? '';
    const t0 = performance.now();
    const response = await fetch(`${ctx.server.url}/api/public/directory?${query}`);
    const body = (await response.json()) as { total?: number };
    const ms = performance.now() - t0;
    if (response.status !== 200 || body.total === undefined) {
      throw new Error(
        `GET /api/public/directory?${query}: ${response.status} ${JSON.stringify(body)}`,
      );
    }
    if (i >= WARM_UP) {
      durations.push(ms);
      found.push(body.total);
    }
  }
  const empty = found.filter((n) => n === 0).length;
  return [
    {
      metric: 'directory_search_p95_ms',
      value: round(percentile(durations, 95)),
      unit: 'ms',
      notes: `${SERVICES} services in 250 organizations; ${RUNS} sequential GET /api/public/directory after ${WARM_UP} warm-up, ${QUERIES.length} Greek/Greeklish/English queries and filters; p50 ${round(percentile(durations, 50))} ms; ${empty} answers empty`,
    },
  ];
}
