import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { bearerToken } from './api-client-token';
import { ApiClientRow } from './api-clients.repository';
import { ApiClientsService } from './api-clients.service';

export interface ClientRequest extends Request {
  apiClient?: ApiClientRow;
}

/**
 * Machine routes: no session, no cookie, no CSRF (a device has none), but an
 * active API client token in `Authorization: Bearer`. Missing, unknown or
 * revoked: 401.
 */
@Injectable()
export class ApiClientGuard implements CanActivate {
  constructor(private readonly clients: ApiClientsService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<ClientRequest>();
    req.apiClient = await this.clients.authenticate(bearerToken(req.headers.authorization));
    return true;
  }
}
