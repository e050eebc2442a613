import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from '../../../db/connection.js';
import type { ModuleDeps } from '../../../server/module-deps.js';
import { registerFieldLabels } from '../../../server/i18n/messages.js';
import { Type } from 'typebox';
import { AppError } from '../../../lib/app-error.js';
import { loadMunicipalCriteria } from '../catalog/municipal-criteria.repository.js';
import { findCenterBySlug, findFirstCenter } from '../../centers/centers.repository.js';
import { municipalRules } from './municipal.js';
import { defaultParameterSet } from './parameters.js';
import { questionCatalog } from './questions.js';
import { CheckBody, CheckResult, ParameterList } from './rules.schemas.js';
import { checkAnswers, listParameters, todayInAthens } from './rules.service.js';

const tags = ['benefits'];
/** The wizard posts all answers again at each step: generous for a person, tight for a script. */
const checkRateLimit = { max: 120, timeWindow: '1 minute' };

export function registerBenefitRulesRoutes(
  parent: FastifyInstance,
  db: Db,
  _deps: ModuleDeps,
): void {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  // Loaded now, so that a parameter file that does not validate stops start-up (file and line).
  const parameters = defaultParameterSet();
  // Errors about an answer name it by its question, in the caller's language.
  registerFieldLabels({
    el: Object.fromEntries(questionCatalog.map((q) => [q.id, q.label.el])),
    en: Object.fromEntries(questionCatalog.map((q) => [q.id, q.label.en])),
  });

  app.post(
    '/api/public/benefits/check',
    {
      config: { access: 'public', rateLimit: checkRateLimit },
      schema: {
        tags,
        body: CheckBody,
        querystring: Type.Object(
          { center: Type.Optional(Type.String({ maxLength: 63 })) },
          { additionalProperties: false },
        ),
        response: { 200: CheckResult },
      },
    },
    async (request) => {
      // The Center's own programs count too; reading their criteria stores nothing either.
      const center = await findPublicCenter(db, request.query.center);
      const criteria = await loadMunicipalCriteria(db, center.id);
      return checkAnswers(
        request.body.answers,
        todayInAthens(),
        parameters,
        municipalRules(criteria),
      );
    },
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

async function findPublicCenter(db: Db, slug: string | undefined) {
  const center = slug ? await findCenterBySlug(db, slug) : await findFirstCenter(db);
  if (!center) throw new AppError('not_found');
  return center;
}
