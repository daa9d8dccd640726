import type { Command } from "commander";
import type { TChainMap, TTargetList } from "@parkpilot/contracts";
import { actorForUsername, getChainMap, getChainTargets, placeEnterprisesOnChains, type Actor, type OpenServiceContext } from "@parkpilot/services";
import { CliError, progressBar, withContext } from "../runtime";

const STRENGTH_ZH = { strong: "强", weak: "弱", missing: "缺" } as const;
const STAGE_ZH = { upstream: "上游", midstream: "中游", downstream: "下游" } as const;

/** Display width in a terminal: CJK and full-width characters take two columns. */
const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

/** Prints rows as an aligned table (header, rule, rows). */
const printTable = (header: readonly string[], rows: readonly (readonly string[])[]): void => {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0)).join("  ").trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
};

const wan = (v: number | null) => (v === null ? "-" : Math.round(v).toLocaleString("zh-CN"));
const positive = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new CliError(`--${name} must be a positive whole number, got "${value}"`);
  return Number(value);
};
const provinceCode = (value: string) => {
  if (!/^\d{2}$/.test(value)) throw new CliError(`--province must be a 2-digit code such as 44, got "${value}"`);
  return value;
};

interface SubjectOptions {
  user: string;
  chain: string;
  park?: number;
  province?: string;
  json: boolean;
}

const subjectOf = (o: SubjectOptions) => {
  if ((o.park === undefined) === (o.province === undefined)) throw new CliError("give exactly one of --park <id> or --province <code>");
  return { templateCode: o.chain, ...(o.park !== undefined ? { parkId: o.park } : { provinceCode: o.province }) };
};

const withActor = <T>(username: string, fn: (ctx: OpenServiceContext, actor: Actor) => Promise<T>) =>
  withContext(async (ctx) => fn(ctx, await actorForUsername(ctx, username)));

const printMap = (map: TChainMap): void => {
  console.log(`${map.template.name} v${map.template.version}（${map.template.dataVersion}）— ${map.subject.name}，${map.year ?? "无"} 年数据`);
  console.log(`强 ${map.summary.strong} · 弱 ${map.summary.weak} · 缺 ${map.summary.missing}；全链 ${map.totals.enterprises} 家，产值 ${wan(map.totals.output)} 万元`);
  printTable(
    ["环节", "位置", "企业", "待确认", "梯度", "产值(万元)", "占比", "判定", "理由"],
    map.nodes.map((n) => [
      `${"  ".repeat(n.depth)}${n.name}`,
      STAGE_ZH[n.stage],
      String(n.figures.enterprises),
      String(n.figures.pending),
      String(n.figures.tiered),
      wan(n.figures.output),
      n.assessment?.share === null || n.assessment === null ? "" : `${(n.assessment.share * 100).toFixed(1)}%`,
      n.assessment ? STRENGTH_ZH[n.assessment.strength] : n.leafSummary ? `强${n.leafSummary.strong}/弱${n.leafSummary.weak}/缺${n.leafSummary.missing}` : "",
      n.assessment?.reasons.map((r) => r.zh).join("；") ?? "",
    ]),
  );
  if (map.leaders.length > 0) {
    console.log("\n链主候选");
    printTable(["#", "企业", "环节", "理由"], map.leaders.map((l) => [String(l.rank), l.name, l.segmentName, l.reason.zh]));
  }
};

const printTargets = (list: TTargetList): void => {
  console.log(`${list.template.name} — ${list.subject.name} 的招商目标（${list.basis.zh}）`);
  for (const gap of list.gaps) {
    console.log(`\n【${gap.segmentName}】${STRENGTH_ZH[gap.strength]}：${gap.reasons.map((r) => r.zh).join("；")}（候选 ${gap.pool} 家）`);
    printTable(
      ["#", "得分", "企业", "省", "园区", "规模", "理由"],
      gap.targets.map((t) => [String(t.rank), t.score.toFixed(2), t.enterprise.name, t.enterprise.provinceName ?? t.enterprise.provinceCode, t.enterprise.parkName ?? "-", t.enterprise.sizeBand, t.reason.zh]),
    );
  }
};

export const registerChainCommands = (program: Command): void => {
  const chains = program.command("chains").description("Industrial chains (产业链): placement, chain maps, investment targets");

  chains
    .command("place")
    .description("Place enterprises on the chains (class + jieba keywords); decisions made by people are kept")
    .option("--user <username>", "act as this user (its park or province); default: every enterprise, as the operator")
    .option("--park <id>", "only this park", positive("park"))
    .option("--chains <codes>", "comma-separated chain codes (default: all)")
    .option("--batch <n>", "enterprises per batch", positive("batch"), 5_000)
    .option("--json", "print the result as JSON", false)
    .action(async (o: { user?: string; park?: number; chains?: string; batch: number; json: boolean }) => {
      await withContext(async (ctx) => {
        const scope = o.user ? (await actorForUsername(ctx, o.user)).scope : ({ kind: "system" } as const);
        const bar = progressBar("place");
        try {
          const result = await placeEnterprisesOnChains(ctx, {
            scope,
            parkId: o.park,
            templateCodes: o.chains?.split(",").map((c) => c.trim()).filter(Boolean),
            batchSize: o.batch,
            onProgress: (done, total) => bar.update(done, total),
          });
          bar.stop();
          if (o.json) console.log(JSON.stringify(result, null, 2));
          else {
            const rate = result.ms > 0 ? Math.round((result.enterprises * 1000) / result.ms) : 0;
            console.log(`Placed ${result.enterprises} enterprises: ${result.placements} placements, ${result.kept} human decisions kept, ${(result.ms / 1000).toFixed(1)} s (${rate}/s).`);
            printTable(["chain", "version", "province"], result.templates.map((t) => [t.code, String(t.version), t.provinceCode]));
          }
        } finally {
          bar.stop();
        }
      });
    });

  chains
    .command("map")
    .description("Chain map of a park or a province: segments strong/weak/missing with reasons, chain leaders")
    .requiredOption("--user <username>", "read as this user")
    .requiredOption("--chain <code>", "chain template code, e.g. new-energy-vehicle")
    .option("--park <id>", "the park", positive("park"))
    .option("--province <code>", "the province (province accounts)", provinceCode)
    .option("--json", "print JSON instead of a table", false)
    .action(async (o: SubjectOptions) => {
      const query = subjectOf(o);
      await withActor(o.user, async (ctx, actor) => {
        const map = await getChainMap(ctx, actor.scope, query);
        if (o.json) console.log(JSON.stringify(map, null, 2));
        else printMap(map);
      });
    });

  chains
    .command("targets")
    .description("链式招商 targets for the weak and missing segments, ranked with reasons (public profile fields only)")
    .requiredOption("--user <username>", "read as this user")
    .requiredOption("--chain <code>", "chain template code")
    .option("--park <id>", "the park", positive("park"))
    .option("--province <code>", "the province (province accounts)", provinceCode)
    .option("--segment <key>", "only this segment")
    .option("--limit <n>", "targets per segment", positive("limit"))
    .option("--json", "print JSON instead of tables", false)
    .action(async (o: SubjectOptions & { segment?: string; limit?: number }) => {
      const query = { ...subjectOf(o), ...(o.segment ? { segmentKey: o.segment } : {}), ...(o.limit ? { limit: o.limit } : {}) };
      await withActor(o.user, async (ctx, actor) => {
        const list = await getChainTargets(ctx, actor.scope, query);
        if (o.json) console.log(JSON.stringify(list, null, 2));
        else printTargets(list);
      });
    });
};
