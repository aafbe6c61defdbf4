import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO Responsibilities of HoM and RC (b): where a peacekeeping or peacebuilding mission is in
 * place, the RC and the Head of Mission agree their respective responsibilities. The agreement must
 * be recorded and dated on or before `asOf`; a country without a mission owes none.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "rc-b", title: "RC (b)", rules: [rcHomAgreement] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.path; // ["mission", "rcHomAgreement"]
 */
export const rcHomAgreement = defineRule({
  id: "dpko.rc-b.rc-hom-agreement",
  title: "Where a mission is present, the RC and the Head of Mission have a recorded agreement on responsibilities",
  obligations: ["DPKO-RC-b"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (b)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true }),
  parameters: [],
  *evaluate({ mission }, { asOf }) {
    if (!mission.missionPresent) return;
    const agreement = mission.rcHomAgreement;
    if (agreement && agreement.agreedOn <= asOf) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: agreement ? ["mission", "rcHomAgreement", "agreedOn"] : ["mission", "rcHomAgreement"],
      message: agreement
        ? `the RC–Head of Mission agreement is dated ${agreement.agreedOn}, after ${asOf}`
        : "a mission is present but no RC–Head of Mission agreement on responsibilities is recorded",
      facts: { missionPresent: true, agreedOn: agreement?.agreedOn ?? null },
    };
  },
});
