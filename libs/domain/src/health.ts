import { z } from 'zod';

export const DatabaseKindSchema = z.enum(['embedded', 'postgres']);
export type DatabaseKind = z.infer<typeof DatabaseKindSchema>;

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.object({
    kind: DatabaseKindSchema,
    migrationsApplied: z.number().int(),
    migrationsPending: z.number().int(),
  }),
  /** Where customers reach the portal (PUBLIC_URL), for printed QR codes; null: the portal's own origin. */
  publicUrl: z.string().nullable().optional(),
});
export type Health = z.infer<typeof HealthSchema>;
