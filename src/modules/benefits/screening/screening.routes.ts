import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../../db/connection.js';
import { actorOf } from '../../../server/plugins/access.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { newlyEligibleCsv } from './newly-eligible-csv.js';
import { findNewlyEligible } from './outreach.service.js';
import { defaultRulesEngine, type RulesEngine } from './rules-engine.js';
import {
  HouseholdIdParams,
  NewlyEligibleQuery,
  ScreenBody,
  ScreeningIdParams,
  ScreeningSummary,
  ScreeningView,
} from './screening.schemas.js';
import {
  findHouseholdScreenings,
  readScreening,
  readScreeningForPrint,
  screenHousehold,
} from './screening.service.js';
import { renderScreeningSummaryHtml, summaryHtmlCsp } from './summary-html.js';

const tags = ['benefits'];
// A screening holds the household's finances: only those who screen may read it back.
const screen = { access: { permission: 'benefits.screen' as const } };
const outreach = { access: { permission: 'benefits.outreach' as const } };

export function registerScreeningRoutes(
  parent: FastifyInstance,
  db: Db,
  _deps: ModuleDeps,
  engineOverride?: RulesEngine,
): void {
  const engine = () => (engineOverride ? Promise.resolve(engineOverride) : defaultRulesEngine());
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.post(
    '/api/households/:id/screenings',
    {
      config: screen,
      schema: {
        tags,
        params: HouseholdIdParams,
        body: ScreenBody,
        response: { 201: ScreeningView },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await screenHousehold(
            db,
            await engine(),
            actorOf(request),
            request.params.id,
            request.body ?? {},
          ),
        ),
  );

  app.get(
    '/api/households/:id/screenings',
    {
      config: screen,
      schema: {
        tags,
        params: HouseholdIdParams,
        response: { 200: Type.Object({ items: Type.Array(ScreeningSummary) }) },
      },
    },
    async (request) => ({
      items: await findHouseholdScreenings(db, await engine(), actorOf(request), request.params.id),
    }),
  );

  app.get(
    '/api/screenings/:id',
    {
      config: screen,
      schema: { tags, params: ScreeningIdParams, response: { 200: ScreeningView } },
    },
    async (request) => readScreening(db, await engine(), actorOf(request), request.params.id),
  );

  app.get(
    '/api/screenings/:id/summary',
    { config: screen, schema: { tags, params: ScreeningIdParams } },
    async (request, reply) => {
      const { screening, center } = await readScreeningForPrint(
        db,
        actorOf(request),
        request.params.id,
      );
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', summaryHtmlCsp)
        .send(
          renderScreeningSummaryHtml({
            center,
            asOf: screening.as_of,
            taxYear: screening.tax_year,
            rulesVersion: screening.rules_version,
            createdAt: screening.created_at,
            verdicts: screening.verdicts,
          }),
        );
    },
  );

  app.get(
    '/api/outreach/newly-eligible',
    {
      config: outreach,
      schema: {
        tags,
        querystring: NewlyEligibleQuery,
        // No response schema: the same route answers JSON or a CSV file.
      },
    },
    async (request, reply) => {
      const items = await findNewlyEligible(db, actorOf(request), request.query);
      if (request.query.format !== 'csv') return { items };
      return reply
        .type('text/csv; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="newly-eligible.csv"')
        .send(newlyEligibleCsv(items));
    },
  );
}
