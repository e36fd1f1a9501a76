import { z } from 'zod';

/** Every error leaves the API in this shape; `details` names the offending fields. */
export const ErrorBodySchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  /** A stable code for domain errors (`audit.no_cases`), for clients to branch on and translate. */
  code: z.string().optional(),
  details: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
