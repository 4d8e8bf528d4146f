import type { Io } from "./io";

/** A command of `jx`: its arguments and where to write, resolving to the exit status. */
export type Command = (args: readonly string[], io: Io) => Promise<number> | number;

/**
 * Loads a command's module when the command runs, not before: `jx fn` must not pay for the readers, nor anything but `jx template` and the other writers for exceljs.
 * (A plain require: the CLI is CommonJS, and tsx runs the sources the same way before a build.)
 */
function load<M>(id: string): M {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(id) as M;
}

/**
 * The commands of `jx`, by name, each loaded only when it runs.
 * A new command is one line here, `name: () => load<typeof import("./nameCommand")>("./nameCommand").nameCommand,`
 * plus its usage lines in HELP (src/cli/main.ts).
 */
export const COMMANDS: Record<string, () => Command> = {
  template: () => load<typeof import("./templateCommand")>("./templateCommand").templateCommand,
  presets: () => load<typeof import("./templateCommand")>("./templateCommand").presetsCommand,
  check: () => load<typeof import("./checkCommand")>("./checkCommand").checkCommand,
  score: () => load<typeof import("./scoreCommand")>("./scoreCommand").scoreCommand,
  export: () => load<typeof import("./exportCommand")>("./exportCommand").exportCommand,
  selfeval: () => load<typeof import("./selfevalCommand")>("./selfevalCommand").selfevalCommand,
  audit: () => load<typeof import("./auditCommand")>("./auditCommand").auditCommand,
  fn: () => load<typeof import("./fnCommand")>("./fnCommand").fnCommand,
  survey: () => load<typeof import("./surveyCommand")>("./surveyCommand").surveyCommand,
  panel: () => load<typeof import("./panelCommand")>("./panelCommand").panelCommand,
  review: () => load<typeof import("./reviewCommand")>("./reviewCommand").reviewCommand,
};
