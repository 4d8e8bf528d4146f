import { reportName } from "../../src/summary/sentences";

describe("the report's name for a top-level indicator uses the field's wording", () => {
  test.each([
    ["决策", "项目决策类指标"],
    ["产出", "项目产出类指标"],
    ["产出指标", "产出指标"],
    ["满意度指标", "满意度指标"],
    ["预算执行率", "预算执行率"],
  ])("%s → %s", (name, expected) => expect(reportName(name)).toBe(expected));
});
