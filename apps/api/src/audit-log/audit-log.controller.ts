import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { AuditEntry, AuditFacets, AuditFacetsSchema, AuditLogQuerySchema, AuditVerify, Page } from '@franscore/domain';
import { Roles } from '../auth/auth.decorators';
import { AuditLogService } from './audit-log.service';
import { AuditLogPageDto, AuditVerifyDto } from '../openapi/responses.dto';

class AuditLogQueryDto extends createZodDto(AuditLogQuerySchema) {}
class AuditFacetsDto extends createZodDto(AuditFacetsSchema) {}

@ApiTags('audit-log')
@Roles('admin', 'auditor')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @ZodResponse({ type: AuditLogPageDto })
  list(@Query() q: AuditLogQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(q);
  }

  /** The actions and entity types the log holds, for the filters. */
  @Get('facets')
  @ZodResponse({ type: AuditFacetsDto })
  facets(): Promise<AuditFacets> {
    return this.audit.facets();
  }

  @Get('verify')
  @ZodResponse({ type: AuditVerifyDto })
  verify(): Promise<AuditVerify> {
    return this.audit.verify();
  }
}
