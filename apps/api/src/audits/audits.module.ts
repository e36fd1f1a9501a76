import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { AuditsController } from './audits.controller';
import { AuditsRepository } from './audits.repository';
import { AuditsService } from './audits.service';
import { PhotoStore } from './photo-store';

@Module({ imports: [AuditLogModule], controllers: [AuditsController], providers: [AuditsRepository, AuditsService, PhotoStore] })
export class AuditsModule {}
