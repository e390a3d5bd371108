/** `GET /materials` and `POST /schools/search`: the materials catalogue and the catchment schools. */
import { SUBSYSTEMS, TARGET_GRADES, type FieldProblem } from '../../types';
import { materialCatalogue } from '../seed/materials';
import { withPlacesLeft } from '../model/school-places';
import { findCatchmentSchools } from '../seed/schools';
import { failReply, okReply } from '../reply';
import { withSession, type HandlerContext, type Route } from './context';

function textAt(body: unknown, key: string): string | undefined {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string'
    ? value
    : value === undefined || value === null
      ? undefined
      : String(value);
}

function schools(ctx: HandlerContext) {
  const subsystem = textAt(ctx.req.body, 'subsystem');
  const address = textAt(ctx.req.body, 'address');
  const grade = textAt(ctx.req.body, 'grade');
  const problems: FieldProblem[] = [];
  const known = SUBSYSTEMS.find((s) => s === subsystem);
  if (!known) problems.push({ field: 'subsystem', code: subsystem ? 'invalid' : 'required' });
  if (!address?.trim()) problems.push({ field: 'address', code: 'required' });
  // Transfer lists schools per target grade (primary 2-6, junior high 7-9).
  if (grade !== undefined && !(TARGET_GRADES as readonly string[]).includes(grade)) {
    problems.push({ field: 'grade', code: 'invalid' });
  }
  if (!known || problems.length > 0) {
    return failReply(ctx.clock, 422, 'VALIDATION_FAILED', { fields: problems });
  }
  const schools = findCatchmentSchools(known, address ?? '', grade ?? null).map((school) =>
    withPlacesLeft(ctx.state.enrollment, school),
  );
  return okReply(ctx.clock, schools);
}

export const CATALOGUE_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: '/materials',
    handler: withSession((ctx) => okReply(ctx.clock, materialCatalogue())),
  },
  { method: 'POST', pattern: '/schools/search', handler: withSession(schools) },
];
