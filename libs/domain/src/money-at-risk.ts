import { z } from 'zod';
import { PeriodSchema } from './policy';
import { BandSchema, MoneyAtRiskSchema } from './scorecards';

/** GET /api/money-at-risk: the standing cards of a period in the caller's scope, optionally one region, franchisee or band (the league table's filters). */
export const MoneyAtRiskQuerySchema = z.strictObject({
  period: PeriodSchema,
  regionId: z.uuid().optional(),
  franchiseeId: z.uuid().optional(),
  /** The league table's band filter: only cards standing in this band. */
  band: BandSchema.optional(),
});
export type MoneyAtRiskQuery = z.infer<typeof MoneyAtRiskQuerySchema>;

export const MoneyAtRiskGroupSchema = MoneyAtRiskSchema.extend({ id: z.uuid(), name: z.string(), locations: z.number().int() });
export type MoneyAtRiskGroup = z.infer<typeof MoneyAtRiskGroupSchema>;

/**
 * Customers and revenue at risk (DOMAIN.md) summed per region, per franchisee
 * and over everything the caller sees, with the head-office figures used.
 */
export const MoneyAtRiskSummarySchema = z.object({
  period: z.string(),
  lifetimeValue: z.number(),
  multiplier: z.number(),
  currency: z.string(),
  total: MoneyAtRiskSchema.extend({ locations: z.number().int() }),
  regions: z.array(MoneyAtRiskGroupSchema),
  franchisees: z.array(MoneyAtRiskGroupSchema),
});
export type MoneyAtRiskSummary = z.infer<typeof MoneyAtRiskSummarySchema>;
