import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from './config/config';
import { DATABASE, DatabaseHandle } from './database/embedded-database';
import { DataSource, DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from './database/data-source';
import { HttpExceptionFilter } from './errors/http-exception.filter';
import { ValidationPipe } from './errors/validation.pipe';
import { Clock } from './time/clock';
import { AuditLogModule } from './audit-log/audit-log.module';
import { AuthModule } from './auth/auth.module';
import { OrgModule } from './org/org.module';
import { ScheduleModule } from '@nestjs/schedule';
import { ScoringModule } from './scoring/scoring.module';
import { ComplaintsModule } from './complaints/complaints.module';
import { AlertsModule } from './alerts/alerts.module';
import { OrderVolumesModule } from './order-volumes/order-volumes.module';
import { AuditsModule } from './audits/audits.module';
import { EnforcementModule } from './enforcement/enforcement.module';
import { ReviewsModule } from './reviews/reviews.module';
import { HomesModule } from './homes/homes.module';
import { PlaybooksModule } from './playbooks/playbooks.module';
import { ReportsModule } from './reports/reports.module';
import { NotificationsModule } from './notifications/notifications.module';
import { HealthController } from './health/health.controller';
import { ApiClientsModule } from './api-clients/api-clients.module';
import { SettingsModule } from './settings/settings.module';
import { WebhooksModule } from './webhooks/webhooks.module';

export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
}

@Global()
@Module({})
class CoreModule {
  static register(deps: AppDeps): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: deps.config },
        { provide: DATABASE, useValue: deps.database },
        { provide: Clock, useValue: deps.clock },
      ],
      exports: [APP_CONFIG, DATABASE, Clock],
    };
  }
}

@Module({})
export class AppModule {
  static register(deps: AppDeps): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.register(deps),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(deps.database),
          dataSourceFactory: (options) => new DataSource(options as DataSourceOptions).initialize(),
        }),
        AuditLogModule,
        AuthModule,
        ScheduleModule.forRoot(),
        ReportsModule,
        NotificationsModule,
        ScoringModule,
        OrgModule,
        ComplaintsModule,
        AlertsModule,
        OrderVolumesModule,
        AuditsModule,
        EnforcementModule,
        ReviewsModule,
        HomesModule,
        PlaybooksModule,
        ApiClientsModule,
        SettingsModule,
        WebhooksModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: ValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
