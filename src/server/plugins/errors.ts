import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { databaseUnavailability, isUniqueViolation } from '../db/database-errors.js';
import type { ErrorDetails, FieldProblem, RuleProblemDetails } from '../http/schemas.js';

/** A failure the client caused or may see; anything else becomes an opaque 500. */
export class AppError extends Error {
  constructor(
    public readonly statusCode: number,
    public readonly code: string,
    message: string,
    public readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: FieldProblem[]) {
    super(400, 'validation_failed', message, details);
  }
}
export class UnauthorizedError extends AppError {
  constructor(message = 'Authentication required.', code = 'unauthorized') {
    super(401, code, message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.', code = 'forbidden') {
    super(403, code, message);
  }
}
/** The one answer for "does not exist" and "exists but you may not see it". */
export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(404, 'not_found', message);
  }
}
export class ConflictError extends AppError {
  constructor(message: string, code = 'conflict') {
    super(409, code, message);
  }
}
export class UnprocessableError extends AppError {
  constructor(message: string, code = 'unprocessable', details?: RuleProblemDetails) {
    super(422, code, message, details);
  }
}
export class RateLimitedError extends AppError {
  constructor(public readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', 'Too many attempts. Try again later.');
  }
}

export interface ErrorBody {
  error: { code: string; message: string; requestId: string; details?: ErrorDetails };
}

const FRAMEWORK_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  408: 'request_timeout',
  409: 'conflict',
  411: 'length_required',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'rate_limited',
};

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: string, message: string, details?: ErrorDetails) {
  const body: ErrorBody = { error: { code, message, requestId: String(request.id) } };
  if (details !== undefined) body.error.details = details;
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/**
 * Fastify's router answers a URL it cannot decode (400) or a path parameter over its length limit (414)
 * before any route, hook or error handler runs, with its own body that echoes the whole URL back. Given
 * as Fastify's `frameworkErrors` option, this answers them with the error contract instead.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const status = error.statusCode === 414 ? 414 : 400;
  const message = status === 414 ? 'A path parameter is too long.' : 'The URL is not valid.';
  return send(reply, request, status, FRAMEWORK_CODES[status]!, message);
}

/** One error handler for the whole API: SPEC §4 error shape, request id, never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError || error instanceof ServiceUnavailableError) reply.header('retry-after', String(error.retryAfterSeconds));
      return send(reply, request, error.statusCode, error.code, error.message, error.details);
    }
    const unavailable = databaseUnavailability(error);
    if (unavailable) {
      request.log.warn({ err: error }, 'database unavailable');
      reply.header('retry-after', String(unavailable.retryAfterSeconds));
      return send(reply, request, 503, unavailable.code, unavailable.message);
    }
    if (isUniqueViolation(error)) {
      return send(reply, request, 409, 'conflict', 'Another request changed this at the same time. Reload and try again.');
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.validation) {
      const details = fastifyError.validation.map((v) => ({
        path: `${fastifyError.validationContext ?? 'body'}${v.instancePath || ''}`,
        message:
          v.keyword === 'additionalProperties'
            ? `unknown field "${String((v.params as { additionalProperty?: string }).additionalProperty)}"`
            : (v.message ?? 'is invalid'),
      }));
      const first = details[0];
      const message = first ? `Invalid request: ${first.path} ${first.message}.` : 'Invalid request.';
      return send(reply, request, 400, 'validation_failed', message, details);
    }
    const status = fastifyError.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Framework-level client errors (bad JSON, body too large, wrong content type): safe to describe.
      return send(reply, request, status, FRAMEWORK_CODES[status] ?? 'bad_request', fastifyError.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, 'internal_error', 'Something went wrong on our side. Quote the request id when you report it.');
  });

  app.setNotFoundHandler((request, reply) => send(reply, request, 404, 'not_found', 'Not found.'));
}

export class ServiceUnavailableError extends AppError {
  constructor(
    message: string,
    public readonly retryAfterSeconds = 10,
    code = 'service_unavailable',
  ) {
    super(503, code, message);
  }
}
