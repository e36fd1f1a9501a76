import { Body, Controller, Get, Param, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { DecideReviewSchema, OpenReviewSchema } from '@franscore/domain';
import type { Review } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { ReviewsService } from './reviews.service';
import { ReviewDto, ReviewSummaryDto } from '../openapi/responses.dto';
import { FileResponse } from '../openapi/openapi.decorators';

class OpenReviewDto extends createZodDto(OpenReviewSchema) {}
class DecideReviewDto extends createZodDto(DecideReviewSchema) {}

@ApiTags('reviews')
@Roles('regional_manager', 'admin', 'auditor')
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @ZodResponse({ type: [ReviewSummaryDto] })
  list(@CurrentScope() scope: Scope): Promise<Array<Omit<Review, 'locations'>>> {
    return this.reviews.list(scope);
  }

  @Roles('regional_manager')
  @Post()
  @ZodResponse({ type: ReviewDto })
  open(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Body() body: OpenReviewDto): Promise<Review> {
    return this.reviews.open(user, actorOf(user), scope, body.regionId, body.period);
  }

  @Get(':id')
  @ZodResponse({ type: ReviewDto })
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Review> {
    return this.reviews.get(scope, p.id);
  }

  @Get(':id/pdf')
  @FileResponse('application/pdf', 'The review’s summary.')
  async pdf(@CurrentScope() scope: Scope, @Param() p: IdParamDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { file, pdf } = await this.reviews.pdf(scope, p.id);
    res.setHeader('content-disposition', `attachment; filename="${file}"`);
    return new StreamableFile(pdf, { type: 'application/pdf' });
  }

  @Roles('regional_manager')
  @Put(':id/decisions')
  @ZodResponse({ type: ReviewDto })
  decide(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: DecideReviewDto): Promise<Review> {
    return this.reviews.decide(actorOf(user), scope, p.id, body.locationId, body.decision, body.notes);
  }

  @Roles('regional_manager')
  @Post(':id/finish')
  @ZodResponse({ type: ReviewDto })
  finish(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Review> {
    return this.reviews.finish(actorOf(user), scope, p.id);
  }
}
