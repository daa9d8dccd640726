import { eq } from "drizzle-orm";
import { leafSegments } from "@parkpilot/core";
import { tables, type DbOrTx } from "@parkpilot/db";
import type { FieldIssue } from "../../errors/app-error";
import { validationError } from "../../errors/app-error";
import { effectiveTemplate } from "../templates/template-rows";

/**
 * A project may name the chain segment it fills and the investor enterprise it is. The segment
 * must exist in the chain version the park's province uses; the investor may be any enterprise
 * in the database (investors usually come from elsewhere: the target lists name them by id).
 */
export const checkProjectLinks = async (
  db: DbOrTx,
  provinceCode: string,
  links: { templateCode?: string | null | undefined; segmentKey?: string | null | undefined; investorEnterpriseId?: number | null | undefined; industryCode?: string | null | undefined },
): Promise<void> => {
  const issues: FieldIssue[] = [];
  if (links.segmentKey && !links.templateCode) issues.push({ path: "segmentKey", message: "a segment needs its templateCode" });
  if (links.templateCode) {
    const template = await effectiveTemplate(db, provinceCode, links.templateCode);
    if (!template) issues.push({ path: "templateCode", message: `no chain template "${links.templateCode}"` });
    else if (links.segmentKey && !leafSegments(template.definition).some((n) => n.segment.key === links.segmentKey)) {
      issues.push({ path: "segmentKey", message: `"${links.segmentKey}" is not a leaf segment of ${links.templateCode}` });
    }
  }
  if (links.investorEnterpriseId) {
    const [found] = await db.select({ id: tables.enterprises.id }).from(tables.enterprises).where(eq(tables.enterprises.id, links.investorEnterpriseId)).limit(1);
    if (!found) issues.push({ path: "investorEnterpriseId", message: "no such enterprise" });
  }
  if (links.industryCode) {
    const [found] = await db.select({ code: tables.industries.code }).from(tables.industries).where(eq(tables.industries.code, links.industryCode)).limit(1);
    if (!found) issues.push({ path: "industryCode", message: `"${links.industryCode}" is not a GB/T 4754-2017 code` });
  }
  if (issues.length > 0) throw validationError("Invalid project links", issues);
};
