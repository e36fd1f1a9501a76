import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { PlaybooksModule } from '../playbooks/playbooks.module';
import { AuditsController } from './audits.controller';
import { AuditsRepository } from './audits.repository';
import { AuditsService } from './audits.service';
import { PhotoStore } from '../photos/photo-store';

@Module({ imports: [AuditLogModule, PlaybooksModule], controllers: [AuditsController], providers: [AuditsRepository, AuditsService, PhotoStore] })
export class AuditsModule {}
