import { auditCommand } from "./auditCommand";
import { checkCommand } from "./checkCommand";
import { selfevalCommand } from "./selfevalCommand";
import { exportCommand } from "./exportCommand";
import type { Io } from "./io";
import { panelCommand } from "./panelCommand";
import { reviewCommand } from "./reviewCommand";
import { scoreCommand } from "./scoreCommand";
import { surveyCommand } from "./surveyCommand";
import { presetsCommand, templateCommand } from "./templateCommand";

/** The file commands of `jx`, by name. */
export const COMMANDS: Record<string, (args: readonly string[], io: Io) => Promise<number>> = {
  template: templateCommand,
  presets: presetsCommand,
  check: checkCommand,
  score: scoreCommand,
  export: exportCommand,
  selfeval: selfevalCommand,
  audit: auditCommand,
  survey: surveyCommand,
  panel: panelCommand,
  review: reviewCommand,
};
