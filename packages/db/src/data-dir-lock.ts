import { openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";

/** The embedded database's directory is held by another live process (a server or a CLI run). */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${pid} (a running ParkPilot server or command). ` +
        `Stop it first, or run this against the running server's API. If no such process exists, remove ${lockFile}.`,
    );
    this.name = "DataDirInUseError";
  }
}

export interface DataDirLock {
  release(): void;
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const holderOf = (lockFile: string): number | null => {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

/**
 * PGlite is PostgreSQL in this process, without the postmaster that keeps a second server off a
 * data directory: a second process opening the same directory (the CLI beside a running server)
 * runs crash recovery over live files, and what either writes can be lost. So the directory is
 * claimed with a lock file beside it, created exclusively and holding the process id; a lock
 * left by a process that no longer runs (a crash) is taken over.
 */
export const lockDataDir = (dataDir: string): DataDirLock => {
  const lockFile = `${dataDir.replace(/[/\\]+$/, "")}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, "wx");
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      return {
        release() {
          if (holderOf(lockFile) === process.pid) rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = holderOf(lockFile);
      if (holder !== null && isAlive(holder)) throw new DataDirInUseError(dataDir, holder, lockFile);
      // Stale: its process is gone (or it never got its pid written). Take it over once.
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`could not lock ${dataDir}: ${lockFile} keeps reappearing`);
};
