import { Module } from '@nestjs/common';
import { AlertsController } from './alerts.controller';
import { AlertsRepository } from './alerts.repository';
import { AlertsService } from './alerts.service';
import { AlertBus } from './alert-bus';

@Module({
  controllers: [AlertsController],
  providers: [AlertBus, AlertsRepository, AlertsService],
  exports: [AlertsService],
})
export class AlertsModule {}
