import type { Io } from "./io";

/** The file commands of `jx`, by name. */
export const COMMANDS: Record<string, (args: readonly string[], io: Io) => Promise<number>> = {};
