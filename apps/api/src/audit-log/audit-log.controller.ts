import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { AuditEntry, AuditLogQuerySchema, AuditVerify, Page } from '@franscore/domain';
import { Roles } from '../auth/auth.decorators';
import { AuditLogService } from './audit-log.service';

class AuditLogQueryDto extends createZodDto(AuditLogQuerySchema) {}

@ApiTags('audit-log')
@Roles('admin', 'auditor')
@Controller('audit-log')
export class AuditLogController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  list(@Query() q: AuditLogQueryDto): Promise<Page<AuditEntry>> {
    return this.audit.list(q);
  }

  @Get('verify')
  verify(): Promise<AuditVerify> {
    return this.audit.verify();
  }
}
