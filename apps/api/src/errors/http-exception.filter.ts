import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import type { Response } from 'express';
import type { ZodError } from 'zod';
import { ErrorBody } from '@franscore/domain';
import { AppError, ErrorDetail, ErrorKind } from './app-error';
import { zodDetails } from './zod-details';
import { constraintViolation } from './database-error';

function statusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'invalid':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'too_large':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'too_many':
      return HttpStatus.TOO_MANY_REQUESTS;
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** The one place errors become HTTP answers: `{ statusCode, error, message, details? }`, never a stack or SQL. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : exception);
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    const violation = constraintViolation(exception);
    if (violation) return { ...this.body(statusOf(violation.kind), violation.message, violation.details), code: violation.code };
    if (exception instanceof AppError) {
      return { ...this.body(statusOf(exception.kind), exception.message, exception.details), code: exception.code };
    }
    if (exception instanceof ZodValidationException) {
      const details = zodDetails(exception.getZodError() as ZodError);
      return this.body(400, `Invalid ${details.map((d) => d.field).join(', ')}`, details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return this.body(status, this.safeMessage(exception, status));
    }
    const parserStatus = bodyParserStatus(exception);
    if (parserStatus) {
      return this.body(parserStatus, parserStatus === 413 ? 'Request body too large' : 'Malformed request body', [
        { field: 'body', message: parserStatus === 413 ? 'too large' : 'not valid JSON' },
      ]);
    }
    return this.body(500, 'Something went wrong on our side');
  }

  private safeMessage(exception: HttpException, status: number): string {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    return REASONS[status] ?? 'Error';
  }

  private body(statusCode: number, message: string, details?: ErrorDetail[]): ErrorBody {
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message, ...(details ? { details } : {}) };
  }
}

/** body-parser errors carry `type` and `status`; they reach us before any route. */
function bodyParserStatus(e: unknown): number | null {
  if (typeof e !== 'object' || e === null) return null;
  const { type, status } = e as { type?: unknown; status?: unknown };
  if (typeof type === 'string' && type.startsWith('entity.') && typeof status === 'number') {
    return status === 413 ? 413 : 400;
  }
  return null;
}
