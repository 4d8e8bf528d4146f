import { Dec, sameAtNine } from "../decimal";
import { formWeights } from "../kinds/form/model";
import { checkTable } from "../kinds/table/check";
import type { FormReading } from "../kinds/form/read";
import { problem, type Problem } from "../tree/checkTree";
import { leafNodes } from "../tree/node";
import type { SheetReading } from "./readSheet";

/** The weights of a form: 预算执行率 and every row's 分值 sum to 100 (a goal table has no 分值 to check). */
export function checkFormWeights(reading: FormReading): Problem[] {
  if (!reading.weighted) return [];
  const sum = formWeights(reading.form).total;
  if (sameAtNine(sum, new Dec(100))) return [];
  return [
    problem(reading.printedTotal?.at ?? reading.fundsAt ?? reading.cells[0]?.actual ?? "", "formWeightSum", {
      sum: sum.toFixed(),
    }),
  ];
}

/** The problems of one sheet's reading, and how to describe it when all is well. */
export function checkReading(reading: SheetReading): { problems: Problem[]; ok: { zh: string; en: string } } {
  if (reading.kind === "table") {
    const leaves = leafNodes(reading.table.tree.nodes).length;
    return {
      problems: checkTable(reading.table),
      ok: {
        zh: `权重一致：${reading.table.tree.nodes.length} 个一级指标、${leaves} 个末级指标`,
        en: `weights consistent: ${reading.table.tree.nodes.length} top-level indicators, ${leaves} leaves`,
      },
    };
  }
  if (reading.kind === "form" || reading.kind === "goals") {
    const rows = reading.form.form.indicators.length;
    return {
      problems: checkFormWeights(reading.form),
      ok:
        reading.kind === "form"
          ? { zh: `自评表分值合计 100：${rows} 个绩效指标`, en: `form points sum to 100: ${rows} indicators` }
          : {
              zh: `绩效目标表：${rows} 个指标，无分值可校验`,
              en: `goal table: ${rows} indicators, no points to check`,
            },
    };
  }
  return { problems: [], ok: { zh: "", en: "" } };
}
