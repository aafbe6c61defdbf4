import type { ActionPlanPillar } from "../schema";

// Transcription conventions: see prevention.ts.

const A71_818 = "A/71/818 - Secretary-General's Report on Special measures for protection from sexual exploitation and sexual abuse";
const ST_SGB_2017_2 = "ST/SGB/2017/2 on protection against retaliation for reporting misconduct and for cooperation against duly authorized audits or investigations";

/**
 * Enforcement pillar of the MINUSCA SEA action plan 2018-2019 (goals 1-5). AP-MATRIX.
 *
 * @category Action plan
 * @example
 * minuscaEnforcement.goals.find((g) => g.number === 3)?.activities.at(-1)?.id; // "E3.e"
 */
export const minuscaEnforcement: ActionPlanPillar = {
  id: "enforcement",
  title: "Enforcement",
  // The heading overprints the pillar's name on its objective ("Enhance the Enforcement e reporting, and
  // accountability yA – ending impunity"): "th…e" is read as "the" and "yA" as noise; no word is added.
  objective: "Enhance the reporting, and accountability – ending impunity.",
  goals: [
    {
      number: 1,
      title: "Strengthen internal reporting mechanisms.",
      // The plan writes "ST/SBG/2017/2", a slip for ST/SGB/2017/2 (listed correctly in its section D).
      references: [
        "Paragraph 13.2 of the Policy on Accountability for Conduct and Discipline in the Field Missions",
        `Paragraphs 39 to 51 of ${A71_818}`,
        ST_SGB_2017_2,
      ],
      activities: [
        { id: "E1.a", text: "Develop and disseminate an SOP on reporting and handling misconduct, including SEA, across the mission." },
        { id: "E1.b", text: "Organize familiarization sessions on the SOP for all mission component, in order to clarify roles, responsibilities and channels." },
        {
          id: "E1.c",
          // The address is kept as printed.
          text: "Disseminate and promote the use of established reporting mechanisms, including; the hotline 4044, 4445, and email (muniscademasea@un.org) across the mission, the UN family and the community.",
        },
        { id: "E1.d", text: "Encourage all staff to report cases of sexual exploitation and abuse, and reassure them of their protection." },
        // The activity is cut after "duly" (printed "duly)"): the rest is lost, not completed from the
        // bulletin's title. The symbol is kept as printed, with the slip noted above.
        {
          id: "E1.e",
          text: "Broadcast of ST/SBG/2017/2 - on protection against retaliation for reporting misconduct and for cooperation against duly …",
          illegible: true,
        },
      ],
      expectedResults: [
        { id: "E1.i", text: "Safe and confidential reporting mechanisms are provided to complainants and victims." },
        { id: "E1.ii", text: "Established reporting mechanisms, including; the hotline 4044, 4445, and email (muniscademasea@un.org) used regularly." },
        { id: "E1.iii", text: "Greater coherence, more effective action and better response to SEA." },
        { id: "E1.iv", text: "Enhanced reporting, immediate processing, resulting in timely investigation of SEA allegations." },
      ],
      partners: {
        leading: [],
        implementing: [
          "All staff, including managers",
          "CBCM",
          "CAS through CLAs",
          "CDT",
          "OCOS",
          "OIOS",
          "IRT",
          "OFC",
          "OPC",
          "HROs",
          "CPOs",
          "Service providers, through GBV working group",
        ],
      },
      status: "Continuing",
    },
    {
      number: 2,
      title: "Establish a SEA Immediate Response Team (IRT).",
      references: ["Paragraph 3(iv) of CC#1474"],
      activities: [
        // Kept as printed, HRD twice; result (i) has HR in the second place (see the `irtRequiredUnits` parameter).
        { id: "E2.a", text: "Establish IRT with members from HRD, CRSV, HRD, CP, UNPOL, Force." },
        { id: "E2.b", text: "Deploy the IRT to support efforts in collecting and preserving material evidence pending investigations." },
        { id: "E2.c", text: "Train the Immediate Response Team (IRT) on collection and preservation of material evidence, conducting interviews, etc. (see also section 2)." },
      ],
      expectedResults: [
        { id: "E2.i", text: "A fully competent IRT established and membership maintained (members: HRD, CRSV, HR, CP, UNPOL, Force)." },
        { id: "E2.ii", text: "IRT members' capacity enhanced on how to gather and preserve evidence of SEA, pending the initiation of an investigations." },
        { id: "E2.iii", text: "Evidence adequately collected and preserved, pending investigations." },
      ],
      // The "✓" printed beside partners in this pillar are the column's bullets, not a status.
      partners: { leading: [], implementing: ["OIOS", "HR", "CRSV", "HRD", "CP", "UNPOL", "Force", "Security", "etc."] },
    },
    {
      number: 3,
      title: "Enhance case management processes.",
      references: [`Paragraph 45 of ${A71_818}`, "Annex 1 to A/71/818 – par. 14"],
      activities: [
        { id: "E3.a", text: "Timely assessment and referral of allegations, for investigation." },
        { id: "E3.b", text: "Review investigation reports and make recommendations in a timely manner." },
        { id: "E3.c", text: "Conduct quality assurance and address all pending cases, with focus on SEA." },
        { id: "E3.d", text: "Update the MTS on a regular basis." },
        { id: "E3.e", text: "Hold bi-weekly meetings between CDT, OIOS and SIU to review progress of SEA related investigations." },
      ],
      expectedResults: [
        { id: "E3.i", text: "Compliance with the timelines as per relevant advisories and guidance documents on SEA." },
        { id: "E3.ii", text: "Ensure accountability for victims, through timely processing of their complaints." },
        { id: "E3.iii", text: "Comprehensive case management." },
      ],
      // The column marks CDT with "- coordination"; the other entries are investigating routes by personnel type.
      partners: {
        leading: ["CDT"],
        implementing: [
          "TCC/OFC",
          "PCC/OPC",
          "TCC/OIOS",
          "Mission Elements – Fact finding/pres. evidence (HoM through CoS informed)",
          "Non-UN forces: Nat Aut",
          "Non-UN forces: Host Country",
          "Non-UN forces: OHCHR",
          // The column's last line is garbled past reading ("arrian, france community france and").
          "…",
        ],
        illegible: true,
      },
    },
    {
      number: 4,
      title: "Strengthen accountability on addressing SEA at the mission level.",
      references: [
        `Paragraph 59 (xxiii) of ${A71_818}`,
        "Accountability for Conduct and Discipline in the Field Mission, approved by USG/DPA, USG/DFS, on 1 August 2015",
        // Cut after "International NGOs"; completed from the same document's entry in the plan's own
        // section D, so every word is the plan's.
        "Protocol for Information Sharing & Reporting Allegations of Sexual Exploitation and Abuse (SEA) between MINUSCA, UN Agencies, International NGOs and Local Partners of March 2018",
      ],
      activities: [
        { id: "E4.a", text: "CDT ensures full implementation of the SEA Action Plan through effective coordination of efforts across the mission." },
        {
          id: "E4.b",
          text: "Follow up on the implementation of recommendations from investigations to ensure administrative and disciplinary sanction, including interim measures are effected.",
        },
      ],
      expectedResults: [
        { id: "E4.i", text: "Timely information sharing and effective response to allegations of SEA by all categories on UN personnel." },
        { id: "E4.ii", text: "Action taken on every SEA allegation, adequately recorded." },
        { id: "E4.iii", text: "Victims timely informed of the status of investigations." },
      ],
      partners: {
        leading: [],
        implementing: [
          "All principals, managers, supervisors",
          "CDT",
          "HRD",
          "OIOS",
          "O/FC",
          "O/PC",
          "SIU",
          "UNV support",
          "UN agencies",
          "International NGOs",
          "Local partners",
        ],
      },
    },
    {
      number: 5,
      title: "Ensure commitment by all managers and supervisors to all efforts by the Mission to prevent and respond to SEA.",
      references: [],
      activities: [
        { id: "E5.a", text: "Develop a pledge on preventing and addressing Sexual Exploitation and Abuse (SEA) to be signed by all heads of offices and supervisors." },
        { id: "E5.b", text: "Disseminate the pledge and ensure compliance by all." },
        { id: "E5.c", text: "Organize a signing ceremony of the pledge by all managers/supervisors." },
        { id: "E5.d", text: "Support compliance by principals, managers and supervisors, with compacts or pledges on preventing and responding to SEA." },
        { id: "E5.e", text: "Facilitate the collection of biological samples for DNA testing for resolution of possible paternity claims." },
        { id: "E5.f", text: "Support efforts by service providers to access the Trust Fund." },
        { id: "E5.g", text: "Ensure adequate protection of complainant/alleged victims and or victims." },
        { id: "E5.h", text: "Improve the referral of alleged victim(s) or complainant(s) to service providers." },
        { id: "E5.i", text: "Map existing services and ensure advocacy to address the gaps." },
        { id: "E5.j", text: "Develop and maintain a service tracking table." },
      ],
      expectedResults: [
        {
          id: "E5.i",
          text: "Through pledges all supervisors and managers, including chiefs of sections and Heads of Office, commit to preventing and responding to SEA, and to supporting Mission's efforts in this regard.",
        },
        { id: "E5.ii", text: "Pledge is made one of the goals in supervisors and managers' e-pas work plans." },
      ],
      partners: { leading: [], implementing: ["All supervisors and managers, including Chiefs of sections and heads of Office, in HQ and in the Field"] },
    },
  ],
};
