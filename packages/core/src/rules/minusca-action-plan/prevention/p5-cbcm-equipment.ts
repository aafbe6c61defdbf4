import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * AP Prevention goal 5 (c): every CBCM is equipped with the kit in `cbcmRequiredEquipment`
 * (prepaid phones, notebooks, pens, sensitization material). A CBCM established on or before `asOf`
 * missing any of it is a warning naming what is missing.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "p5", title: "P5", rules: [cbcmEquipment] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const complaintMechanisms = [{ id: "C-1", region: "North", kind: "cbcm", functional: true, establishedOn: "2018-02-15",
 *   equipment: ["notebooks", "pens", "sensitization-material"] }];
 * const r = evaluate(set, { mission, complaintMechanisms }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.missing; // ["prepaid-phone"]
 */
export const cbcmEquipment = defineRule({
  id: "ap.p5.cbcm-equipment",
  title: "Every CBCM is equipped with the required kit",
  obligations: ["AP-P5"],
  citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 5 (c)"),
  severity: "warning",
  reads: MissionDatasetShape.pick({ complaintMechanisms: true }),
  parameters: ["cbcmRequiredEquipment"],
  *evaluate({ complaintMechanisms }, { asOf, params }) {
    for (const [i, m] of complaintMechanisms.entries()) {
      if (m.kind !== "cbcm" || m.establishedOn > asOf) continue;
      const missing = params.cbcmRequiredEquipment.filter((e) => !m.equipment.includes(e));
      if (missing.length === 0) continue;
      yield {
        subject: { kind: "complaint-mechanism", id: m.id },
        path: ["complaintMechanisms", i, "equipment"],
        message: `CBCM ${m.id} (${m.region}) is not equipped with ${missing.join(", ")}`,
        facts: { region: m.region, missing, equipment: m.equipment },
      };
    }
  },
});
