/** The autosave status the header shows ("Gemmer …", "Gemt kl. 13.30"). */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveState {
  status: SaveStatus;
  /** When the last save finished; shown as the time of day. */
  savedAt: Date | null;
}
