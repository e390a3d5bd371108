/** `GET /materials` and `GET /schools`: the materials catalogue and the catchment schools. */
import { SUBSYSTEMS, type FieldProblem } from '../../types';
import { materialCatalogue } from '../seed/materials';
import { findCatchmentSchools } from '../seed/schools';
import { failReply, okReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

function schools(ctx: HandlerContext) {
  const { subsystem, address } = ctx.req.query;
  const problems: FieldProblem[] = [];
  const known = SUBSYSTEMS.find((s) => s === subsystem);
  if (!known) problems.push({ field: 'subsystem', code: subsystem ? 'invalid' : 'required' });
  if (!address?.trim()) problems.push({ field: 'address', code: 'required' });
  if (!known || problems.length > 0) {
    return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: problems });
  }
  return okReply(ctx.clock, findCatchmentSchools(known, address ?? ''));
}

export const CATALOGUE_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/materials',
    handler: withSession((ctx) => okReply(ctx.clock, materialCatalogue())),
  },
  { method: 'GET', pattern: '/schools', handler: withSession(schools) },
];
