import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { noPageErrors, openAs, screenshot, type AppSession } from "./support/app";
import { startTestServer, type TestServer } from "./support/server";

/**
 * A first start listens once the demo's rows and logins are in and derives its tiers, chain maps
 * and park evaluation while serving. A server of its own, signed in before that ends: large
 * enough (6,000 enterprises) that the derivation outlasts a sign-in by seconds.
 */
describe("first start: the demo still being computed", () => {
  let server: TestServer;
  let session: AppSession;
  beforeAll(async () => {
    server = await startTestServer({ enterprises: 6000, waitForDemo: false });
    session = await openAs(server.url, "park");
  });
  afterAll(async () => {
    await session?.close();
    await server?.stop();
  });

  it("says what is being computed above the page, and refreshes the page when it is done", async () => {
    const { page } = session;
    const match = /\/parks\/(\d+)/.exec(page.url());
    await page.goto(`${server.url}/evaluation/monitoring${match ? `?park=${match[1]}` : ""}`);
    const notice = page.getByTestId("demo-preparing");
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.innerText()).toMatch(/演示省份仍在计算：(准备中|梯度培育库的认定与事实|\d{4} 年梯度评价|产业链图谱|园区评价（.+）)/);
    expect(await notice.innerText()).toContain("企业、园区及其数据已可浏览");
    await screenshot(page, "first-start-demo-preparing");

    await notice.waitFor({ state: "detached", timeout: 180_000 });
    // Refreshed without a reload: the monitoring panel now names when it was computed.
    await expect.poll(() => page.getByTestId("monitoring-computed-at").innerText(), { timeout: 20_000 }).toMatch(/^计算时间 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}$/);
    expect(server.log()).toContain("Demo province complete");
    noPageErrors(session);
  });
});
