import { createZodDto } from 'nestjs-zod';
import { CreatePlaybookSchema, PlaybookMatchQuerySchema, UpdatePlaybookSchema } from '@franscore/domain';

export class CreatePlaybookDto extends createZodDto(CreatePlaybookSchema) {}
export class UpdatePlaybookDto extends createZodDto(UpdatePlaybookSchema) {}
export class PlaybookMatchQueryDto extends createZodDto(PlaybookMatchQuerySchema) {}
