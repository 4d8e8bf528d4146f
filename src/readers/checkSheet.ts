import { Dec, sameAtNine } from "../decimal";
import { formWeights } from "../kinds/form/model";
import { checkTable } from "../kinds/table/check";
import type { FormReading } from "../kinds/form/read";
import { problem, type Problem } from "../tree/checkTree";
import { leafNodes } from "../tree/node";
import type { SheetReading } from "./readSheet";
import { noteWords } from "../messages";

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
      ok: noteWords("weightsConsistent", { top: reading.table.tree.nodes.length, leaves }),
    };
  }
  if (reading.kind === "form" || reading.kind === "goals") {
    const rows = reading.form.form.indicators.length;
    return {
      problems: checkFormWeights(reading.form),
      ok: reading.kind === "form" ? noteWords("formPointsSum", { rows }) : noteWords("goalTableRows", { rows }),
    };
  }
  return { problems: [], ok: { zh: "", en: "" } };
}
