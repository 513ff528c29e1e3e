/**
 * Runs the reminder sync (reminderSync.ts) whenever an agreement's reminder is out of step — after
 * a revision or a drop, and again after a reload if it had not finished. Failures are shown and
 * retried; the record of what was done goes into the local draft at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../domain/model';
import type { Contract } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { planReminderSync, syncReminders, type SyncFailure } from './reminderSync';

export type ReminderSyncStatus = 'inStep' | 'pending' | 'running' | 'updated' | 'failed';

const RETRY_MS = [3000, 10_000, 30_000];

export function useReminderSync(contract: Contract, graph: GraphClient | undefined, update: (change: (d: Draft) => Draft) => void, today: string) {
  const plan = planReminderSync(contract);
  const outOfStep = plan.update.length + plan.remove.length > 0;
  const [status, setStatus] = useState<ReminderSyncStatus>(outOfStep ? 'pending' : 'inStep');
  const [failures, setFailures] = useState<SyncFailure[]>([]);
  const latest = useRef(contract);
  latest.current = contract;
  const running = useRef(false);
  const attempts = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback(async () => {
    if (!graph || running.current) return;
    const contractNow = latest.current;
    const p = planReminderSync(contractNow);
    if (p.update.length + p.remove.length === 0) return;
    running.current = true;
    setStatus('running');
    const result = await syncReminders(graph, contractNow, { today });
    running.current = false;
    update((d) => {
      if (d.contract.id !== contractNow.id || !d.contract.bookings) return d;
      const bookings = { ...d.contract.bookings, reminders: result.bookings.reminders };
      if (result.bookings.retired) bookings.retired = result.bookings.retired;
      else delete bookings.retired;
      return { ...d, contract: { ...d.contract, bookings } };
    });
    setFailures(result.failures);
    if (result.failures.length === 0) {
      attempts.current = 0;
      setStatus('updated');
    } else {
      setStatus('failed');
      const wait = RETRY_MS[Math.min(attempts.current, RETRY_MS.length - 1)] as number;
      attempts.current += 1;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), wait);
    }
  }, [graph, update, today]);

  const key = JSON.stringify([plan.update.map((u) => [u.agreement.id, u.agreement.text, u.agreement.cadence]), plan.remove.map((r) => r.taskId ?? r.eventId)]);
  useEffect(() => {
    if (!outOfStep || !graph) return;
    setStatus((s) => (s === 'failed' ? s : 'pending'));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), 400);
  }, [key, outOfStep, graph, run]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const retry = useCallback(() => {
    clearTimeout(timer.current);
    attempts.current = 0;
    void run();
  }, [run]);

  return { status: outOfStep || status === 'failed' ? status : status === 'updated' ? 'updated' : 'inStep', failures, retry, outOfStep } as const;
}
