import { isOpenRisk, type RiskRegisterEntry } from "../schemas/risk-register";
import type { RiskFactorId } from "../checklist/risk-factor";
import type { MitigationRecipient, MitigationStatus } from "../schemas/risk-register";

/**
 * A recommendation on a checklist factor, where it stands on `asOf` against its due date
 * (Prevention goal 6 (d)-(e)): `implemented` (by `asOf`), `rejected`, `overdue` (past `dueOn`),
 * `no-due-date`, or `on-track`.
 *
 * @category Risk scoring
 * @example
 * const t: TrackedRecommendation = { mitigationId: "M-1", riskId: "R-1", campId: "CAMP-N", factor: "perimeter",
 *   addressedTo: "sea-emergency-action-team", recommendedOn: "2018-03-12", dueOn: "2018-05-31", status: "open",
 *   implementedOn: null, state: "overdue" };
 * t.state; // "overdue"
 */
export interface TrackedRecommendation {
  readonly mitigationId: string;
  readonly riskId: string;
  readonly campId: string | null;
  readonly factor: RiskFactorId;
  readonly addressedTo: MitigationRecipient;
  readonly recommendedOn: string;
  readonly dueOn: string | null;
  readonly status: MitigationStatus;
  readonly implementedOn: string | null;
  readonly state: "implemented" | "rejected" | "overdue" | "no-due-date" | "on-track";
}

/**
 * Every recommendation made by `asOf` on an open register entry tied to a checklist factor, with
 * where it stands: the tracker of recommendations to the SEA Emergency Action Team.
 *
 * @category Risk scoring
 * @example
 * trackRecommendations([{ id: "R-1", description: "…", category: "security", campId: "C", factor: "perimeter", identifiedOn: "2018-03-10",
 *   mitigations: [{ id: "M-1", recommendation: "…", recommendedOn: "2018-03-12", addressedTo: "sea-emergency-action-team", status: "open", dueOn: "2018-09-30" }] }],
 *   "2018-06-30").map((t) => t.state); // ["on-track"]
 */
export function trackRecommendations(register: readonly RiskRegisterEntry[], asOf: string): TrackedRecommendation[] {
  return register.flatMap((entry) => {
    const factor = entry.factor;
    if (factor === undefined || !isOpenRisk(entry, asOf)) return [];
    return entry.mitigations
      .filter((m) => m.recommendedOn <= asOf)
      .map((m) => {
        const implemented = m.status === "implemented" && (m.implementedOn === undefined || m.implementedOn <= asOf);
        const state: TrackedRecommendation["state"] = implemented
          ? "implemented"
          : m.status === "rejected"
            ? "rejected"
            : m.dueOn === undefined
              ? "no-due-date"
              : m.dueOn < asOf
                ? "overdue"
                : "on-track";
        return {
          mitigationId: m.id,
          riskId: entry.id,
          campId: entry.campId ?? null,
          factor,
          addressedTo: m.addressedTo,
          recommendedOn: m.recommendedOn,
          dueOn: m.dueOn ?? null,
          status: m.status,
          implementedOn: m.implementedOn ?? null,
          state,
        };
      });
  });
}
