import { run } from "./evaluate";

// Figures that the seeds' reports derive by formula; the rule must give what they printed.
describe("seed 002 (梅州, 2021 民生实事)", () => {
  test("资金支出率 score: 109,805.66 ÷ 135,528.71 × 3 ≈ 2.4", () => {
    expect(run("EXECRATE", 109805.66, 135528.71, 3, 1)).toBe("2.4");
  });
  test("资金支出率 81.02 %", () => {
    expect(run("EXECRATE", 109805.66, 135528.71, null, 4)).toBe("0.8102");
  });
  test("7-point satisfaction: mean 6.11 of 7 × 5 ≈ 4.4", () => {
    expect(run("LIKERTSCORE", [1, 2, 3, 4, 5, 6, 7], [0.3, 0.2, 0.4, 4.3, 12.5, 25.2, 33], 5, 7, 1)).toBe("4.4");
    expect(run("LIKERTSCORE", [1, 2, 3, 4, 5, 6, 7], [0.3, 0.2, 0.4, 4.3, 12.5, 25.2, 33], 7, 7, 2)).toBe("6.11");
  });
  test("summary table rates: 决策 12/15 = 80 %, 管理 21.9/25 = 87.6 %, 效益 27.4/30 = 91.3 %", () => {
    expect(run("SCORERATE", 12, 15)).toBe("0.8");
    expect(run("SCORERATE", 21.9, 25, 3)).toBe("0.876");
    expect(run("SCORERATE", 27.4, 30, 3)).toBe("0.913");
  });
  test("the total 91.3 from the four dimensions, and its grade 优", () => {
    expect(run("WEIGHTEDSCORE", [12 / 15, 21.9 / 25, 1, 27.4 / 30], [15, 25, 30, 30], 100, 1)).toBe("91.3");
    expect(run("GRADE", 91.3)).toBe("优");
  });
  test("残疾人两项补贴 支出率 94.49 %", () => {
    expect(run("EXECRATE", 32053.04, 32530.22 + 1390.21, null, 4)).toBe("0.9449");
  });
});

describe("seed 000 (广东, 困难群众救助工作经费)", () => {
  test("支出率 987.91 ÷ 1000 = 98.79 %", () => {
    expect(run("EXECRATE", 987.91, 1000, null, 4)).toBe("0.9879");
    expect(run("EXECRATE", "987.91", "1,000")).toBe("0.98791");
  });
  test("厅本部 87.91 ÷ 100 = 87.91 %, 厅事务中心 900 ÷ 900 = 100 %", () => {
    expect(run("EXECRATE", 87.91, 100)).toBe("0.8791");
    expect(run("EXECRATE", 900, 900)).toBe("1");
  });
  test("total 93 grades 优", () => {
    expect(run("GRADE", 93)).toBe("优");
  });
});

describe("seed 003 (湛江开发区, 农村低保 self-evaluation)", () => {
  test("实际预算数 431 + 221.18 = 652.18; 到位率 and 执行率 100 %", () => {
    expect(run("ARRIVALRATE", 652.18, 431 + 221.18)).toBe("1");
    expect(run("EXECRATE", 652.18, 652.18, 5)).toBe("5");
    expect(run("ARRIVALRATE", 652.18, 652.18, 3)).toBe("3");
  });
  test("预算调整 221.18 ÷ 431 = 51.3 % falls in the 50 % 及以上 band: 3 points off", () => {
    expect(run("TIER", 221.18 / 431, [">0", "10%", "20%", "50%"], [0.5, 1, 2, 3])).toBe("3");
  });
  test("按时发放率 target ≥90 %, actual 60 %: two thirds", () => {
    expect(run("TARGETSCORE", "≥90%", "60%", null, 4)).toBe("0.6667");
  });
  test("qualitative targets met as written score full", () => {
    expect(run("TARGETSCORE", "应保尽保", "应保尽保", 4)).toBe("4");
    expect(run("TARGETSCORE", "≥85%", "≥85%", 4)).toBe("4");
    expect(run("TARGETSCORE", "≥95%", "100%", 5)).toBe("5");
  });
  test("满意度 ≥85 % scored as 满意度 × 分值, total 98 grades 优", () => {
    expect(run("RATIOSCORE", 0.8, 0.85, 5, null, 2)).toBe("4.71");
    expect(run("GRADE", 98)).toBe("优");
  });
});
