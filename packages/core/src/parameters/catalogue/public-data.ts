import { z } from "zod";
import { cite } from "../citation";
import { defineParameter } from "../types";

/**
 * Parameters of the data the kit prepares for publication (the UN's public SEA data views).
 *
 * @category Parameters
 * @example
 * publicDataParameters.publicDataMinimumCellSize.values[0]?.value; // 5
 */
export const publicDataParameters = {
  publicDataMinimumCellSize: defineParameter({
    title: "Public data: smallest count shown",
    description:
      "In a public output, a count from 1 to one below this value is shown as `<N` (small-cell suppression), and further cells are suppressed so that no total gives it back. Internal outputs always show exact counts.",
    schema: z.number().int().min(2).max(100),
    values: [
      {
        value: 5,
        effectiveFrom: "2017-02-28",
        citation: cite("A/71/818", "transparency and reporting on allegations", { verify: true }),
        note: "The UN's published tables give exact counts; 5 is the kit's disclosure-control default for a mission publishing its own figures, for a host to overlay.",
      },
    ],
  }),
};
