import { Type, type TSchema } from 'typebox';

/** Shared TypeBox pieces for route schemas. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      requestId: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'ErrorResponse' },
);

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
