import type { ActionPlanPillar } from "../schema";

// Transcription conventions: see prevention.ts.

/**
 * Remedial actions pillar of the MINUSCA SEA action plan 2018-2019 (goal 1). AP-MATRIX.
 *
 * @category Action plan
 * @example
 * minuscaRemedial.goals[0]?.activities.length; // 4
 */
export const minuscaRemedial: ActionPlanPillar = {
  id: "remedial",
  title: "Remedial Actions",
  objective: "Ensure the provision of assistance to individuals with needs directly arising from an incident of SEA; medical, psychosocial, legal, and redress.",
  goals: [
    {
      number: 1,
      // The title is cut after "victim-centered"; the rest is lost.
      title: "Design a victim-centered …",
      titleIllegible: true,
      references: ["Paragraphs 27 and 32 of A/71/818 - Secretary-General's Report on Special measures for protection from sexual exploitation and sexual abuse"],
      activities: [
        {
          id: "R1.a",
          text: "In coordination with VRA, organize monthly meetings between CDT and UNCT, service providers to reiterate the importance of service provision for victims of SEA.",
        },
        { id: "R1.b", text: "Implement the Victim's Assistance Protocol." },
        { id: "R1.c", text: "Ensure referral for emergency or general medical assistance, psychosocial, and/or, or legal services." },
        { id: "R1.d", text: "Facilitate paternity claims or make referral of complainants to a Member State for Paternity claim through DFS." },
      ],
      // Expected result (i) is illegible in the source (", ,"): kept as an entry marked illegible, not invented, not dropped.
      expectedResults: [
        { id: "R1.i", text: "[illegible in the source]", illegible: true },
        { id: "R1.ii", text: "Victims access adequate services in a timely manner." },
        { id: "R1.iii", text: "Effective advocacy for services by the VRA." },
      ],
      partners: {
        leading: [],
        implementing: ["VRA", "CDT", "OIOS", "HOM (with regards to communication with DFS/CDU)", "GBV working group", "UNICEF", "UNFPA"],
      },
      status: "Ongoing",
    },
  ],
};
