import { forEvent, refuse } from "./refusal";
import { victimKnown } from "./victim-known";

const headquartersNotYetNotified = forEvent("HEADQUARTERS_NOTIFIED", (context) =>
  context.headquarters.notifiedOn !== undefined
    ? refuse(`DPKO-HQ-f: headquarters was notified on ${context.headquarters.notifiedOn}`, ["context", "headquarters", "notifiedOn"])
    : undefined,
);

/** DPKO-HQ-f: headquarters monitors a complaint it has received. */
const headquartersNotified = forEvent("HEADQUARTERS_MONITORING_RECORDED", (context) =>
  context.headquarters.notifiedOn === undefined
    ? refuse("DPKO-HQ-f: headquarters monitors the procedure once the mission has notified it of the complaint", ["context", "headquarters", "notifiedOn"])
    : undefined,
);

/** DPKO-HQ-g: each investigation and each action is reported to the Department of Management once. */
const departmentOfManagementOutstanding = forEvent("DEPARTMENT_OF_MANAGEMENT_INFORMED", (context, e) => {
  const { kind, ref } = e.about;
  const record = kind === "investigation" ? context.investigations.find((i) => i.id === ref) : context.actions.find((a) => a.id === ref);
  if (!record) return refuse(`DPKO-HQ-g: no ${kind} ${ref} is recorded`, ["about", "ref"]);
  if (record.departmentOfManagementInformedOn !== undefined) {
    return refuse(`DPKO-HQ-g: the Department of Management was informed of ${ref} on ${record.departmentOfManagementInformedOn}`, ["about", "ref"]);
  }
  return undefined;
});


/**
 * The guards of notifications and victim updates, as checks that say why they refuse.
 *
 * @category Cases
 * @example
 * const { context } = exampleCase("registered");
 * notificationChecks.victimKnown(context, { type: "VICTIM_STATUS_UPDATE_GIVEN", at: "2018-06-30", victimRef: "V-404" })?.path; // ["victimRef"]
 * notificationChecks.headquartersNotified(context, { type: "HEADQUARTERS_MONITORING_RECORDED", at: "2018-06-30", milestone: "referral" }, undefined)?.path; // ["context", "headquarters", "notifiedOn"]
 */
export const notificationChecks = {
  headquartersNotYetNotified,
  headquartersNotified,
  departmentOfManagementOutstanding,
  victimKnown,
};
