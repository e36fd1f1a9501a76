import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { OrderVolumesController } from './order-volumes.controller';
import { OrderVolumesService } from './order-volumes.service';

@Module({ imports: [AuditLogModule], controllers: [OrderVolumesController], providers: [OrderVolumesService] })
export class OrderVolumesModule {}
