/**
 * The shared contract while two people write in it during the dialogue. Every change shows at once
 * and is saved a moment after typing stops (debounced), with the eTag it was opened with; the
 * store merges a concurrent save by the other person (src/store/sharedContract.ts), so nothing is
 * lost and nothing is silently overwritten. Texts both changed differently come back as conflicts,
 * shown with both wordings until one is chosen.
 *
 * Keystrokes made while a save is under way are merged onto what the save produced (three-way, with
 * what was sent as the base) and saved next. Between saves, the contract is read again now and then
 * so the other person's agreements appear without a reload.
 */
import { mergeContract, resolveConflict, sameJson, type MergeConflict } from '../../domain/mergeContract';
import type { Contract } from '../../domain/model';
import type { GraphClient } from '../../graph/client';
import { openContract, saveContract, type OpenedContract, type Viewer } from '../../store/sharedContract';
import { loadToolContent } from '../../ui/loadContent';

export type LiveStatus = 'saved' | 'saving' | 'readOnly' | 'error';

export interface LiveState {
  contract: Contract;
  status: LiveStatus;
  conflicts: MergeConflict[];
  access: OpenedContract['access'];
}

export interface LiveContractOptions {
  /** Quiet time after typing before saving (ms). */
  debounceMs?: number;
  /** How often the other person's changes are fetched while idle (ms); 0 = never. */
  pollMs?: number;
  /** Wait before trying a failed save again (ms). */
  retryMs?: number;
  me?: Viewer;
  onState(state: LiveState): void;
}

function sameTarget(a: MergeConflict, b: MergeConflict): boolean {
  return JSON.stringify(a.target) === JSON.stringify(b.target);
}

export class LiveContract {
  private opened: OpenedContract;
  private local: Contract;
  private status: LiveStatus;
  private conflicts: MergeConflict[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private poller: ReturnType<typeof setInterval> | undefined;
  private inFlight: Promise<void> | undefined;
  private disposed = false;
  private readonly debounceMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly graph: GraphClient,
    opened: OpenedContract,
    private readonly options: LiveContractOptions,
  ) {
    this.opened = opened;
    this.local = opened.contract;
    this.status = opened.access === 'read' ? 'readOnly' : 'saved';
    this.debounceMs = options.debounceMs ?? 800;
    this.retryMs = options.retryMs ?? 3000;
    const pollMs = options.pollMs ?? 5000;
    if (pollMs > 0) this.poller = setInterval(() => void this.refresh(), pollMs);
  }

  get state(): LiveState {
    return { contract: this.local, status: this.status, conflicts: this.conflicts, access: this.opened.access };
  }

  private emit(): void {
    if (!this.disposed) this.options.onState(this.state);
  }

  /** A change by this user: shown at once, saved when typing pauses. */
  change(update: (contract: Contract) => Contract): void {
    if (this.opened.access === 'read') return;
    this.local = update(this.local);
    this.emit();
    this.schedule(this.debounceMs);
  }

  /** Take this user's or the other's wording where both wrote at once. */
  resolve(conflict: MergeConflict, choice: 'mine' | 'theirs'): void {
    this.conflicts = this.conflicts.filter((c) => !sameTarget(c, conflict));
    if (choice === 'mine') this.change((c) => resolveConflict(c, conflict, 'mine'));
    else this.emit();
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
  }

  /** Save now (what is pending), and wait until the contract on OneDrive holds it. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.inFlight) await this.inFlight;
    if (this.opened.access === 'read' || sameJson(this.local, this.opened.contract)) return;
    this.inFlight = this.saveOnce().finally(() => {
      this.inFlight = undefined;
    });
    await this.inFlight;
    // Typed during the save: that is saved next, at once.
    if (!this.disposed && this.status === 'saved' && !sameJson(this.local, this.opened.contract)) await this.flush();
  }

  private async saveOnce(): Promise<void> {
    const sent = this.local;
    this.status = 'saving';
    this.emit();
    const result = await saveContract(this.graph, this.opened, sent, { content: loadToolContent });
    if (result.status === 'saved') {
      this.opened = result.opened;
      this.local = this.local === sent ? result.contract : mergeContract(sent, this.local, result.contract).contract;
      this.conflicts = [...this.conflicts.filter((c) => !result.conflicts.some((r) => sameTarget(c, r))), ...result.conflicts];
      this.status = 'saved';
    } else if (result.status === 'readOnly') {
      // OneDrive refused the save (the grant could not be read when opening, and is read-only): from
      // now on the contract is read-only here. What was typed stays on screen, nothing is dropped.
      this.opened = { ...this.opened, access: 'read' };
      this.status = 'readOnly';
    } else {
      this.status = 'error';
      if (!this.disposed) this.schedule(this.retryMs);
    }
    this.emit();
  }

  /** The other person's saves, merged onto what this user has not saved yet. */
  async refresh(): Promise<void> {
    if (this.disposed || this.inFlight || this.timer) return;
    const fresh = await openContract(this.graph, this.opened.ref, this.options.me ? { me: this.options.me } : {});
    if (fresh.status !== 'opened' || fresh.eTag === this.opened.eTag || this.inFlight || this.timer) return;
    const base = this.opened.contract;
    if (sameJson(this.local, base)) this.local = fresh.contract;
    else {
      const merged = mergeContract(base, this.local, fresh.contract);
      this.local = merged.contract;
      this.conflicts = [...this.conflicts, ...merged.conflicts.filter((m) => !this.conflicts.some((c) => sameTarget(c, m)))];
      this.schedule(this.debounceMs);
    }
    // The access was worked out when the contract was first opened; a read never changes it.
    this.opened = { ...fresh, access: this.opened.access };
    this.emit();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.poller) clearInterval(this.poller);
  }
}
