import { formPresetById } from "../../src/kinds/form/presets";
import { layoutForm } from "../../src/kinds/form/layout";
import { readForm } from "../../src/kinds/form/read";
import { scoreReading } from "../../src/kinds/form/scoreReading";
import { xlsxBytes } from "../../src/xlsx/writeWorkbook";
import { readWorkbook } from "../../src/xlsx/readWorkbook";

describe("an empty 实际完成值 asks for the value, not for a 完成档次", () => {
  test("the problem names the row and asks for its actual value", async () => {
    const form = structuredClone(formPresetById("dibao-2022")!.form);
    form.indicators[0].actual = undefined;
    const wb = await readWorkbook(await xlsxBytes(layoutForm(form)));
    const reading = readForm(wb.sheets[0]);
    expect(reading).not.toBeNull();
    const report = scoreReading(reading!);
    const name = form.indicators[0].name;
    const mine = report.problems.filter((p) => p.message.startsWith(name));
    expect(mine.map((p) => p.message)).toEqual([`${name} 的实际完成值未填写，请填写`]);
    expect(mine[0].en).toBe(`${name}: the actual value is blank; fill it in`);
  });
});
