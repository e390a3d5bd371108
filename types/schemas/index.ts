// Request schemas (requests.ts, submission.ts) are the gateway's side: the mock and the OpenAPI
// document import them directly, so they stay out of the app's bundle.
export * from './answers';
export * from './fields';
export * from './problems';
