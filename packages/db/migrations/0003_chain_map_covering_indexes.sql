DROP INDEX "enterprise_annual_year_idx";--> statement-breakpoint
DROP INDEX "enterprises_park_idx";--> statement-breakpoint
DROP INDEX "enterprises_province_idx";--> statement-breakpoint
DROP INDEX "alerts_inbox_idx";--> statement-breakpoint
CREATE INDEX "chain_placements_template_idx" ON "chain_placements" USING btree ("template_code","enterprise_id","segment_key","confidence","override");--> statement-breakpoint
CREATE INDEX "enterprise_annual_year_idx" ON "enterprise_annual" USING btree ("year","enterprise_id","industrial_output","revenue");--> statement-breakpoint
CREATE INDEX "enterprises_park_idx" ON "enterprises" USING btree ("park_id","id");--> statement-breakpoint
CREATE INDEX "enterprises_province_idx" ON "enterprises" USING btree ("province_code","id");--> statement-breakpoint
CREATE INDEX "alerts_inbox_idx" ON "alerts" USING btree ("province_code","status",(CASE "severity" WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END),"period" DESC NULLS FIRST,"id" DESC NULLS FIRST);