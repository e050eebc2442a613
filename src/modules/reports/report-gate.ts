import type { Db } from '../../db/connection.js';

/**
 * How many reports of one pool run at once. A report holds its snapshot's connection while it
 * waits for two more (report-snapshot.ts), so enough concurrent reports would each hold one and
 * wait forever for the rest, taking every connection of the pool (logins included) with them.
 * Two reports use at most six of the pool's ten connections; the others wait their turn.
 */
export const maxConcurrentReports = 2;

class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      // The slot is handed over by the finishing report, so `running` never exceeds the limit.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}

const gates = new WeakMap<Db, Gate>();

/** Runs one report's work when fewer than `maxConcurrentReports` of this pool are running. */
export function inReportTurn<T>(db: Db, work: () => Promise<T>): Promise<T> {
  let gate = gates.get(db);
  if (!gate) {
    gate = new Gate(maxConcurrentReports);
    gates.set(db, gate);
  }
  return gate.run(work);
}
