import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";
import { codeCable1474MeasureInPlace } from "./measures";

/**
 * Code Cable 1474 measure (4), checked against the roster: a mission that declares its SEA Focal
 * Point in place must have a Focal Point appointed on or before `asOf`. The declaration alone is
 * not evidence.
 *
 * @category Rules: MINUSCA action plan
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "cc4", title: "CC 1474 (4)", rules: [focalPointMeasureBacked] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"],
 *   measures: { "focal-point": { inPlace: true } } };
 * const r = evaluate(set, { mission }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.path; // ["roster", "focalPoint"]
 */
export const focalPointMeasureBacked = defineRule({
  id: "ap.cc1474.focal-point-appointed",
  title: "A declared SEA Focal Point measure is backed by an appointed Focal Point",
  obligations: ["AP-CC1474"],
  citation: cite("CC-1474", "measure (4)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, roster: true }),
  parameters: [],
  *evaluate({ mission, roster }, { asOf }) {
    if (!codeCable1474MeasureInPlace(mission, "focal-point", asOf)) return;
    const fp = roster.focalPoint;
    if (fp && fp.appointedOn <= asOf) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: fp ? ["roster", "focalPoint", "appointedOn"] : ["roster", "focalPoint"],
      message: fp
        ? `the SEA Focal Point measure is declared in place but the Focal Point is appointed only on ${fp.appointedOn}, after ${asOf}`
        : "the SEA Focal Point measure is declared in place but no Focal Point is appointed",
      facts: { measure: "focal-point", declaredInPlace: true, appointedOn: fp?.appointedOn ?? null },
    };
  },
});
