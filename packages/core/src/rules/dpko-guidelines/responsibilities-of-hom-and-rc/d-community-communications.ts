import { cite } from "../../../parameters/citation";
import { defineRule } from "../../../engine/define-rule";
import { MissionDatasetShape } from "../../../vocabulary/dataset";

/**
 * DPKO Responsibilities of HoM and RC (d): communications on SEA to local populations (including
 * refugees and other beneficiaries) are issued by the in-country Network, in the relevant languages,
 * so communities are not given conflicting information about where to turn. Every communication
 * issued on or before `asOf` to an audience in `networkIssuedAudiences` must come from one of
 * `communityCommunicationIssuers` (the Network, by the guidelines) and be in each of the mission's
 * `relevantLanguages`; each failure is its own finding. The MINUSCA action plan has the mission issue
 * broadcasts itself (Prevention goal 1 (b), (h)): that clash is a documented conflict of
 * `communityCommunicationIssuers`, which `minuscaMissionProfile` settles for MINUSCA from the plan's
 * start, never a silent violation.
 *
 * @category Rules: DPKO guidelines
 * @example
 * import { defineRuleSet, evaluate } from "@psea/core";
 * const set = defineRuleSet({ id: "rc-d", title: "RC (d)", rules: [communityCommunications] });
 * const mission = { id: "M", name: "M", country: "CAF", context: "humanitarian", missionPresent: true, relevantLanguages: ["fr", "sg"] };
 * const communications = [{ id: "C-1", title: "Where to report", issuedOn: "2018-05-01", issuer: "network",
 *   audience: ["local-population"], topics: ["reporting"], languages: ["fr"] }];
 * const r = evaluate(set, { mission, communications }, { asOf: "2018-06-30" });
 * r.ok && r.findings[0]?.explanation.facts.missingLanguages; // ["sg"]
 */
export const communityCommunications = defineRule({
  id: "dpko.rc-d.community-communications",
  title: "Community-facing SEA communications are issued by the Network in every relevant language",
  obligations: ["DPKO-RC-d"],
  citation: cite("DPKO-IG", "Responsibilities of HoM and RC (d)"),
  severity: "violation",
  reads: MissionDatasetShape.pick({ mission: true, communications: true }),
  parameters: ["networkIssuedAudiences", "communityCommunicationIssuers"],
  *evaluate({ mission, communications }, { asOf, params }) {
    const audiences = new Set<string>(params.networkIssuedAudiences);
    const issuers: readonly string[] = params.communityCommunicationIssuers;
    for (const [i, c] of communications.entries()) {
      if (c.issuedOn > asOf) continue;
      const reached = c.audience.filter((a) => audiences.has(a));
      if (reached.length === 0) continue;
      const subject = { kind: "communication", id: c.id };
      if (!issuers.includes(c.issuer)) {
        yield {
          subject,
          path: ["communications", i, "issuer"],
          message: `communication '${c.title}' to ${reached.join(", ")} was issued by the ${c.issuer}, not by the in-country Network`,
          facts: { issuer: c.issuer, audience: reached, issuedOn: c.issuedOn, acceptedIssuers: [...issuers] },
          concern: "community-communication:issuer",
        };
      }
      const missing = mission.relevantLanguages.filter((l) => !c.languages.includes(l));
      if (missing.length > 0) {
        yield {
          subject,
          path: ["communications", i, "languages"],
          message: `communication '${c.title}' is not issued in ${missing.join(", ")}, relevant language${missing.length > 1 ? "s" : ""} of the mission`,
          facts: { missingLanguages: missing, languages: c.languages, relevantLanguages: mission.relevantLanguages, issuedOn: c.issuedOn },
          concern: "community-communication:languages",
        };
      }
    }
  },
});
