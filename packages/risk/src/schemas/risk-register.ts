import { IsoDate, RecordId } from "@psea/core";
import { z } from "zod";
import { RiskFactorId } from "../checklist/risk-factor";

/**
 * The kinds of risk SEA poses, as the action plan frames it (Prevention goal 6: "SEA as a
 * reputational, health, security, human rights and gender based violence risks").
 *
 * @category Risk register
 * @example
 * RiskCategory.parse("gender-based-violence"); // "gender-based-violence"
 */
export const RiskCategory = z.enum(["reputational", "health", "security", "human-rights", "gender-based-violence", "other"]);
/**
 * @category Risk register
 * @example
 * const c: RiskCategory = "security";
 */
export type RiskCategory = z.infer<typeof RiskCategory>;

/**
 * Who a mitigation recommendation is made to. The plan addresses them to the mission's SEA
 * Emergency Action Team (Prevention goal 6 (d)).
 *
 * @category Risk register
 * @example
 * MitigationRecipient.parse("sea-emergency-action-team"); // "sea-emergency-action-team"
 */
export const MitigationRecipient = z.enum(["sea-emergency-action-team", "sea-task-force", "force", "police", "cdt", "head-of-office", "other"]);
/**
 * @category Risk register
 * @example
 * const to: MitigationRecipient = "sea-emergency-action-team";
 */
export type MitigationRecipient = z.infer<typeof MitigationRecipient>;

/**
 * Where a mitigation recommendation stands. `implemented` and `rejected` close it.
 *
 * @category Risk register
 * @example
 * MitigationStatus.options; // ["open", "in-progress", "implemented", "rejected"]
 */
export const MitigationStatus = z.enum(["open", "in-progress", "implemented", "rejected"]);
/**
 * @category Risk register
 * @example
 * const s: MitigationStatus = "in-progress";
 */
export type MitigationStatus = z.infer<typeof MitigationStatus>;

/**
 * A recommendation on mitigating factors and actions, followed up to implementation
 * (Prevention goal 6 (d)-(e)).
 *
 * @category Risk register
 * @example
 * Mitigation.parse({
 *   id: "M-1", recommendation: "Light the path to the water point", recommendedOn: "2018-03-01",
 *   addressedTo: "sea-emergency-action-team",
 * }).status; // "open"
 */
export const Mitigation = z.object({
  id: RecordId.describe("The mitigation's id, unique across the whole register."),
  recommendation: z.string().min(1).describe("What is recommended."),
  recommendedOn: IsoDate.describe("When it was recommended."),
  addressedTo: MitigationRecipient.describe("Who the recommendation is addressed to."),
  status: MitigationStatus.default("open").describe("Where the recommendation stands; defaults to open."),
  /** The day the recommendation is to be implemented by; required of recommendations on a checklist factor. */
  dueOn: IsoDate.optional().describe("The day it is to be implemented by; required of recommendations on a checklist factor."),
  implementedOn: IsoDate.optional().describe("When it was implemented."),
});
/**
 * @category Risk register
 * @example
 * const m: Mitigation = { id: "M-1", recommendation: "…", recommendedOn: "2018-03-01", addressedTo: "cdt", status: "open" };
 */
export type Mitigation = z.infer<typeof Mitigation>;

/**
 * One entry of the mission's SEA risk register (Prevention goal 6 (b)). Likelihood and impact are
 * levels on the configured risk scale; an entry not yet scored leaves them out, and a rule says so.
 * The owner is a personnel id.
 *
 * @category Risk register
 * @example
 * RiskRegisterEntry.parse({
 *   id: "R-1", description: "Unescorted visits to the camp by local minors", category: "gender-based-violence",
 *   campId: "CAMP-1", likelihood: 4, impact: 5, owner: "P-FFP", identifiedOn: "2018-02-20",
 * }).mitigations; // []
 */
export const RiskRegisterEntry = z.object({
  id: RecordId.describe("The entry's id, unique in the register; a camp assessment's riskIds refer to it."),
  description: z.string().min(1).describe("The risk, in words, without identifying a victim or complainant."),
  category: RiskCategory.describe("The kind of risk."),
  /** A place in words, for risks not tied to an office or camp. */
  location: z.string().min(1).optional().describe("A place in words, for risks not tied to an office or camp."),
  officeId: RecordId.optional().describe("The office the risk is at: the id of an office of the dataset."),
  campId: RecordId.optional().describe("The camp the risk is at: the id of a camp of the dataset."),
  /** The checklist factor of the camp's assessment this entry answers, when it arose from one. */
  factor: RiskFactorId.optional(),
  likelihood: z.number().int().min(1).optional().describe("The risk's likelihood on the mission's scale (a parameter); an open risk needs one."),
  impact: z.number().int().min(1).optional().describe("The risk's impact on the mission's scale (a parameter); an open risk needs one."),
  /** The personnel id of the person who owns the risk. */
  owner: RecordId.optional().describe("The person who owns the risk, as a personnel id; an owner who is not on strength is a finding, not an input issue."),
  identifiedOn: IsoDate.describe("When the risk was identified."),
  /** The day the risk was closed; from then it needs neither scoring nor mitigation. */
  closedOn: IsoDate.optional().describe("When the risk was closed; from then it needs neither scoring nor mitigation."),
  mitigations: z.array(Mitigation).default([]).describe("Recommendations made to mitigate the risk."),
});
/**
 * @category Risk register
 * @example
 * const e: RiskRegisterEntry = { id: "R-1", description: "…", category: "health", identifiedOn: "2018-02-20", mitigations: [] };
 */
export type RiskRegisterEntry = z.infer<typeof RiskRegisterEntry>;

/**
 * Whether a register entry is open on `asOf`: identified by then and not yet closed.
 *
 * @category Risk register
 * @example
 * isOpenRisk({ identifiedOn: "2018-02-20", closedOn: "2018-06-01" }, "2018-06-30"); // false
 */
export function isOpenRisk(entry: { readonly identifiedOn: string; readonly closedOn?: string | undefined }, asOf: string): boolean {
  return entry.identifiedOn <= asOf && (entry.closedOn === undefined || entry.closedOn > asOf);
}

/**
 * Whether a recommendation made by `asOf` was still awaiting implementation on that day. A
 * recommendation implemented after `asOf` was still open then; one rejected is closed.
 *
 * @category Risk register
 * @example
 * isOpenMitigation({ recommendedOn: "2018-03-01", status: "implemented", implementedOn: "2018-07-01" }, "2018-06-30"); // true
 */
export function isOpenMitigation(
  mitigation: { readonly recommendedOn: string; readonly status: MitigationStatus; readonly implementedOn?: string | undefined },
  asOf: string,
): boolean {
  if (mitigation.recommendedOn > asOf) return false;
  if (mitigation.status === "open" || mitigation.status === "in-progress") return true;
  return mitigation.status === "implemented" && mitigation.implementedOn !== undefined && mitigation.implementedOn > asOf;
}
