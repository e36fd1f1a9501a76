import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ClientComplaintSchema, IssueApiClientSchema } from '@franscore/domain';

export class IssueApiClientDto extends createZodDto(IssueApiClientSchema) {}
/** A button may POST nothing at all: no body reads as an empty one. */
export class ClientComplaintDto extends createZodDto(z.preprocess((body) => body ?? {}, ClientComplaintSchema)) {}
