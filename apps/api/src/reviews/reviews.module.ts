import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module';
import { EnforcementModule } from '../enforcement/enforcement.module';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsService } from './reviews.service';

@Module({ imports: [AuditLogModule, EnforcementModule], controllers: [ReviewsController], providers: [ReviewsRepository, ReviewsService] })
export class ReviewsModule {}
