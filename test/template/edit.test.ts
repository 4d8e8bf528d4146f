import {
  addChild,
  addSibling,
  flatten,
  indentNode,
  moveNode,
  nodeAt,
  outdentNode,
  removeNode,
  updateNode,
} from "../../src/tree/edit";
import type { Template } from "../../src/kinds/table/model";

const T: Template = {
  format: "jixiao-template",
  version: 1,
  title: "测试",
  indicators: [
    {
      name: "决策",
      weight: 20,
      children: [
        { name: "立项", weight: 12, score: 10 },
        { name: "资金", weight: 8 },
      ],
    },
    { name: "产出", weight: 80, children: [{ name: "数量", weight: 80 }] },
  ],
};
const names = (t: Template): string[] => flatten(t).map((f) => `${"  ".repeat(f.level - 1)}${f.node.name}`);

describe("tree edits are pure and keep the tree well-formed", () => {
  test("never mutates its input", () => {
    const before = JSON.stringify(T);
    updateNode(T, [0, 0], { name: "改名" });
    addSibling(T, [0], { name: "新", weight: 1 });
    removeNode(T, [1, 0]);
    indentNode(T, [1]);
    expect(JSON.stringify(T)).toBe(before);
  });
  test("update, add a sibling and a child", () => {
    let t = updateNode(T, [0, 1], { name: "资金落实", weight: 8.5, code: "A2" });
    expect(nodeAt(t, [0, 1])).toEqual({ name: "资金落实", weight: 8.5, code: "A2" });
    const s = addSibling(t, [0, 1], { name: "保障", weight: 1 });
    expect(s.path).toEqual([0, 2]);
    const c = addChild(s.template, [0, 1], { name: "到位率", weight: 8.5 });
    t = c.template;
    expect(c.path).toEqual([0, 1, 0]);
    expect(names(t)).toEqual(["决策", "  立项", "  资金落实", "    到位率", "  保障", "产出", "  数量"]);
  });
  test("a parent gains children and loses its own score", () => {
    const t = addChild(T, [0, 0], { name: "论证", weight: 12 }).template;
    expect(nodeAt(t, [0, 0])?.score).toBeUndefined();
  });
  test("move up and down stop at the ends", () => {
    expect(moveNode(T, [0, 1], -1).path).toEqual([0, 0]);
    expect(names(moveNode(T, [0, 1], -1).template).slice(1, 3)).toEqual(["  资金", "  立项"]);
    expect(moveNode(T, [0, 0], -1).template).toBe(T);
    expect(moveNode(T, [1], 1).template).toBe(T);
  });
  test("indent under the sibling above, outdent to after the parent", () => {
    const i = indentNode(T, [0, 1]);
    expect(i.path).toEqual([0, 0, 0]);
    expect(names(i.template)).toEqual(["决策", "  立项", "    资金", "产出", "  数量"]);
    const o = outdentNode(i.template, i.path);
    expect(o.path).toEqual([0, 1]);
    expect(names(o.template)).toEqual(names(T));
    expect(indentNode(T, [0, 0]).template).toBe(T); // nothing above to go under
  });
  test("indenting never makes the tree deeper than four levels", () => {
    const deep: Template = {
      ...T,
      indicators: [
        {
          name: "一",
          weight: 100,
          children: [
            { name: "二", weight: 50, children: [{ name: "三", weight: 50, children: [{ name: "四", weight: 50 }] }] },
            {
              name: "二b",
              weight: 50,
              children: [{ name: "三b", weight: 50, children: [{ name: "四b", weight: 50 }] }],
            },
          ],
        },
      ],
    };
    expect(indentNode(deep, [0, 1]).template).toBe(deep);
    expect(addChild(deep, [0, 0, 0, 0], { name: "五", weight: 1 }).template).toBe(deep);
  });
  test("remove selects a neighbour, and the last top-level indicator stays", () => {
    const r = removeNode(T, [0, 0]);
    expect(names(r.template)).toEqual(["决策", "  资金", "产出", "  数量"]);
    expect(r.path).toEqual([0, 0]);
    const one: Template = { ...T, indicators: [T.indicators[0]] };
    expect(removeNode(one, [0]).template).toBe(one);
  });
});
