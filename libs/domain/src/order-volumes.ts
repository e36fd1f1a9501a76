import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { CodeSchema } from './network';

/**
 * Order volume: orders per location per day, from the chain's point of sale,
 * to put complaint counts in proportion. One figure per (location, day); a
 * later figure for the same day replaces it and the audit log keeps both.
 */
export const ORDER_VOLUME_SOURCES = ['csv', 'pos'] as const;
export const OrderVolumeSourceSchema = z.enum(ORDER_VOLUME_SOURCES);
export type OrderVolumeSource = z.infer<typeof OrderVolumeSourceSchema>;

/** Rows one point-of-sale request may carry: a month of a 30-location franchise, well under the body limit. */
export const MAX_ORDER_VOLUME_BATCH = 1000;
export const MAX_DAILY_ORDERS = 10_000_000;

export const OrderVolumeRowSchema = z.strictObject({
  locationCode: CodeSchema,
  day: IsoDateSchema,
  orders: z.number().int('a whole number').min(0, 'a whole number from 0').max(MAX_DAILY_ORDERS, `at most ${MAX_DAILY_ORDERS}`),
});
export type OrderVolumeRow = z.infer<typeof OrderVolumeRowSchema>;

/** `PUT /api/client/order-volumes`: all rows or none; a (location, day) twice in one batch is an error on the second. */
export const OrderVolumeBatchSchema = z
  .strictObject({
    rows: z.array(OrderVolumeRowSchema).min(1, 'at least one row').max(MAX_ORDER_VOLUME_BATCH, `at most ${MAX_ORDER_VOLUME_BATCH} rows per request`),
  })
  .superRefine((batch, ctx) => {
    const seen = new Map<string, number>();
    batch.rows.forEach((r, i) => {
      const key = `${r.locationCode}|${r.day}`;
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['rows', i, 'day'], message: `repeats rows.${first}` });
      else seen.set(key, i);
    });
  });
export type OrderVolumeBatch = z.infer<typeof OrderVolumeBatchSchema>;

/** What a batch (or a CSV import) did: new days, days whose figure changed, days sent again with the same figure. */
export const OrderVolumeResultSchema = z.object({
  received: z.number().int(),
  inserted: z.number().int(),
  replaced: z.number().int(),
  unchanged: z.number().int(),
});
export type OrderVolumeResult = z.infer<typeof OrderVolumeResultSchema>;

/** The CSV import answers the import count as every import does, with what the upsert did. */
export const OrderVolumeImportResultSchema = OrderVolumeResultSchema.extend({ imported: z.number().int() });
export type OrderVolumeImportResult = z.infer<typeof OrderVolumeImportResultSchema>;

/** `GET /api/order-volumes?locationId=&from=&to=`: a location's days, oldest first; at most a year. */
export const MAX_ORDER_VOLUME_SPAN_DAYS = 366;
export const OrderVolumeQuerySchema = z
  .strictObject({
    locationId: z.uuid(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['from'], message: 'must not be after to' });
    if (q.from && q.to && (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_ORDER_VOLUME_SPAN_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `at most ${MAX_ORDER_VOLUME_SPAN_DAYS} days after from` });
    }
  });
export type OrderVolumeQuery = z.infer<typeof OrderVolumeQuerySchema>;

export const OrderVolumeDaySchema = z.object({
  day: z.string(),
  orders: z.number().int(),
  source: OrderVolumeSourceSchema,
  /** The point-of-sale feed that sent it; null for a CSV import. */
  sourceName: z.string().nullable(),
});
export type OrderVolumeDay = z.infer<typeof OrderVolumeDaySchema>;

export const OrderVolumeSeriesSchema = z.object({
  locationId: z.uuid(),
  from: z.string(),
  to: z.string(),
  days: z.array(OrderVolumeDaySchema),
});
export type OrderVolumeSeries = z.infer<typeof OrderVolumeSeriesSchema>;
