import { Type, type Static, type TSchema } from 'typebox';

/** Shared TypeBox pieces for route schemas. */

/** A 400's details: one entry per field that failed, `path` as `body/<field>` (or `querystring/…`, `params/…`). */
const FieldProblems = Type.Array(Type.Object({ path: Type.String(), message: Type.String() }), {
  description: 'A 400: each field that failed',
});
/** A 422's details: the field whose value broke a rule, the ids it could not use, or the transitions allowed. */
const RuleProblem = Type.Object(
  {
    field: Type.Optional(Type.String({ description: 'The request field at fault' })),
    ids: Type.Optional(Type.Array(Type.String(), { description: 'The ids of that field that do not exist or do not fit' })),
    from: Type.Optional(Type.String({ description: 'A refused status change: the current status' })),
    to: Type.Optional(Type.String({ description: 'A refused status change: the status asked for' })),
    allowed: Type.Optional(Type.Array(Type.String(), { description: 'A refused status change: the statuses reachable from the current one' })),
  },
  { additionalProperties: false, description: 'A 422: what broke the rule' },
);

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable, machine-readable reason, e.g. `validation_failed`, `invalid_reference`' }),
      message: Type.String({ description: 'Readable explanation in English' }),
      requestId: Type.String({ description: 'Quote it when reporting a problem' }),
      details: Type.Optional(Type.Union([FieldProblems, RuleProblem])),
    }),
  },
  { $id: 'ErrorResponse' },
);
/** What an error answer may carry in `details`, as the error schema describes it. */
export type RuleProblemDetails = Static<typeof RuleProblem>;
export type ErrorDetails = FieldProblem[] | RuleProblemDetails;
export type FieldProblem = Static<typeof FieldProblems>[number];

/** One of a constant list of strings, as an enum the OpenAPI document and a generated client can name. */
export const Literals = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as ReturnType<typeof Type.Literal<T>>;

/** `T | null`: for nullable API fields. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

export const Id = Type.String({ format: 'uuid', description: 'Opaque identifier (UUID)' });
export const Timestamp = Type.String({ format: 'date-time' });

/** A request body that rejects unknown fields (SPEC §4: 400 for unknown fields). */
export function Body<T extends Record<string, TSchema>>(properties: T) {
  return Type.Object(properties, { additionalProperties: false });
}

/**
 * What the error answers of a route's own rules mean, for its response schema. The errors every route can
 * give (400, 401, 403, 503; 404 and 414 with a path id; 409, 413, 415 and 422 on writes) the OpenAPI
 * document adds by itself (plugins/openapi-errors.ts).
 */
const ROUTE_ERRORS = {
  404: 'A record the request names does not exist, or the caller may not see it',
  409: 'The request conflicts with the current state of the record',
  422: 'A referenced record does not exist or does not fit, or the values break a rule',
  429: 'Too many attempts; retry after the Retry-After seconds',
} as const;

/** `{ 409: …, 422: … }` for a route's response schema: the error contract, with what the status means. */
export function errorResponses<S extends keyof typeof ROUTE_ERRORS>(...statuses: S[]): Record<S, TSchema> {
  return Object.fromEntries(statuses.map((status) => [status, Type.Ref('ErrorResponse', { description: ROUTE_ERRORS[status] })])) as unknown as Record<S, TSchema>;
}
