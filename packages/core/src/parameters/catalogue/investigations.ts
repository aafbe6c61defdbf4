import { IsoDuration } from "../../time/duration";
import { cite } from "../citation";
import { defineParameter } from "../types";

/** Parameters on investigation timelines and the duties around them. @category Parameters */
export const investigationParameters = {
  investigationTimeline: defineParameter({
    title: "Investigation timeline",
    description: "An SEA investigation is concluded within this period of its referral.",
    schema: IsoDuration,
    values: [
      { value: "P6M", effectiveFrom: "2016-06-30", citation: cite("CC-1474", "measure (7), compliance with a 6-month SEA investigations timeline") },
    ],
  }),
  urgentInvestigationTimeline: defineParameter({
    title: "Urgent investigation timeline",
    description: "The most urgent SEA investigations are concluded within this period of their referral.",
    schema: IsoDuration,
    values: [{ value: "P3M", effectiveFrom: "2015-02-13", citation: cite("A/69/779", "investigation timelines", { verify: true }) }],
  }),
};
