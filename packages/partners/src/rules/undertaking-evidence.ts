import { cite, defineRule } from "@psea/core";
import { latestByPartner, PartnerRuleInput } from "./shared";

/**
 * DPKO General management (e): the partner's written undertaking to the bulletin's standards is
 * part of the evidence behind the assessment's policy standard (`partnerUndertakingEvidence`). For
 * each partner's latest final assessment and each arrangement it covers that has started:
 * - the policy standard cites a written undertaking the agreement does not record: a violation
 *   (the rating rests on evidence the arrangement does not hold);
 * - the agreement records an undertaking the policy standard's evidence does not hold, or holds
 *   only with other dates: a warning (the rating was made without it).
 *
 * @category Rules
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "x", title: "x", rules: [undertakingEvidence] });
 * const partnerAgreements = [{ id: "PA-1", partnerName: "NGO", partnerKind: "ngo", startDate: "2018-03-01" }];
 * const partnerAssessments = [{ id: "PCA-1", partnerId: "IP-1", agreementIds: ["PA-1"], status: "final", finalizedOn: "2018-02-01",
 *   ratings: [{ standardId: "policy", score: 3, evidence: [{ kind: "written-undertaking", reference: "DOC-7", on: "2018-01-15" }] }] }];
 * const r = evaluate(set, { partnerAgreements, partnerAssessments }, { asOf: "2018-06-30" });
 * r.ok && r.findings.map((f) => [f.severity, f.explanation.facts.reason]); // [["violation", "undertaking-not-recorded"]]
 */
export const undertakingEvidence = defineRule({
  id: "partners.gm-e.undertaking-evidence",
  title: "The written undertaking and the evidence behind the assessment's policy standard agree",
  obligations: ["DPKO-GM-e"],
  citation: cite("DPKO-IG", "General management responsibilities (e)"),
  severity: "violation",
  reads: PartnerRuleInput,
  parameters: ["partnerUndertakingEvidence"],
  *evaluate({ partnerAgreements, partnerAssessments }, { asOf, params }) {
    const { standardId, evidenceKind } = params.partnerUndertakingEvidence;
    const agreements = new Map(partnerAgreements.map((a) => [a.id, a]));
    for (const { index, assessment } of latestByPartner(partnerAssessments, asOf)) {
      const j = assessment.ratings.findIndex((r) => r.standardId === standardId);
      const cited = j < 0 ? [] : assessment.ratings[j]!.evidence.filter((e) => e.kind === evidenceKind);
      for (const id of assessment.agreementIds) {
        const a = agreements.get(id);
        if (!a || a.startDate > asOf) continue;
        const on = a.writtenUndertakingOn;
        const base = { agreementId: a.id, assessmentId: assessment.id, standardId, evidenceKind, writtenUndertakingOn: on ?? null, evidenceDates: cited.map((e) => e.on ?? "undated") };
        const subject = { kind: "partner-assessment", id: assessment.id };
        const concern = `partners.gm-e.undertaking-evidence:${a.id}`;
        if (on === undefined && cited.length > 0) {
          yield {
            subject,
            path: ["partnerAssessments", index, "ratings", j, "evidence"],
            message: `assessment ${assessment.id} rates ${standardId} on a written undertaking that agreement ${a.id} does not record`,
            facts: { ...base, reason: "undertaking-not-recorded" },
            concern,
          };
        } else if (on !== undefined && cited.length === 0) {
          yield {
            subject,
            path: ["partnerAssessments", index, "ratings"],
            severity: "warning",
            message: `assessment ${assessment.id} rates ${standardId} without the written undertaking of ${on} (agreement ${a.id}) among its evidence`,
            facts: { ...base, reason: "undertaking-not-in-evidence" },
            concern,
          };
        } else if (on !== undefined && cited.every((e) => e.on !== undefined && e.on !== on)) {
          yield {
            subject,
            path: ["partnerAssessments", index, "ratings", j, "evidence"],
            severity: "warning",
            message: `assessment ${assessment.id} cites a written undertaking dated otherwise than agreement ${a.id} records (${on})`,
            facts: { ...base, reason: "undertaking-dates-differ" },
            concern,
          };
        }
      }
    }
  },
});
