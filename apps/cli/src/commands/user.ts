import type { Command } from "commander";
import { createUser, type MembershipSpec } from "@parkpilot/services";
import { CliError, withContext } from "../runtime";

interface UserAddOptions {
  role: string;
  province?: string;
  park?: string;
  enterprise?: string;
  name?: string;
  password?: string;
}

const TENANT_OPTION = { province_admin: "province", park_admin: "park", enterprise_user: "enterprise" } as const;

const membershipFrom = (o: UserAddOptions): MembershipSpec => {
  const own = TENANT_OPTION[o.role as keyof typeof TENANT_OPTION] as string | undefined;
  const others = (["province", "park", "enterprise"] as const).filter((k) => k !== own && o[k] !== undefined);
  if (own && others.length > 0) throw new CliError(`--${others.join(", --")} does not apply to ${o.role}: an account has one tenant, given by --${own}`);
  switch (o.role) {
    case "province_admin":
      if (!o.province || !/^\d{2}$/.test(o.province)) throw new CliError("--province <2-digit code> is required for province_admin");
      return { role: "province_admin", provinceCode: o.province };
    case "park_admin":
      if (!o.park || !/^\d+$/.test(o.park)) throw new CliError("--park <park id> is required for park_admin");
      return { role: "park_admin", parkId: Number(o.park) };
    case "enterprise_user":
      if (!o.enterprise || !/^\d+$/.test(o.enterprise)) throw new CliError("--enterprise <enterprise id> is required for enterprise_user");
      return { role: "enterprise_user", enterpriseId: Number(o.enterprise) };
    default:
      throw new CliError(`--role must be province_admin, park_admin or enterprise_user, got "${o.role}"`);
  }
};

export const registerUserCommands = (program: Command): void => {
  const user = program.command("user").description("Accounts");
  user
    .command("add <username>")
    .description("Create an account with one role and tenant")
    .requiredOption("--role <role>", "province_admin | park_admin | enterprise_user")
    .option("--province <code>", "province code (province_admin)")
    .option("--park <id>", "park id (park_admin)")
    .option("--enterprise <id>", "enterprise id (enterprise_user)")
    .option("--name <display name>", "display name")
    .option("--password <password>", "password (else read from PARKPILOT_PASSWORD)")
    .action(async (username: string, o: UserAddOptions) => {
      const membership = membershipFrom(o);
      const password = o.password ?? process.env.PARKPILOT_PASSWORD;
      if (!password) throw new CliError("Give --password or set PARKPILOT_PASSWORD");
      await withContext(async (ctx) => {
        const { userId } = await createUser(ctx.database, { username, displayName: o.name ?? username, password, membership, createdBy: null });
        console.log(`Created user ${username} (id ${userId}) as ${membership.role}.`);
      });
    });
};
