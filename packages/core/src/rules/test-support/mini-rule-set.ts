/**
 * A small rule set exercising every construct (veto, caps, direct entry, banded score with a
 * best-of option, a table item, group minimums), for the engine's own tests. Its numbers follow
 * 国科发政〔2017〕115号 so the expectations read like the real policy.
 */
import type { RuleSetDef } from "../types";

export const MINI: RuleSetDef = {
  id: "mini",
  version: "1",
  title: { zh: "测试规则", en: "Test rules" },
  kind: "eligibility",
  scope: "national",
  effective_from: "2017-05-03",
  documents: { d: { number: "国科发政〔2017〕115号", title: "科技型中小企业评价办法" } },
  source: { doc: "d", article: "第六条" },
  inputs: {
    staff: { fact: "employees@y", label: { zh: "职工总数", en: "Total staff" } },
    dishonest: { fact: "on_dishonesty_list" },
    high_tech: { fact: "holds_title:high_tech_enterprise" },
    st_ratio: { ratio: ["stStaff@y", "employees@y"], label: { zh: "科技人员占比", en: "S&T staff ratio" } },
    rd_rev: { ratio: ["rdExpense@y", "revenue@y"], label: { zh: "研发费用占比", en: "R&D ratio" } },
    rd_cost: { ratio: ["rdExpense@y", "totalCost@y"], label: { zh: "研发费用占成本费用比例", en: "R&D / total cost" } },
    class1: { sum: ["inventionPatents@y", "otherClass1Ip@y"], label: { zh: "Ⅰ类知识产权数", en: "Class I IP" } },
    class2: { fact: "class2Ip@y", label: { zh: "Ⅱ类知识产权数", en: "Class II IP" } },
  },
  vetoes: [{ id: "dishonesty", flag: "dishonest" }],
  eligible_when: {
    all: [
      { id: "staff_cap", compare: ["staff", "<=", 500] },
      {
        id: "route",
        any: [
          { id: "direct_high_tech", flag: "high_tech", source: { doc: "d", article: "第八条" } },
          {
            id: "score",
            source: { doc: "d", article: "第七条" },
            score: {
              pass: [">=", 60],
              groups: [
                {
                  id: "g_staff",
                  label: { zh: "科技人员", en: "S&T staff" },
                  min: [">", 0],
                  items: [{ id: "i_staff", label: { zh: "科技人员指标", en: "S&T staff" }, bands: { input: "st_ratio", at_least: [[30, 20], [25, 16], [20, 12], [15, 8], [10, 4]], else: 0 } }],
                },
                {
                  id: "g_rd",
                  label: { zh: "研发投入", en: "R&D" },
                  items: [
                    {
                      id: "i_rd",
                      label: { zh: "研发投入指标", en: "R&D" },
                      best_of: [
                        { id: "i_rd_rev", label: { zh: "按销售收入", en: "By revenue" }, bands: { input: "rd_rev", at_least: [[6, 50], [5, 40], [4, 30], [3, 20], [2, 10]], else: 0 } },
                        { id: "i_rd_cost", label: { zh: "按成本费用", en: "By total cost" }, bands: { input: "rd_cost", at_least: [[30, 50], [25, 40], [20, 30], [15, 20], [10, 10]], else: 0 } },
                      ],
                    },
                  ],
                },
                {
                  id: "g_ip",
                  label: { zh: "科技成果", en: "IP" },
                  items: [
                    {
                      id: "i_ip",
                      label: { zh: "科技成果指标", en: "IP" },
                      table: {
                        rows: [
                          { when: { compare: ["class1", ">=", 1] }, points: 30 },
                          { when: { compare: ["class2", ">=", 4] }, points: 24 },
                          { when: { compare: ["class2", ">=", 1] }, points: 6 },
                        ],
                        else: 0,
                      },
                    },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  },
};
