import type { ActionKind } from "@psea/core";

/**
 * Victim groups of the UN's system-wide data, from the victim's sex and age at the incident.
 *
 * @category Report builders
 * @example
 * victimGroups.length; // 7
 */
export const victimGroups = ["women", "girls", "female-age-unknown", "men", "boys", "male-age-unknown", "unknown"] as const;
/**
 * A group of {@link victimGroups}. @category Report builders
 * @example
 * const victimGroup: VictimGroup = "unknown";
 */
export type VictimGroup = (typeof victimGroups)[number];

/**
 * Labels of the victim groups.
 *
 * @category Report builders
 * @example
 * victimGroupLabels.girls; // "Girls (under 18)"
 */
export const victimGroupLabels: Readonly<Record<VictimGroup, string>> = {
  women: "Women",
  girls: "Girls (under 18)",
  "female-age-unknown": "Female, age unknown",
  men: "Men",
  boys: "Boys (under 18)",
  "male-age-unknown": "Male, age unknown",
  unknown: "Unknown",
};

/**
 * The investigating entities the UN publishes: OIOS, the troop- or police-contributing country
 * (TCC, PCC), a National Investigation Officer (NIO), a joint investigation, another entity, or none yet.
 *
 * @category Report builders
 * @example
 * publicEntities.includes("NIO"); // true
 */
export const publicEntities = ["OIOS", "TCC", "PCC", "NIO", "JOINT", "OTHER", "NONE"] as const;
/**
 * An entity of {@link publicEntities}. @category Report builders
 * @example
 * const publicEntity: PublicEntity = "OIOS";
 */
export type PublicEntity = (typeof publicEntities)[number];

/**
 * Labels of the investigating entities.
 *
 * @category Report builders
 * @example
 * publicEntityLabels.JOINT; // "Joint (OIOS and Member State)"
 */
export const publicEntityLabels: Readonly<Record<PublicEntity, string>> = {
  OIOS: "OIOS",
  TCC: "Troop-contributing country (TCC)",
  PCC: "Police-contributing country (PCC)",
  NIO: "National Investigation Officer (NIO)",
  JOINT: "Joint (OIOS and Member State)",
  OTHER: "Other entity",
  NONE: "Not referred for investigation",
};

/**
 * Reads the investigating entity a record names (free text in the core vocabulary, an id in
 * `@psea/cases`) as a published entity. The text itself is never copied into a report.
 *
 * @category Report builders
 * @example
 * publicEntity("National Investigation Officer (contributing country)"); // "NIO"
 * publicEntity("troop-contributing-country"); // "TCC"
 * publicEntity(undefined); // "NONE"
 */
export function publicEntity(entity: string | undefined): PublicEntity {
  if (entity === undefined) return "NONE";
  const e = entity.toLowerCase();
  if (/joint/.test(e)) return "JOINT";
  if (/\boios\b|internal oversight/.test(e)) return "OIOS";
  if (/national investigation officer|\bnio\b/.test(e)) return "NIO";
  if (/troop-contributing|troop contributing|\btcc\b/.test(e)) return "TCC";
  if (/police-contributing|police contributing|\bpcc\b/.test(e)) return "PCC";
  return "OTHER";
}

/**
 * How the UN publishes an action: an interim measure, a final action, an action of the subject's
 * Member State, or a referral for criminal accountability.
 *
 * @category Report builders
 * @example
 * actionGroups; // ["interim", "final", "member-state", "criminal-referral"]
 */
export const actionGroups = ["interim", "final", "member-state", "criminal-referral"] as const;
/**
 * A group of {@link actionGroups}. @category Report builders
 * @example
 * const actionGroup: ActionGroup = "member-state";
 */
export type ActionGroup = (typeof actionGroups)[number];

/**
 * The interim measures among the kit's action kinds: administrative leave and suspension of
 * payments, taken pending the outcome.
 *
 * @category Report builders
 * @example
 * interimActionKinds.includes("administrative-leave"); // true
 */
export const interimActionKinds: readonly ActionKind[] = ["administrative-leave", "suspension-of-payments"];

/**
 * The group an action is published under: a referral for criminal accountability is its own group,
 * an action the record says the Member State took is a Member State action, interim measures are
 * interim, and every other action is final.
 *
 * @category Report builders
 * @example
 * actionGroup({ kind: "repatriation" }); // "final"
 * actionGroup({ kind: "dismissal", takenBy: "member-state" }); // "member-state"
 */
export function actionGroup(action: { readonly kind: ActionKind; readonly takenBy?: "united-nations" | "member-state" | undefined }): ActionGroup {
  if (action.kind === "referral-for-criminal-accountability") return "criminal-referral";
  if (action.takenBy === "member-state") return "member-state";
  return interimActionKinds.includes(action.kind) ? "interim" : "final";
}
