/**
 * Every enrollment route in one list for the router: catalogue, schools, verification,
 * registrations, and the `/__mock/children` control that tells tests which child IDs to type.
 */
import { SEED_CHILDREN } from '../seed/children';
import { okReply } from '../reply';
import { CATALOGUE_ROUTES } from './catalogue';
import type { Route } from './context';
import { registrationRoutes } from './registrations';
import { VERIFICATION_ROUTES } from './verifications';

const CHILDREN_CONTROL: Route = {
  method: 'GET',
  pattern: '/__mock/children',
  exempt: () => true,
  handler: (ctx) =>
    okReply(
      ctx.clock,
      SEED_CHILDREN.map(({ parentId, name, idNumber }) => ({
        parentId,
        childName: name,
        childIdNumber: idNumber,
      })),
    ),
};

export const ENROLLMENT_ROUTES: Route[] = [
  ...CATALOGUE_ROUTES,
  ...VERIFICATION_ROUTES,
  ...registrationRoutes(),
  CHILDREN_CONTROL,
];
