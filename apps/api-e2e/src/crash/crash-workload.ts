import type { Category, ComplaintReceipt } from '@franscore/domain';
import { ApiClient } from '@franscore/testing';
import { RunningServer } from '../support/server';

/** A key every complaint of the crash test carries, so checks can find them among the demo's. */
export const CRASH_KEY_PREFIX = 'crash-';

export interface IntakeBody {
  category: Category;
  description: string;
  contact: { email: string };
}

/** A public filing: what was sent, and what came back (null: no answer, the server died first). */
export interface Filing {
  key: string;
  body: IntakeBody;
  status: number | null;
  receipt: ComplaintReceipt | null;
}

export type StepKind = 'acknowledged' | 'resolved' | 'severity';

/** A staff handling step on a filed complaint, and its answer (null: none). */
export interface Step {
  complaintId: string;
  kind: StepKind;
  status: number | null;
}

export interface Ledger {
  filings: Filing[];
  steps: Step[];
}

export interface RoundPlan {
  round: number;
  /** Concurrent customers filing complaints. */
  customers: number;
  /** The most each customer files; the kill comes well before. */
  perCustomer: number;
  /** SIGKILL right after this many acknowledgements answered 2xx in the round. */
  killAfterAcks: number;
}

const CATEGORIES: Category[] = ['wait_time', 'food_quality', 'order_accuracy', 'staff_behaviour'];

export const isOk = (status: number | null): boolean => status !== null && status >= 200 && status < 300;

export function intakeBody(key: string, n: number): IntakeBody {
  return { category: CATEGORIES[n % CATEGORIES.length], description: `Crash test complaint ${key}`, contact: { email: `${key}@example.com` } };
}

export async function fileComplaint(baseUrl: string, code: string, key: string, body: IntakeBody): Promise<{ status: number; receipt: ComplaintReceipt | null }> {
  const res = await fetch(`${baseUrl}/api/public/locations/${code}/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, receipt: isOk(res.status) ? (JSON.parse(text) as ComplaintReceipt) : null };
}

/** The handling a complaint gets, by its position: always acknowledged, every second resolved, every third re-graded. */
function stepsFor(n: number): StepKind[] {
  return ['acknowledged', ...(n % 3 === 0 ? (['severity'] as const) : []), ...(n % 2 === 0 ? (['resolved'] as const) : [])];
}

const stepRequest = (kind: StepKind): { path: string; body: unknown } =>
  kind === 'severity' ? { path: 'severity', body: { severity: 'critical', note: 'Crash test: re-graded' } } : { path: 'events', body: { type: kind } };

/**
 * Customers file while staff handle what was filed, until the `killAfterAcks`-th
 * acknowledgement answers: then the server is SIGKILLed with requests in flight.
 * Every request and its answer (or the lack of one) is written to the ledger.
 */
/** `staff`: one signed-in session per concurrent handler. */
export async function runUntilKilled(server: RunningServer, staff: ApiClient[], code: string, plan: RoundPlan): Promise<Ledger> {
  const ledger: Ledger = { filings: [], steps: [] };
  const filed: string[] = [];
  let waiting: Array<() => void> = [];
  const wake = () => {
    const all = waiting;
    waiting = [];
    for (const w of all) w();
  };
  let killed: Promise<void> | null = null;
  let acks = 0;
  let customersDone = 0;
  let handled = 0;

  const customer = async (c: number) => {
    for (let n = 0; n < plan.perCustomer && !killed; n++) {
      const key = `${CRASH_KEY_PREFIX}r${plan.round}-c${c}-${n}`;
      const filing: Filing = { key, body: intakeBody(key, n), status: null, receipt: null };
      ledger.filings.push(filing);
      try {
        Object.assign(filing, await fileComplaint(server.baseUrl, code, key, filing.body));
      } catch {
        break; // no answer: the server is gone
      }
      if (filing.receipt && filing.status === 201) filed.push(filing.receipt.id);
      wake();
    }
    customersDone++;
    wake();
  };

  const handler = async (client: ApiClient) => {
    while (!killed) {
      const id = filed.shift();
      if (!id) {
        if (customersDone === plan.customers) return;
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      for (const kind of stepsFor(handled++)) {
        const step: Step = { complaintId: id, kind, status: null };
        ledger.steps.push(step);
        const { path, body } = stepRequest(kind);
        try {
          step.status = (await client.post(`/api/complaints/${id}/${path}`, body)).status;
        } catch {
          return;
        }
        if (kind === 'acknowledged' && isOk(step.status) && ++acks === plan.killAfterAcks) {
          killed = server.kill();
          wake();
        }
      }
    }
  };

  await Promise.all([...Array.from({ length: plan.customers }, (_, c) => customer(c)), ...staff.map(handler)]);
  if (!killed) throw new Error(`round ${plan.round}: the work ended after ${acks} acknowledgements, before the kill at ${plan.killAfterAcks}`);
  await killed;
  return ledger;
}
