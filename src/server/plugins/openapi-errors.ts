/**
 * The error answers every operation can give, whatever its own rules: they come from the shared plugins
 * (validation, sign-in, cross-site refusal, body parsing, the router, the database). The OpenAPI document
 * lists them on every operation, so a client knows each answer it must handle; the errors only some
 * operations' own rules give (429, 422 on a read, 404 without a path id) are in those routes' response schemas.
 */
const error = (description: string) => ({ $ref: 'ErrorResponse', description });

const EVERY_OPERATION = {
  400: error('The request is malformed: a parameter or field fails its schema, a NUL character, a forged cursor, or broken JSON'),
  401: error('Not signed in, or the API token is invalid, expired or revoked'),
  403: error('Not allowed: the role or portal access does not permit it, a cross-site request, a read-only preview, or a password change or two-factor set-up is due'),
  503: error('The database is unavailable or the server is shutting down; retry after the Retry-After seconds'),
};

/** A record named in the path may not exist (or not be visible, which answers the same); a parameter may be too long. */
const WITH_PATH_PARAMETERS = {
  404: error('No such record, or one the caller may not see'),
  414: error('A path parameter is too long'),
};

/**
 * Writes: any request that can carry a body can carry one too large or of a type the API does not read; a
 * body's referenced ids must exist and fit (the 422 rule of every module); and a unique key can be taken by
 * a request running at the same time (409).
 */
const WRITES = {
  409: error('Conflicts with the current state: the key is taken, or another request changed the record at the same time'),
  413: error('The body is larger than 1 MiB'),
  415: error('The body is of a content type the operation does not accept'),
  422: error('A referenced record does not exist, is not visible or belongs elsewhere, or the values break a rule'),
};

export function sharedErrorResponses(method: string, url: string): Record<number, ReturnType<typeof error>> {
  const write = !['GET', 'HEAD'].includes(method.toUpperCase());
  return Object.assign({}, EVERY_OPERATION, url.includes(':') ? WITH_PATH_PARAMETERS : {}, write ? WRITES : {});
}
