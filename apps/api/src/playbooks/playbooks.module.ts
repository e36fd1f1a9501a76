import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { PlaybooksController } from './playbooks.controller';
import { PlaybooksRepository } from './playbooks.repository';
import { PlaybooksService } from './playbooks.service';

@Module({ imports: [AuditLogModule], controllers: [PlaybooksController], providers: [PlaybooksRepository, PlaybooksService], exports: [PlaybooksService] })
export class PlaybooksModule {}
