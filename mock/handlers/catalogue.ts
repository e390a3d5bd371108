/** `GET /materials` and `POST /schools/search`: the materials catalogue and the catchment schools. */
import { readRequest } from '../../types';
import { SchoolSearchSchema } from '../../types/schemas/requests';
import { materialCatalogue } from '../seed/materials';
import { withPlacesLeft } from '../model/school-places';
import { findCatchmentSchools } from '../seed/schools';
import { failReply, okReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

function schools(ctx: HandlerContext) {
  const read = readRequest(SchoolSearchSchema, ctx.req.body);
  if (!read.ok) return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: read.problems });
  // Transfer lists schools per target grade (primary 2-6, junior high 7-9).
  const { subsystem, address, grade } = read.value;
  const schools = findCatchmentSchools(subsystem, address, grade).map((school) =>
    withPlacesLeft(ctx.state.enrollment, school),
  );
  return okReply(ctx.clock, schools);
}

export const CATALOGUE_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/materials',
    // Public, like the season (types/openapi/endpoint-specs).
    handler: (ctx) => okReply(ctx.clock, materialCatalogue()),
  },
  { method: 'POST', pattern: '/schools/search', handler: withSession(schools) },
];
