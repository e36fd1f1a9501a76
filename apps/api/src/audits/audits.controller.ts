import { Body, Controller, Get, Param, Post, Put, Query, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import { AddFindingSchema, AuditQuerySchema, OpenAuditSchema, ScoreCaseSchema } from '@franscore/domain';
import type { Audit, AuditSummary, Page } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentScope, CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { Scope } from '../auth/scope';
import { IdParamDto } from '../org/org.dto';
import { AuditsService } from './audits.service';
import { MAX_PHOTO_BYTES } from '../photos/photo-store';
import { AuditDto, AuditPageDto } from '../openapi/responses.dto';
import { FileResponse } from '../openapi/openapi.decorators';

class OpenAuditDto extends createZodDto(OpenAuditSchema) {}
class AuditQueryDto extends createZodDto(AuditQuerySchema) {}
class ScoreCaseDto extends createZodDto(ScoreCaseSchema) {}
class AddFindingDto extends createZodDto(AddFindingSchema) {}
class CaseParamDto extends createZodDto(z.strictObject({ id: z.uuid(), caseId: z.uuid() })) {}
class FindingParamDto extends createZodDto(z.strictObject({ id: z.uuid(), findingId: z.uuid() })) {}
class PhotoParamDto extends createZodDto(z.strictObject({ id: z.uuid(), photoId: z.uuid() })) {}

@ApiTags('audits')
@Controller('audits')
export class AuditsController {
  constructor(private readonly audits: AuditsService) {}

  @Get()
  @ZodResponse({ type: AuditPageDto })
  list(@CurrentScope() scope: Scope, @Query() q: AuditQueryDto): Promise<Page<AuditSummary>> {
    return this.audits.list(scope, q);
  }

  @Roles('auditor', 'admin')
  @Post()
  @ZodResponse({ type: AuditDto })
  open(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Body() body: OpenAuditDto): Promise<Audit> {
    return this.audits.open(user, actorOf(user), scope, body);
  }

  @Get(':id')
  @ZodResponse({ type: AuditDto })
  get(@CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Audit> {
    return this.audits.get(scope, p.id);
  }

  @Roles('auditor', 'admin')
  @Put(':id/cases/:caseId')
  @ZodResponse({ type: AuditDto })
  score(@CurrentScope() scope: Scope, @Param() p: CaseParamDto, @Body() body: ScoreCaseDto): Promise<Audit> {
    return this.audits.scoreCase(scope, p.id, p.caseId, body);
  }

  @Roles('auditor', 'admin')
  @Post(':id/findings')
  @ZodResponse({ type: AuditDto })
  finding(@CurrentScope() scope: Scope, @Param() p: IdParamDto, @Body() body: AddFindingDto): Promise<Audit> {
    return this.audits.addFinding(scope, p.id, body);
  }

  @Roles('auditor', 'admin')
  @Post(':id/findings/:findingId/photos')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { photo: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(FileInterceptor('photo', { limits: { fileSize: MAX_PHOTO_BYTES + 1, files: 1 } }))
  @ZodResponse({ type: AuditDto })
  photo(@CurrentScope() scope: Scope, @Param() p: FindingParamDto, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<Audit> {
    return this.audits.addPhoto(scope, p.id, p.findingId, file?.buffer);
  }

  @Get(':id/photos/:photoId')
  @FileResponse(['image/jpeg', 'image/png', 'image/webp'], 'The photo as it was uploaded (JPEG, PNG or WebP).')
  async photoFile(@CurrentScope() scope: Scope, @Param() p: PhotoParamDto): Promise<StreamableFile> {
    const { contentType, stream } = await this.audits.photo(scope, p.id, p.photoId);
    return new StreamableFile(stream, { type: contentType });
  }

  @Roles('auditor', 'admin')
  @Post(':id/submit')
  @ZodResponse({ type: AuditDto })
  submit(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Audit> {
    return this.audits.submit(actorOf(user), scope, p.id);
  }

  @Roles('auditor', 'admin')
  @Post(':id/finalize')
  @ZodResponse({ type: AuditDto })
  finalize(@CurrentUser() user: AuthUser, @CurrentScope() scope: Scope, @Param() p: IdParamDto): Promise<Audit> {
    return this.audits.finalize(actorOf(user), scope, p.id);
  }
}
