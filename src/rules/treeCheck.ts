import { fail, ok } from "../result";
import { readGrid } from "./params";
import { defineRule } from "./defineRule";
import { parseAddress } from "../sheet/grid";
import { readTable } from "../kinds/table/read";
import { checkTable } from "../kinds/table/check";
import type { CellValue } from "../cells/readCell";

/**
 * TREECHECK(table) — 指标体系权重校验.
 *
 * 检查区域中的整张指标表（与 jx check 读取的版式相同）：各上级权重等于下级合计、一级指标合计 100 时返回 "OK"；
 * 否则返回第一处问题及其单元格地址和问题总数，如 "D7: 资金管理 权重 12 ≠ 下级合计 10（共 2 处）"。
 * Checks a whole indicator table in a range: "OK" when every parent's weight equals the sum of its
 * children's and the top level sums to 100; otherwise the first problem with its cell address and
 * the number of problems. No table in the range → #N/A.
 *
 * The range's own address (from Excel) places the cell addresses on the sheet; without it the
 * range is taken to start at A1.
 */
export const TREECHECK = defineRule({
  name: "TREECHECK",
  params: [{ kind: "range", name: "table", zh: "指标表区域" }],
  examples: [
    {
      args: [
        [
          ["一级指标", "分值", "二级指标", "分值"],
          ["决策", 15, "项目立项", 12],
          [null, null, "资金落实", 3],
          ["管理", 85, "资金管理", 85],
        ],
      ],
      result: "OK",
    },
    {
      args: [
        [
          ["一级指标", "分值", "二级指标", "分值"],
          ["决策", 15, "项目立项", 12],
          [null, null, "资金落实", 2],
          ["管理", 84, "资金管理", 84],
        ],
      ],
      result: "B2: 决策 权重 15 ≠ 下级合计 14（共 2 处）",
    },
  ],
  compute([table], context) {
    const origin = context.rangeAddress ? parseAddress(context.rangeAddress) : null;
    const read = readTable({
      name: "",
      cells: readGrid(table.raw).raw as CellValue[][],
      merges: [],
      origin: origin ?? undefined,
    });
    if (!read) return fail("#N/A", "noTable");
    const problems = checkTable(read);
    if (!problems.length) return ok("OK");
    return ok(`${problems[0].at}: ${problems[0].message}（共 ${problems.length} 处）`);
  },
});
