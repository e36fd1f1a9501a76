import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  CreateFranchiseeSchema,
  CreateLocationSchema,
  CreateRegionSchema,
  CreateUserSchema,
  LocationQuerySchema,
  PageQueryShape,
  UpdateFranchiseeSchema,
  UpdateLocationSchema,
  UpdateRegionSchema,
  UpdateUserSchema,
  UserQuerySchema,
} from '@franscore/domain';

export class CreateRegionDto extends createZodDto(CreateRegionSchema) {}
export class UpdateRegionDto extends createZodDto(UpdateRegionSchema) {}
export class CreateFranchiseeDto extends createZodDto(CreateFranchiseeSchema) {}
export class UpdateFranchiseeDto extends createZodDto(UpdateFranchiseeSchema) {}
export class CreateLocationDto extends createZodDto(CreateLocationSchema) {}
export class UpdateLocationDto extends createZodDto(UpdateLocationSchema) {}
export class LocationQueryDto extends createZodDto(LocationQuerySchema) {}
export class CreateUserDto extends createZodDto(CreateUserSchema) {}
export class UpdateUserDto extends createZodDto(UpdateUserSchema) {}
export class UserQueryDto extends createZodDto(UserQuerySchema) {}
export class PageQueryDto extends createZodDto(z.strictObject(PageQueryShape)) {}
export class IdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
