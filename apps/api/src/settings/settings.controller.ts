import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { HeadOfficeSettings, UpdateHeadOfficeSettingsSchema } from '@franscore/domain';
import { actorOf } from '../audit-log/audit-log.service';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser } from '../auth/auth-user';
import { SettingsService } from './settings.service';
import { HeadOfficeSettingsDto } from '../openapi/responses.dto';

class UpdateHeadOfficeSettingsDto extends createZodDto(UpdateHeadOfficeSettingsSchema) {}

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  /** Any signed-in role: the name and address letters are signed with, the figures of revenue at risk. */
  @Get()
  @ZodResponse({ type: HeadOfficeSettingsDto })
  get(): Promise<HeadOfficeSettings> {
    return this.settings.get();
  }

  @Roles('admin')
  @Put()
  @ZodResponse({ type: HeadOfficeSettingsDto })
  update(@CurrentUser() user: AuthUser, @Body() body: UpdateHeadOfficeSettingsDto): Promise<HeadOfficeSettings> {
    return this.settings.update(actorOf(user), body);
  }
}
