/** Why a parcel is on the inefficient-land list (低效用地). */
export type InefficiencyReason = "idle" | "vacant" | "held_by_lowest_class";

/**
 * A parcel is inefficient when it lies idle (闲置) or vacant (空置, supplied to no one), or when
 * its holder is in the lowest per-mu class (the class the rule set's last band names: D, 落后整治类).
 */
export const inefficiencyOf = (status: string, holderClass: string | null, lowestClass: string): InefficiencyReason | null => {
  if (status === "idle") return "idle";
  if (status === "vacant") return "vacant";
  if (status === "in_use" && holderClass === lowestClass) return "held_by_lowest_class";
  return null;
};
