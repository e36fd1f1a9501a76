import { Module } from '@nestjs/common';
import { AlertsController } from './alerts.controller';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';
import { AlertBus } from './alert-bus';
import { PushModule } from '../push/push.module';

@Module({
  imports: [PushModule],
  controllers: [AlertsController],
  providers: [AlertBus, AlertsRepository, AlertsService],
  exports: [AlertsService],
})
export class AlertsModule {}
