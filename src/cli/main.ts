import * as fs from "fs";
import * as path from "path";
import { EXIT, UsageError, processIo, type Io } from "./io";
import { Refused, inBoth, refusalWords } from "../messages";
import { COMMANDS } from "./commands";

function version(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "jixiao") return pkg.version ?? "0.0.0";
    }
  }
  return "0.0.0";
}

export const HELP = `jx — 绩效 Jixiao 命令行：预算绩效评价指标表的生成、校验与评分
jx — the Jixiao command line: build, check and score performance-evaluation indicator tables

用法 Usage:
  jx template --preset ID --out FILE.xlsx [--overwrite]     由预设生成评分工作簿 / workbook from a preset
  jx template --from TREE.json --out FILE.xlsx [--force] [--overwrite]
                                                          由模板文件生成（含得分）/ from a template file
  jx template … --experts 3 [--panel mean|trimmed] [--spread 20%]
                    每位专家一列评分，得分取专家组平均 / one score column per expert, the panel's mean as the score
  jx template … --survey EXPORT.xlsx --survey-leaf 满意度 [--survey-sheet NAME] [jx survey 的量表选项 scale options]
                    加入满意度统计并链接该指标得分 / add the survey sheets, the leaf's score linked to them
  jx presets [--json]                                     列出预设 / list the presets
  jx check FILE.xlsx... [--sheet NAME] [--json]           校验权重 / check every weight
  jx score FILE.xlsx... [--sheet NAME] [--json]           汇总得分与等级 / scores, total and grade
  jx export FILE.xlsx --out TREE.json [--overwrite]       导出为模板文件 / read the table back into a template file
  jx selfeval [--preset ID | --from FORM.json] --out FILE.xlsx [--overwrite]
                                                          项目支出绩效自评表 / the self-evaluation form workbook
  jx audit FILE.xlsx... [--sheet NAME] [--json]           审核绩效目标是否可衡量 / flag targets that cannot be measured
  jx survey FILE.xlsx [--sheet NAME] [--questions 7-12] [--method weighted|share|mean] [--levels "非常满意:1,满意:0.8,…"]
                    [--satisfied "非常满意,满意"] [--max 7] [--weights 0.2,0.2,…] [--points 10] [--digits 2] [--json]
                    [--out FILE.xlsx [--overwrite]]       问卷满意度（逐题计数与满意度）/ survey satisfaction per question
  jx panel A.xlsx B.xlsx C.xlsx --out FILE.xlsx [--panel mean|trimmed] [--spread 20%] [--sheet NAME] [--overwrite] [--json]
                    合并各专家的评分表（专家组得分与分歧标记）/ merge the experts' scored copies of one template
  jx review PATH... [--out 汇总.xlsx] [--json] [--sample 20% | --sample-funds 30%] [--seed N] [--recheck PATH...] [--threshold 10]
                                                          多个项目汇总与抽查复核 / many projects in one summary, sample and re-check
  jx fn NAME ARG...                                       计算一个函数 / evaluate one custom function
  jx --help | --version | jx help COMMAND | jx COMMAND --help

jx fn 参数 Arguments: 区域写成 JSON，如 '[[0.9],[1]]' 或 '[0.9,1]'；文字照单元格中的写法；'' 表示省略的可选参数。
  A range is JSON; text as it sits in a cell; '' leaves an optional argument out.
  例 Example: jx fn EXECRATE 109805.66 135528.71 3 1   →  2.4

文件 Files: 读或写文件处都可写 -，表示标准输入或标准输出 / - stands for standard input or output wherever a file is read or written.
  例 e.g. jx template --from - --out - < 模板.json > 评分表.xlsx；jx export 评分表.xlsx --out -；jx template --preset ID --out - | jx check -
  多个文件时每个文件一行结论，最后一行汇总；--json 给出每个文件一个对象（数组）/ several files: a verdict each, then a summary; --json an array, one object per file.

退出码 Exit status: 0 成功 ok；1 发现问题或 Excel 错误 problems found / Excel error；2 用法错误或文件无法读取 bad usage or unreadable file.
`;

/** One command's usage lines from HELP (with jx fn's argument notes, and what `-` means where it reads or writes files), and the exit statuses. */
export function commandHelp(name: string): string | null {
  if (!Object.hasOwn(COMMANDS, name)) return null;
  const lines = HELP.split("\n");
  const picked: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith(`  jx ${name} `) && lines[i] !== `  jx ${name}`) continue;
    picked.push(lines[i]);
    for (let j = i + 1; j < lines.length && /^ {20,}\S/.test(lines[j]); j++) picked.push(lines[j]);
  }
  const notes =
    name === "fn"
      ? lines.slice(
          lines.findIndex((l) => l.startsWith("jx fn 参数")),
          lines.findIndex((l) => l.startsWith("  例 Example")) + 1,
        )
      : [];
  const files = name === "fn" || name === "presets" ? [] : [lines.find((l) => l.startsWith("文件 Files:")) ?? "", ""];
  const exit = lines.find((l) => l.startsWith("退出码")) ?? "";
  return [
    "用法 Usage:",
    ...picked,
    "",
    ...(notes.length ? [...notes, ""] : []),
    ...files,
    exit,
    "全部命令 All commands: jx --help",
    "",
  ].join("\n");
}

const HELP_FLAGS = new Set(["--help", "-h"]);

/** Runs `jx` with its arguments; resolves to the exit status. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "help" && rest.length) {
      const help = commandHelp(rest[0]);
      if (!help) throw UsageError.because("unknownCommand", { command: rest[0] });
      io.out(help);
      return EXIT.ok;
    }
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.out(HELP);
      return command === undefined ? EXIT.unusable : EXIT.ok;
    }
    // jx check --help: that command's usage (for fn only as its first argument: later ones are the function's).
    const help = commandHelp(command);
    if (help && (command === "fn" ? HELP_FLAGS.has(rest[0]) : rest.some((a) => HELP_FLAGS.has(a)))) {
      io.out(help);
      return EXIT.ok;
    }
    if (command === "--version" || command === "-v") {
      io.out(version());
      return EXIT.ok;
    }
    if (!Object.hasOwn(COMMANDS, command)) throw UsageError.because("unknownCommand", { command });
    const run = COMMANDS[command]();
    return await run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      // The command's own help when the command is known; the whole list otherwise.
      const help = command !== undefined && Object.hasOwn(COMMANDS, command) ? `jx ${command} --help` : "jx --help";
      io.err(`jx：${e.message}\n${inBoth(refusalWords("seeHelp", { help }))}`);
      return EXIT.unusable;
    }
    // A refusal (a file that cannot be read or written, a workbook without a table): said as it is.
    if (e instanceof Refused) {
      io.err(`jx：${e.message}`);
      return EXIT.unusable;
    }
    throw e;
  }
}
