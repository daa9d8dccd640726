import { z } from "zod";
import { ZRole } from "./auth";

/**
 * GET /api/evaluation/alerts/:id/assignees: the accounts an alert may be assigned to (the members
 * of its park and province, the rule PUT …/owner enforces). Names and roles only: never a
 * username, a password hash or a session.
 */
export const ZAlertAssignee = z.object({
  id: z.number().int(),
  displayName: z.string(),
  role: ZRole,
  /** The park's or the province's name, as the membership that qualifies the account. */
  tenantName: z.string(),
});
export type TAlertAssignee = z.infer<typeof ZAlertAssignee>;

export const ZAlertAssignees = z.object({ items: z.array(ZAlertAssignee) });
export type TAlertAssignees = z.infer<typeof ZAlertAssignees>;
