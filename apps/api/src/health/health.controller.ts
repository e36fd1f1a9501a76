import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Health } from '@franscore/domain';
import { Public } from '../auth/auth.decorators';
import { APP_CONFIG, AppConfig } from '../config/config';
import { migrationState } from '../database/data-source';
import { DATABASE, DatabaseHandle } from '../database/embedded-database';
import { APP_VERSION } from './version';
import { ZodResponse } from 'nestjs-zod';
import { HealthDto } from '../openapi/responses.dto';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(DATABASE) private readonly db: DatabaseHandle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ZodResponse({ type: HealthDto })
  async health(): Promise<Health> {
    const { applied, pending } = await migrationState(this.ds);
    return {
      status: 'ok',
      version: APP_VERSION,
      database: { kind: this.db.kind, migrationsApplied: applied, migrationsPending: pending },
      publicUrl: this.config.PUBLIC_URL ?? null,
    };
  }
}
