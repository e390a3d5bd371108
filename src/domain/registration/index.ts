/**
 * The registration form's rules, shared by both subsystems (FAQ 1): journey machinery, field
 * rules, eligibility, category, backfill, materials. Enrollment's journey lives here as the
 * default; transfer's own rules are in ../transfer.
 */
export * from './address';
export * from './answer-shapes';
export * from './answers';
export * from './backfill';
export * from './category';
export * from './credit-code';
export * from './derived-facts';
export * from './draft';
export * from './draft-access';
export * from './eligibility';
export * from './ethnic-groups';
export * from './field-paths';
export * from './journey';
export * from './journey-definition';
export * from './enrollment-journey';
export * from './shared-steps';
export * from './kinship';
export * from './materials';
export * from './materials-table';
export * from './missing-materials';
export * from './person-name';
export * from './problem-codes';
export * from './property-certificate';
export * from './section-status';
export * from './validate';
