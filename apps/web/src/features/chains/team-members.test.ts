import { describe, expect, it } from "vitest";
import { memberInput, teamWithAccount } from "./team-members";

describe("memberInput and teamWithAccount: what a write sends", () => {
  it("trims, keeps a linked account (none when there is none), drops the shown account name", () => {
    expect(memberInput({ name: " 张三 ", role: " 组长 ", userId: 7 })).toEqual({ name: "张三", role: "组长", userId: 7 });
    expect(memberInput({ name: "李四", role: "成员" })).toEqual({ name: "李四", role: "成员" });
    const shown = { name: "王五", role: "联络员", userId: 3, account: { id: 3, displayName: "王五（园区）" } };
    expect(memberInput(shown)).toEqual({ name: "王五", role: "联络员", userId: 3 });
  });

  it("links or unlinks one member and sends the others as they are", () => {
    const team = [
      { name: "张三", role: "组长", userId: 1 },
      { name: "李四", role: "成员" },
    ];
    expect(teamWithAccount(team, 1, 9)).toEqual([
      { name: "张三", role: "组长", userId: 1 },
      { name: "李四", role: "成员", userId: 9 },
    ]);
    expect(teamWithAccount(team, 0, null)).toEqual([
      { name: "张三", role: "组长" },
      { name: "李四", role: "成员" },
    ]);
  });
});
