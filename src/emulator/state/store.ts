// The emulator's state lives in memory and in one JSON file in the state folder, written atomically
// (temp file + rename) after every successful change, and loaded again on start.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorState } from '../types';
import { buildSeedState } from '../seed';

const FILE = 'state.json';

export class StateStore {
  state: EmulatorState;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.state = this.load() ?? this.seedAndSave();
  }

  private load(): EmulatorState | null {
    const file = path.join(this.dir, FILE);
    if (!existsSync(file)) return null;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
      return parsed.schema === 1 ? parsed : null;
    } catch {
      // A broken state file is replaced by a fresh seed rather than blocking the demo.
      return null;
    }
  }

  private seedAndSave(): EmulatorState {
    this.state = buildSeedState(new Date());
    this.save();
    return this.state;
  }

  save(): void {
    const file = path.join(this.dir, FILE);
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.state));
    renameSync(tmp, file);
  }

  reset(): void {
    rmSync(path.join(this.dir, FILE), { force: true });
    this.seedAndSave();
  }
}
