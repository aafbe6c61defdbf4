import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO Responsibilities of HoM and RC (d), first sentence: the Network ensures that the local
 * community, including refugees and other beneficiaries of assistance, is properly informed of the
 * existence and role of the SEA Focal Points and their field counterparts and of how to contact them.
 * At least one communication issued on or before `asOf` by one of `communityCommunicationIssuers`,
 * addressed to any audience of `localCommunityAudiences`, must cover every topic of
 * `focalPointContactTopics`; otherwise one violation for the country. Who issued the others, and in
 * which languages, is {@link communityCommunications}'s question.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "rc-d", title: "RC (d)", rules: [focalPointsMadeKnown] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr"] };
 * const communications = [{ id: "C-1", title: "Prevention", issuedOn: "2018-05-01", issuer: "network",
 *   audience: ["local-population"], topics: ["prevention"], languages: ["fr"] }];
 * const r = evaluate(set, { mission, communications }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.requiredTopics; // ["focal-points", "reporting"]
 */
export const focalPointsMadeKnown = defineRule({
  id: "dpko.rc-d.focal-points-made-known",
  title: "The local community is told who the SEA focal points are and how to reach them",
  obligations: ["DPKO-RC-d"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (d)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, communications: true }),
  parameters: ["localCommunityAudiences", "focalPointContactTopics", "communityCommunicationIssuers"],
  *evaluate({ mission, communications }, { asOf, params }) {
    const audiences: readonly string[] = params.localCommunityAudiences;
    const issuers: readonly string[] = params.communityCommunicationIssuers;
    const topics = params.focalPointContactTopics;
    const toCommunity = communications.filter((c) => c.issuedOn <= asOf && c.audience.some((a) => audiences.includes(a)));
    const informing = toCommunity.filter((c) => issuers.includes(c.issuer) && topics.every((t) => c.topics.includes(t)));
    if (informing.length > 0) return;
    yield {
      subject: { kind: "mission", id: mission.id },
      path: ["communications"],
      message: `no communication issued by ${asOf} tells the local community (${audiences.join(", ")}) who the SEA focal points are and how to contact them`,
      facts: {
        audiences: [...audiences],
        requiredTopics: [...topics],
        acceptedIssuers: [...issuers],
        communicationsToCommunity: toCommunity.length,
      },
    };
  },
});
