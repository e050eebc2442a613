import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../../../db/connection.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { defaultParameterSet } from './parameters.js';
import { CheckBody, CheckResult, ParameterList } from './rules.schemas.js';
import { checkAnswers, listParameters, todayInAthens } from './rules.service.js';

const tags = ['benefits'];
/** The wizard posts all answers again at each step: generous for a person, tight for a script. */
const checkRateLimit = { max: 120, timeWindow: '1 minute' };

export function registerBenefitRulesRoutes(
  parent: FastifyInstance,
  _db: Db,
  _deps: ModuleDeps,
): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  // Loaded now, so that a parameter file that does not validate stops start-up (file and line).
  const parameters = defaultParameterSet();

  app.post(
    '/api/public/benefits/check',
    {
      config: { access: 'public', rateLimit: checkRateLimit },
      schema: { tags, body: CheckBody, response: { 200: CheckResult } },
    },
    async (request) => checkAnswers(request.body.answers, todayInAthens(), parameters),
  );

  app.get(
    '/api/benefits/parameters',
    {
      config: { access: { permission: 'benefits.read' } },
      schema: { tags, response: { 200: ParameterList } },
    },
    async () => listParameters(parameters, todayInAthens()),
  );
}
