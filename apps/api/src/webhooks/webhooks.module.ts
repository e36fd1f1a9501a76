import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { WebhookWorker } from './webhook-worker.service';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Outgoing webhooks: other contexts write events with the outbox functions (webhook-outbox.ts) in their own transactions. */
@Module({
  imports: [AuditLogModule],
  controllers: [WebhooksController],
  providers: [WebhooksRepository, WebhooksService, WebhookWorker],
  exports: [WebhooksService],
})
export class WebhooksModule {}
