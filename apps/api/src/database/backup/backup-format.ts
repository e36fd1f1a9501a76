import { z } from 'zod';

/**
 * A backup is one file of JSON lines: a manifest, then every table's rows in
 * dependency order (each row an array of its columns' text forms, exactly what
 * PostgreSQL prints and reads back, like COPY), then a trailer with the SHA-256
 * of everything before it. The same file restores into PGlite or PostgreSQL.
 */
export const BACKUP_FORMAT = 'franscore-backup';
export const BACKUP_VERSION = 1;

const TableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.object({ name: z.string().min(1), type: z.string().min(1) })).min(1),
  rows: z.number().int().min(0),
  /** Parent and child rows of a table that references itself go in one statement, so the key checks see both. */
  selfReferencing: z.boolean(),
});
export type BackupTable = z.infer<typeof TableSchema>;

export const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  /** The schema the rows belong to: restore applies exactly these migrations, loads, then applies any newer ones. */
  migrations: z.array(z.string()),
  tables: z.array(TableSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const TrailerSchema = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), rows: z.number().int().min(0) });
export type Trailer = z.infer<typeof TrailerSchema>;

export class BackupError extends Error {}

/** Parents before children, ties alphabetical so two backups of one schema list tables alike. */
export function dependencyOrder(tables: string[], references: Array<{ from: string; to: string }>): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { from, to } of references) if (from !== to && parents.has(from) && parents.has(to)) parents.get(from)?.add(to);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = [...parents.entries()].filter(([t, ps]) => !placed.has(t) && [...ps].every((p) => placed.has(p))).map(([t]) => t);
    if (ready.length === 0) {
      const stuck = tables.filter((t) => !placed.has(t)).sort();
      throw new BackupError(`Tables reference each other in a cycle, so no load order exists: ${stuck.join(', ')}`);
    }
    const next = ready.sort()[0];
    order.push(next);
    placed.add(next);
  }
  return order;
}

/** The migrations a backup was taken at must be the oldest ones this build knows; a newer backup needs a newer build. */
export function migrationsToReplay(backup: string[], known: string[]): number {
  const mismatch = backup.findIndex((name, i) => known[i] !== name);
  if (mismatch !== -1) {
    throw new BackupError(
      known.includes(backup[mismatch])
        ? `The backup's migrations are not in this build's order (at ${backup[mismatch]})`
        : `The backup was taken by a newer Franscore (migration ${backup[mismatch]} is unknown here): restore it with that version`,
    );
  }
  return backup.length;
}

export function parseLine<T>(schema: z.ZodType<T>, line: string | undefined, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(line ?? '');
  } catch {
    throw new BackupError(`Not a Franscore backup: the ${what} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BackupError(`Not a Franscore backup: the ${what} is malformed (${parsed.error.issues[0]?.path.join('.') || 'root'})`);
  return parsed.data;
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;
