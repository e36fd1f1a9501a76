import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { AppSecrets } from '../database/app-secrets';
import { CSRF, CSRF_SECRET_NAME, createCsrf } from './csrf';
import { SessionEvents } from './session-events';
import { SessionGuard } from './session.guard';
import { throttlers } from './throttlers';

@Global()
@Module({
  imports: [
    AuditLogModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (cfg: AppConfig) => ({ throttlers: throttlers(cfg) }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthRepository,
    AuthService,
    SessionEvents,
    AppSecrets,
    {
      provide: CSRF,
      inject: [APP_CONFIG, AppSecrets],
      useFactory: async (cfg: AppConfig, secrets: AppSecrets) => createCsrf(cfg.COOKIE_SECURE, await secrets.get(CSRF_SECRET_NAME)),
    },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, SessionEvents],
})
export class AuthModule {}
