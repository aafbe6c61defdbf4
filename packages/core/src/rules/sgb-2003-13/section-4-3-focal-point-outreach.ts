import { defineRule } from "../../engine/define-rule";
import { cite } from "../../parameters/citation";
import { MissionDatasetShape } from "../../vocabulary/dataset";

/**
 * SGB 4.3: in missions, staff and the local population are properly informed of the focal point's
 * existence and role and of how to contact it. Where a mission is present, each audience in
 * `focalPointInformationAudiences` must have been sent, on or before `asOf`, at least one
 * communication covering every topic in `focalPointInformationTopics`; an audience never so informed
 * is a violation. Section 4.3's other duty, that every report is handled confidentially, is a
 * property of every output of the kit, not a check of the records: no report, finding, log or error
 * carries a victim's or complainant's identity (see the confidentiality canary tests).
 *
 * @category Rules: ST/SGB/2003/13
 * @example
 * focalPointOutreach.parameters; // ["focalPointInformationAudiences", "focalPointInformationTopics"]
 */
export const focalPointOutreach = defineRule({
  id: "sgb.4.3.focal-point-outreach",
  title: "Staff and the local population are informed of the focal point and how to reach it",
  obligations: ["SGB-4.3"],
  citation: cite("ST/SGB/2003/13", "section 4.3"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, communications: true }),
  parameters: ["focalPointInformationAudiences", "focalPointInformationTopics"],
  *evaluate({ mission, communications }, { asOf, params }) {
    if (!mission.missionPresent) return;
    const topics = params.focalPointInformationTopics;
    const issued = communications.filter((c) => c.issuedOn <= asOf);
    for (const audience of params.focalPointInformationAudiences) {
      const addressed = issued.filter((c) => c.audience.includes(audience));
      if (addressed.some((c) => topics.every((t) => c.topics.includes(t)))) continue;
      yield {
        subject: { kind: "mission", id: mission.id },
        path: ["communications"],
        message: `no communication issued by ${asOf} informs the ${audience} audience of the focal point and how to reach it (topics ${topics.join(", ")})`,
        facts: { audience, requiredTopics: topics, communicationsToAudience: addressed.length },
        concern: `sgb.4.3.focal-point-outreach:${audience}`,
      };
    }
  },
});
