import { cite } from "../citation";
import type { ParameterId } from "../catalogue";
import type { DatedValue } from "../types";

/** The MINUSCA SEA action plan runs from 2018; its values take effect from then and never before. */
const PLAN_START = "2018-01-01";

/**
 * The values a mission sets for itself, as a parameter overlay: pass it (or a copy extended with a
 * host's own values) as `parameters` to `evaluate`, or to `createParameterSet`.
 *
 * @category Parameters
 * @example
 * const profile: MissionProfile = { ...minuscaMissionProfile };
 * Object.keys(profile).includes("communityCommunicationIssuers"); // true
 */
export type MissionProfile = Readonly<Partial<Record<ParameterId, readonly DatedValue<unknown>[]>>>;

/**
 * The MINUSCA mission profile: what the MINUSCA SEA action plan 2018-2019 sets for MINUSCA alone,
 * each value dated from the plan's start and cited to its clause. It settles, for MINUSCA, the
 * documented conflict between the DPKO guidelines (communications to communities issued by the
 * Network) and the plan (broadcasts issued by the mission), and lists the reporting channels the
 * plan promotes: the hotlines 4044 and 4445 and the dedicated e-mail address (Enforcement goal 1 (c)).
 *
 * @category Parameters
 * @example
 * import { evaluate } from "@psea/core";
 * import { allRules } from "@psea/core/rules";
 * minuscaMissionProfile.communityCommunicationIssuers?.[0]?.value; // ["network", "mission"]
 * minuscaMissionProfile.communityCommunicationIssuers?.[0]?.effectiveFrom; // "2018-01-01"
 * (minuscaMissionProfile.promotedReportingChannels?.[0]?.value as { address: string }[]).map((c) => c.address); // ["4044", "4445", "muniscademasea@un.org"]
 */
export const minuscaMissionProfile: MissionProfile = {
  communityCommunicationIssuers: [
    {
      value: ["network", "mission"],
      effectiveFrom: PLAN_START,
      citation: cite("MINUSCA-AP-2018-2019", "Prevention goal 1 (b) and (h); leading partners"),
      note: "The plan has the mission (Head of Mission, Spokesperson, SCPI, CDT) issue broadcasts on zero tolerance and reporting channels, and the weekly radio, alongside the UNCT through the UN Communications Group. This supersedes, for MINUSCA and from the plan's start, the guidelines' Network-only issuing (DPKO RC (d)).",
    },
  ],
  promotedReportingChannels: [
    {
      value: [
        { kind: "hotline", address: "4044" },
        { kind: "hotline", address: "4445" },
        { kind: "email", address: "muniscademasea@un.org" },
      ],
      effectiveFrom: PLAN_START,
      citation: cite("MINUSCA-AP-2018-2019", "Enforcement goal 1 (c) and expected result (ii)"),
      note: "The e-mail address is as the plan prints it.",
    },
  ],
};
