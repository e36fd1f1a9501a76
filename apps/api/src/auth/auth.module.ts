import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { CSRF, createCsrf } from './csrf';
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
    { provide: CSRF, inject: [APP_CONFIG], useFactory: (cfg: AppConfig) => createCsrf(cfg.COOKIE_SECURE) },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
