import type { Discovered } from '../../read/discover.js';
import type { Reviews, Skipped } from '../../model/schema.js';

/**
 * What a run tells as it goes, for whoever shows it (the CLI writes it to
 * stderr with colour and a progress meter; a library caller may ignore it).
 * Every method is optional.
 */
export interface RunObserver {
  /** The inputs this run will read (this part's, with a shard), before the first item. */
  begin?(inputs: Discovered): void;
  /** Files a folder search passed over (not a format read), before the first item. */
  ignored?(files: readonly string[]): void;
  /** A document was tagged with warnings (an encoding guessed, a language not English). */
  warning?(file: string, warnings: readonly { code: string; message: string }[]): void;
  /** An input was skipped, with its reason; `trace` is an internal error's stack (see internalErrorSkip). */
  skipped?(skipped: Skipped, trace?: string): void;
  /** An item was done; `bytes` of input were read for it. */
  progress?(bytes: number): void;
  /** The last item was done: anything drawn for progress can be erased. */
  settled?(): void;
  /** After the items: which --reviews were applied and which are stale. */
  reviews?(reviews: Reviews): void;
}

/** Registers work to undo if the process is interrupted; returns a function that unregisters it. */
export type OnInterrupt = (cleanup: () => void) => () => void;
