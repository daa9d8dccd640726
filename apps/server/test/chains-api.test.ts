import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, insertEnterprise, insertPark, loginAs, TEST_PROVINCE, type TestApp } from "./support";

const NEV = "new-energy-vehicle";

/** The chain surfaces through HTTP: shapes that pass the response schemas, 4xx with field paths. */
describe("chain API", () => {
  let t: TestApp;
  let parkId: number;
  let entId: number;
  const cookies: Record<string, string> = {};
  const call = (who: string, method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: { cookie: cookies[who] ?? "" }, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp();
    const park = await insertPark(t, { name: "API园区", latitude: 23.1, longitude: 113.3 });
    const near = await insertPark(t, { name: "邻近园区", latitude: 22.5, longitude: 114.1 });
    parkId = park.id;
    entId = (await insertEnterprise(t, park.id, { industryCode: "3841", mainProducts: "动力电池、电芯" })).id;
    await insertEnterprise(t, near.id, { industryCode: "3823", mainProducts: "充电桩" });
    cookies.park = (await loginAs(t, { role: "park_admin", parkId: park.id })).cookie;
    cookies.province = (await loginAs(t, { role: "province_admin", provinceCode: TEST_PROVINCE })).cookie;
  });
  afterAll(async () => t.close());

  it("lists templates, runs placement, draws the map and the targets", async () => {
    const templates = await call("park", "GET", "/api/chains/templates");
    expect(templates.statusCode).toBe(200);
    expect(templates.json().items).toHaveLength(6);
    const nev = templates.json().items.find((i: { code: string }) => i.code === NEV);
    const detail = await call("park", "GET", `/api/chains/templates/${nev.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().definition.segments.length).toBe(3);

    const run = await call("province", "POST", "/api/chains/placements/run", { templateCodes: [NEV] });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ enterprises: 2, placements: 2 });

    const map = await call("park", "GET", `/api/chains/map?templateCode=${NEV}&parkId=${parkId}`);
    expect(map.statusCode, map.body).toBe(200);
    const battery = map.json().nodes.find((n: { key: string }) => n.key === "power-battery");
    expect(battery.assessment.strength).toBe("weak");
    expect(battery.assessment.reasons.map((r: { zh: string }) => r.zh)).toEqual(["企业 1 家 < 强环节门槛 5 家", "全链无产值或营收数据，规模占比不计，仅按企业数判定"]);
    expect(battery.assessment.reasons[0].en).toBe("1 enterprise < 5 for a strong segment");

    const drill = await call("park", "GET", `/api/chains/map/segment-enterprises?templateCode=${NEV}&segmentKey=power-battery&parkId=${parkId}`);
    expect(drill.statusCode, drill.body).toBe(200);
    expect(drill.json().items.map((i: { enterpriseId: number }) => i.enterpriseId)).toEqual([entId]);

    const targets = await call("park", "GET", `/api/chains/targets?templateCode=${NEV}&parkId=${parkId}&segmentKey=charging`);
    expect(targets.statusCode, targets.body).toBe(200);
    expect(targets.json().gaps[0].targets[0].enterprise).toMatchObject({ parkName: "邻近园区", sizeBand: "unknown" });
  });

  it("answers bad input with 400 and the field path", async () => {
    const both = await call("park", "GET", `/api/chains/map?templateCode=${NEV}&parkId=${parkId}&provinceCode=99`);
    expect(both.statusCode).toBe(400);
    const decision = await call("park", "POST", `/api/chains/enterprises/${entId}/placements/decisions`, { templateCode: NEV, segmentKey: "power-battery", decision: "maybe" });
    expect(decision.statusCode).toBe(400);
    expect(decision.json().error.issues[0].path).toBe("body.decision");
    const project = await call("park", "POST", "/api/chains/projects", { parkId, name: "P", investorName: "I", segmentKey: "power-battery" });
    expect(project.statusCode).toBe(400);
    expect(project.json().error.issues).toEqual([{ path: "segmentKey", message: "a segment needs its templateCode" }]);
  });

  it("confirms a placement and moves a project through the pipeline over HTTP", async () => {
    const confirmed = await call("park", "POST", `/api/chains/enterprises/${entId}/placements/decisions`, { templateCode: NEV, segmentKey: "power-battery", decision: "confirmed" });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().placement).toMatchObject({ override: "confirmed", counts: true });

    const created = await call("park", "POST", "/api/chains/projects", { parkId, name: "充电桩项目", investorName: "某充电公司", templateCode: NEV, segmentKey: "charging" });
    expect(created.statusCode, created.body).toBe(201);
    const pid = created.json().id;
    const illegal = await call("park", "POST", `/api/chains/projects/${pid}/transitions`, { to: "producing" });
    expect(illegal.statusCode).toBe(400);
    expect(illegal.json().error.issues[0]).toMatchObject({ path: "stage" });
    for (const to of ["contacted", "negotiating"]) expect((await call("park", "POST", `/api/chains/projects/${pid}/transitions`, { to })).statusCode).toBe(200);
    const signed = await call("park", "POST", `/api/chains/projects/${pid}/transitions`, {
      to: "signed",
      commitments: { investment: 20_000, landMu: 0, annualOutput: 50_000, annualTax: 1_000, jobs: 100, productionDueOn: "2027-12-31" },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().perMu.projectedClass).toBe("no_land");
    const actuals = await call("park", "PUT", `/api/chains/projects/${pid}/actuals/2026`, { investment: 5_000 });
    expect(actuals.statusCode, actuals.body).toBe(200);
    expect(actuals.json().actuals).toEqual([{ year: 2026, investment: 5_000, output: null, tax: null, jobs: null }]);
    const listed = await call("province", "GET", "/api/chains/projects?stage=signed");
    expect(listed.json().items.map((p: { id: number }) => p.id)).toEqual([pid]);
    expect((await call("park", "DELETE", `/api/chains/projects/${pid}`)).statusCode).toBe(204);
  });

  it("refuses a team naming a member twice, at that member, on naming a 链长 and on changing the team, and changes nothing", async () => {
    const twice = [{ name: "甲", role: "专员" }, { name: "乙", role: "联络员" }, { name: "甲", role: "组长" }];
    const created = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "重名专班链长", team: twice });
    expect(created.statusCode, created.body).toBe(400);
    expect(created.json().error.issues).toEqual([{ path: "body.team.2.name", message: "甲 is already in the team (member 1)" }]);
    expect((await call("park", "GET", "/api/chains/owners")).json().items.some((o: { ownerName: string }) => o.ownerName === "重名专班链长")).toBe(false);

    const owner = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "重名专班链长", team: twice.slice(0, 2) });
    expect(owner.statusCode, owner.body).toBe(201);
    const changed = await call("park", "PATCH", `/api/chains/owners/${owner.json().id}`, { team: [...twice.slice(0, 2), { name: "乙", role: "专员" }] });
    expect(changed.statusCode, changed.body).toBe(400);
    expect(changed.json().error.issues).toEqual([{ path: "body.team.2.name", message: "乙 is already in the team (member 2)" }]);
    const stored = (await call("park", "GET", "/api/chains/owners")).json().items.find((o: { id: number }) => o.id === owner.json().id);
    expect(stored.team).toEqual(twice.slice(0, 2));
    expect((await call("park", "DELETE", `/api/chains/owners/${owner.json().id}`)).statusCode).toBe(204);
  });

  it("runs 链长制 over HTTP: owner, task with overdue flag, visit warning", async () => {
    const owner = await call("park", "POST", "/api/chains/owners", { templateCode: NEV, parkId, ownerName: "园区链长", team: [{ name: "甲", role: "专员" }] });
    expect(owner.statusCode, owner.body).toBe(201);
    const task = await call("park", "POST", `/api/chains/owners/${owner.json().id}/tasks`, { title: "补链调研", dueOn: "2026-05-01" });
    expect(task.statusCode, task.body).toBe(201);
    expect(task.json().overdue).toBe(true);
    const overdue = await call("park", "GET", "/api/chains/tasks?overdue=true");
    expect(overdue.json().items.map((i: { title: string }) => i.title)).toEqual(["补链调研"]);
    await call("province", "POST", `/api/chains/enterprises/${entId}/visits`, { visitedOn: "2026-05-25", team: "省专班", purpose: "调研" });
    const visit = await call("park", "POST", `/api/chains/enterprises/${entId}/visits`, { visitedOn: "2026-06-01", team: "园区招商", purpose: "回访" });
    expect(visit.statusCode, visit.body).toBe(201);
    expect(visit.json().warnings[0]).toMatchObject({ team: "省专班", daysApart: 7 });
    const badDate = await call("park", "POST", `/api/chains/enterprises/${entId}/visits`, { visitedOn: "2026-02-30", team: "x", purpose: "x" });
    expect(badDate.statusCode).toBe(400);
  });
});
