import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@parkpilot/db/testing";
import type { ServiceContext } from "../src/context";
import type { Actor } from "../src/tenancy/actor";
import { createProject } from "../src/chains/projects/create-project";
import { transitionProject } from "../src/chains/projects/transition-project";
import { recordProjectActuals } from "../src/chains/projects/record-project-actuals";
import { getProject } from "../src/chains/projects/get-project";
import { listProjects } from "../src/chains/projects/list-projects";
import { createChainOwner } from "../src/chains/owners/create-chain-owner";
import { listChainOwners } from "../src/chains/owners/list-chain-owners";
import { updateChainOwner } from "../src/chains/owners/update-chain-owner";
import { createChainTask } from "../src/chains/tasks/create-chain-task";
import { listChainTasks } from "../src/chains/tasks/list-chain-tasks";
import { updateChainTask } from "../src/chains/tasks/update-chain-task";
import { recordVisit } from "../src/chains/visits/record-visit";
import { createActor, createEnterprise, createPark, parkScope, provinceScope } from "./factories";

type Park = Awaited<ReturnType<typeof createPark>>;

const COMMITMENTS = { investment: 50_000, landMu: 100, annualOutput: 200_000, annualTax: 3_000, jobs: 500, productionDueOn: "2027-06-30" };

describe("investment project pipeline", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  let park: Park;
  let admin: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
    park = await createPark(database);
    admin = await createActor(database, parkScope(park));
    // Park benchmark: tax/mu 20 and 40 → median 30; output/mu 1,000 and 3,000 → median 2,000.
    for (const [tax, output] of [[1_000, 50_000], [2_000, 150_000]] as const) {
      const e = await createEnterprise(database, park, { industryCode: "3841" });
      await database.query("INSERT INTO enterprise_annual (enterprise_id, year, tax_paid, industrial_output, land_area_mu, source_kind) VALUES ($1, 2025, $2, $3, 50, 'manual')", [e.id, tax, output]);
    }
  });
  afterAll(async () => database.dispose());

  it("walks a project from lead to production, keeps history, refuses illegal moves and changes nothing on refusal", async () => {
    const created = await createProject(ctx, admin, { parkId: park.id, name: "电池包项目", investorName: "某电池集团", templateCode: "new-energy-vehicle", segmentKey: "power-battery", stage: "lead" });
    expect(created.nextStages).toEqual(["contacted", "lost"]);
    const id = created.id;
    const snapshot = async () => database.query("SELECT stage, (SELECT count(*)::int FROM project_stage_history WHERE project_id = $1) AS history, (SELECT count(*)::int FROM audit_log) AS audit FROM investment_projects WHERE id = $1", [id]);

    const before = await snapshot();
    await expect(transitionProject(ctx, admin, id, { to: "signed", commitments: COMMITMENTS })).rejects.toMatchObject({ code: "validation", message: "不能从「线索」转到「已签约」；可转到：已接洽、已流失" });
    expect(await snapshot()).toEqual(before);

    await transitionProject(ctx, admin, id, { to: "contacted", note: "首次拜访" });
    await transitionProject(ctx, admin, id, { to: "negotiating" });
    await expect(transitionProject(ctx, admin, id, { to: "signed", commitments: { investment: 50_000 } })).rejects.toMatchObject({
      code: "validation",
      issues: expect.arrayContaining([expect.objectContaining({ path: "landMu" }), expect.objectContaining({ path: "productionDueOn" })]),
    });
    const signed = await transitionProject(ctx, admin, id, { to: "signed", commitments: COMMITMENTS });
    expect(signed).toMatchObject({ stage: "signed", commitments: { investment: 50_000, signedOn: "2026-06-01" } });
    // 亩均税收 3,000 ÷ 100 = 30 (= median), 亩均产值 200,000 ÷ 100 = 2,000 (= median) → above_median.
    expect(signed.perMu).toMatchObject({ taxPerMu: 30, outputPerMu: 2_000, projectedClass: "above_median" });
    expect(signed.perMu.basis).toContain("对比园区 2025 年企业中位数（2 家）");

    await transitionProject(ctx, admin, id, { to: "under_construction" });
    await recordProjectActuals(ctx, admin, id, 2027, { investment: 45_000, output: 10_000 });
    const producing = await transitionProject(ctx, admin, id, { to: "producing" });
    expect(producing.nextStages).toEqual([]);
    const withActuals = await recordProjectActuals(ctx, admin, id, 2028, { investment: 2_000, output: 150_000, tax: 3_000, jobs: 520 });
    expect(withActuals.review.firstDueYear).toBe(2028);
    const status = (metric: string) => withActuals.review.checks.find((c) => c.year === 2028 && c.metric === metric)?.status;
    expect([status("investment"), status("output"), status("tax"), status("jobs")]).toEqual(["shortfall", "shortfall", "met", "met"]);
    expect(withActuals.shortfall).toBe(true);
    expect(withActuals.history.map((h) => `${h.fromStage ?? "∅"}→${h.toStage}`)).toEqual([
      "∅→lead",
      "lead→contacted",
      "contacted→negotiating",
      "negotiating→signed",
      "signed→under_construction",
      "under_construction→producing",
    ]);
    await expect(transitionProject(ctx, admin, id, { to: "lost", lostReason: "x" })).rejects.toMatchObject({ code: "validation" });
  });

  it("records a loss with its reason and lists the pipeline by stage", async () => {
    const p = await createProject(ctx, admin, { parkId: park.id, name: "电机项目", investorName: "某电机公司", stage: "contacted" });
    await expect(transitionProject(ctx, admin, p.id, { to: "lost" })).rejects.toMatchObject({ code: "validation" });
    const lost = await transitionProject(ctx, admin, p.id, { to: "lost", lostReason: "落户邻省" });
    expect(lost).toMatchObject({ stage: "lost", lostReason: "落户邻省" });
    const list = await listProjects(ctx, admin.scope, { page: 1, pageSize: 20, stage: "lost" });
    expect(list.items.map((i) => i.id)).toEqual([p.id]);
  });

  it("keeps projects inside their park and province", async () => {
    const other = await createPark(database);
    const otherAdmin = await createActor(database, parkScope(other));
    const outsider = await createActor(database, provinceScope("98"));
    const p = await createProject(ctx, admin, { parkId: park.id, name: "项目", investorName: "投资方", stage: "lead" });
    await expect(getProject(ctx, otherAdmin.scope, p.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(transitionProject(ctx, otherAdmin, p.id, { to: "contacted" })).rejects.toMatchObject({ code: "not_found" });
    await expect(createProject(ctx, otherAdmin, { parkId: park.id, name: "越权", investorName: "x", stage: "lead" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getProject(ctx, outsider.scope, p.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await listProjects(ctx, otherAdmin.scope, { page: 1, pageSize: 50 })).total).toBe(0);
    const provinceAdmin = await createActor(database, provinceScope());
    expect((await listProjects(ctx, provinceAdmin.scope, { page: 1, pageSize: 50 })).total).toBe(3);
  });
});

describe("链长制: owners, tasks, visits", () => {
  let database: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    database = await createTestDatabase();
    ctx = { database, clock: { now: () => new Date("2026-06-01T08:00:00Z") } };
  });
  afterAll(async () => database.dispose());

  it("names owners for a park and the province, flags overdue tasks from the clock", async () => {
    const park = await createPark(database);
    const parkAdmin = await createActor(database, parkScope(park));
    const province = await createActor(database, provinceScope());
    const parkOwner = await createChainOwner(ctx, parkAdmin, { templateCode: "new-energy-vehicle", parkId: park.id, ownerName: "张园长", team: [{ name: "李四", role: "招商专员" }] });
    const provinceOwner = await createChainOwner(ctx, province, { templateCode: "new-energy-vehicle", ownerName: "王副省长", ownerTitle: "链长", team: [] });
    await expect(createChainOwner(ctx, parkAdmin, { templateCode: "new-energy-vehicle", ownerName: "越权", team: [] })).rejects.toMatchObject({ code: "forbidden" });
    expect(provinceOwner).toMatchObject({ level: "province", chainName: "新能源汽车产业链" });

    await createChainTask(ctx, parkAdmin, parkOwner.id, { title: "走访电池企业", dueOn: "2026-05-31" });
    const dueToday = await createChainTask(ctx, parkAdmin, parkOwner.id, { title: "梳理缺链环节", dueOn: "2026-06-01" });
    await expect(createChainTask(ctx, parkAdmin, provinceOwner.id, { title: "越权任务" })).rejects.toMatchObject({ code: "forbidden" });
    const tasks = await listChainTasks(ctx, parkAdmin.scope, { chainOwnerId: parkOwner.id });
    expect(tasks.today).toBe("2026-06-01");
    expect(tasks.items.map((t) => [t.title, t.overdue])).toEqual([["走访电池企业", true], ["梳理缺链环节", false]]);
    await updateChainTask(ctx, parkAdmin, dueToday.id, { status: "done" });
    const owners = await listChainOwners(ctx, parkAdmin.scope, {});
    expect(owners.items.map((o) => [o.ownerName, o.openTasks, o.overdueTasks])).toEqual([["张园长", 1, 1], ["王副省长", 0, 0]]);
    // Another park sees neither the park's owner nor its tasks.
    const otherAdmin = await createActor(database, parkScope(await createPark(database)));
    expect((await listChainOwners(ctx, otherAdmin.scope, {})).items.map((o) => o.ownerName)).toEqual(["王副省长"]);
    expect((await listChainTasks(ctx, otherAdmin.scope, {})).items).toEqual([]);
  });

  it("warns when another team visited the same enterprise within 30 days", async () => {
    const park = await createPark(database);
    const enterprise = await createEnterprise(database, park);
    const parkAdmin = await createActor(database, parkScope(park));
    const province = await createActor(database, provinceScope());
    const first = await recordVisit(ctx, province, enterprise.id, { visitedOn: "2026-05-05", team: "省新能源汽车链专班", purpose: "了解扩产计划" });
    expect(first.warnings).toEqual([]);
    const same = await recordVisit(ctx, province, enterprise.id, { visitedOn: "2026-05-20", team: "省新能源汽车链专班", purpose: "回访" });
    expect(same.warnings).toEqual([]);
    const second = await recordVisit(ctx, parkAdmin, enterprise.id, { visitedOn: "2026-06-01", team: "园区招商局", purpose: "协调用地" });
    expect(second.warnings.map((w) => [w.team, w.visitedOn, w.daysApart])).toEqual([
      ["省新能源汽车链专班", "2026-05-20", 12],
      ["省新能源汽车链专班", "2026-05-05", 27],
    ]);
    const otherAdmin = await createActor(database, parkScope(await createPark(database)));
    await expect(recordVisit(ctx, otherAdmin, enterprise.id, { visitedOn: "2026-06-01", team: "别的园区", purpose: "x" })).rejects.toMatchObject({ code: "not_found" });
  });
  it("links team members only to active accounts of the 链长's own park, by the rule of the 链长's own account", async () => {
    const park = await createPark(database);
    const parkAdmin = await createActor(database, parkScope(park));
    const colleague = await createActor(database, parkScope(park));
    const province = await createActor(database, provinceScope());
    const otherPark = await createActor(database, parkScope(await createPark(database)));
    const outsider = await createActor(database, provinceScope("98"));
    const owner = await createChainOwner(ctx, parkAdmin, { templateCode: "new-energy-vehicle", parkId: park.id, ownerName: "张园长", team: [{ name: "园区专班", role: "联络", userId: colleague.userId }] });
    expect(owner.team).toEqual([{ name: "园区专班", role: "联络", userId: colleague.userId, account: { id: colleague.userId, displayName: expect.any(String) } }]);
    const refused = updateChainOwner(ctx, parkAdmin, owner.id, {
      team: [
        { name: "甲", role: "专员", userId: parkAdmin.userId },
        { name: "省里", role: "专员", userId: province.userId },
        { name: "隔壁", role: "专员", userId: otherPark.userId },
        { name: "外省", role: "专员", userId: outsider.userId },
        { name: "查无此人", role: "专员", userId: 999_999 },
      ],
    });
    await expect(refused).rejects.toMatchObject({
      code: "validation",
      issues: [
        { path: "team.1.userId", message: `no active account ${province.userId} of the 链长's park` },
        { path: "team.2.userId", message: `no active account ${otherPark.userId} of the 链长's park` },
        { path: "team.3.userId", message: `no active account ${outsider.userId} of the 链长's park` },
        { path: "team.4.userId", message: "no active account 999999 of the 链长's park" },
      ],
    });
    expect((await listChainOwners(ctx, parkAdmin.scope, {})).items.find((o) => o.id === owner.id)?.team).toEqual(owner.team);
  });
});
