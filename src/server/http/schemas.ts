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

export const errorResponses = {
  400: Type.Ref('ErrorResponse'),
  401: Type.Ref('ErrorResponse'),
  403: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
  429: Type.Ref('ErrorResponse'),
} as const;
