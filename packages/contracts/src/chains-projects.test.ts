import { describe, expect, it } from "vitest";
import { repeatedMemberNames } from "./chains-projects";

describe("repeatedMemberNames: the rows a 链长's form refuses for a name an earlier row has", () => {
  it.each([
    [[], []],
    [[{ name: "张三" }, { name: "李四" }], []],
    [[{ name: "张三" }, { name: "张三" }], [1]],
    [[{ name: "张三" }, { name: " 张三 " }, { name: "张三" }], [1, 2]],
    // an empty row is "required", not a repeat
    [[{ name: "" }, { name: "  " }, { name: undefined }], []],
    [[{ name: "张三" }, { name: "李四" }, { name: "李四" }, { name: "张三" }], [2, 3]],
  ])("%j → %j", (team, expected) => {
    expect([...repeatedMemberNames(team).keys()]).toEqual(expected);
  });
});

describe("repeatedMemberNames: each repeat names the member it repeats", () => {
  it("points at the first member of that name", () => {
    expect([...repeatedMemberNames([{ name: "张三" }, { name: "李四" }, { name: "李四" }, { name: "张三" }])]).toEqual([
      [2, 1],
      [3, 0],
    ]);
  });
});
