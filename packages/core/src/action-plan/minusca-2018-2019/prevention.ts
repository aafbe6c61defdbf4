import type { ActionPlanPillar } from "../schema";

// Transcribed from the two-column PDF extraction of the MINUSCA plan (seeds/minusca-sea-action-plan-2018-2019.txt).
// Conventions for the three pillar files:
// - Text is the plan's wording. Extraction noise (duplicated lines, OCR slips such as "Deitarete Auti CEA
//   manage", "massages") is dropped; every other reading is explained beside the item.
// - "…" marks text the extraction lost. Lost words are never restored by analogy or from other parts of the
//   plan: the text keeps the readable words, and the item is marked illegible (`illegible`, `titleIllegible`,
//   `statusIllegible`, `partners.illegible`) so that reports say so beside it.
// - The plan has a single "Leading/implementing partner(s)" column. Partners go to `implementing` unless
//   the column itself marks one as coordinating, which then goes to `leading`.
// - `status` and `comments` are the plan's "Status of implementation / Comments & follow-up" column. The
//   J…D month letters printed in that column are the empty tracking grid, not a status.

/**
 * Prevention pillar of the MINUSCA SEA action plan 2018-2019 (goals 1-6). AP-MATRIX.
 *
 * @category Action plan
 * @example
 * minuscaPrevention.goals.map((g) => g.number); // [1, 2, 3, 4, 5, 6]
 */
export const minuscaPrevention: ActionPlanPillar = {
  id: "prevention",
  title: "Prevention",
  objective: "Establish effective prevention measures to ensure that all MINUSCA personnel maintain the highest standards of conduct and integrity.",
  goals: [
    {
      number: 1,
      title: "Implement an effective SEA Communication and outreach Strategy.",
      references: [
        "Paragraph 2 of DPA CC#1444",
        "Paragraph 23 of A/71/818 - Secretary-General's Report on Special measures for protection from sexual exploitation and sexual abuse",
        "MINUSCA Strategic Communication and Public Information (SCPI) dated 9 May 2017",
        "Paragraph 4 (i-vi) of CC#1444",
      ],
      activities: [
        { id: "P1.a", text: "Review and update SEA communication strategy." },
        { id: "P1.b", text: "Issue broadcasts to reiterate UN zero tolerance policy on SEA, and to sensitize on available channels of reporting." },
        { id: "P1.c", text: "Publish a CDT quarterly newsletter in French and English through which anti SEA messages are issued." },
        { id: "P1.d", text: "Reiterate Anti SEA messages, in every town hall meeting." },
        { id: "P1.e", text: 'Distribute the "no-excuse cards" on SEA to every member of the Force, the police and MINUSCA civilian personnel.' },
        { id: "P1.f", text: "Organize focus group discussions on SEA during field visits by CDT officers." },
        { id: "P1.g", text: "Print and disseminate posters, with messages on SEA." },
        { id: "P1.h", text: "Issue weekly radio broadcasts on SEA, in French and in Sango." },
        { id: "P1.i", text: "Issue anti SEA SMS messages through local mobile providers." },
      ],
      expectedResults: [
        { id: "P1.i", text: "Expected standards of conduct known by MINUSCA, its partners and communities." },
        // The line between "channels" and "by" is blank in the source: a word (a verb) is lost.
        {
          id: "P1.ii",
          text: "Available reporting mechanisms and channels … by MINUSCA, its partners and communities, including the 4044 hotline.",
          illegible: true,
        },
        // Only marks ("/ · · ·", "1 ' '") stand before "every town hall meeting": the start of result (iii),
        // its number included, is lost. Its id follows from its place between results (ii) and (iv).
        { id: "P1.iii", text: "… every town hall meeting in the field and at HQ.", illegible: true },
        // Marks ("1", "•") stand between "well informed on the" and "the mechanisms": a line is lost.
        {
          id: "P1.iv",
          text: "Relevant international and national NGOs and community leaders, well informed on the … the mechanisms and channels of reporting and handling SEA allegations.",
          illegible: true,
        },
        { id: "P1.v", text: "An updated dedicated SEA section maintained on MINUSCA website." },
        // Contradicts activity (c) (quarterly): see the `newsletterPeriod` parameter and its recorded conflict.
        { id: "P1.vi", text: "Monthly CDT newsletter published and distributed electronically and in print form throughout the mission." },
      ],
      partners: {
        leading: [],
        implementing: [
          "Head of Mission",
          "MINUSCA Spokesperson",
          "MINUSCA Strategic Communications and Public Information Division (SCPI)",
          "MINUSCA CDT and UNCT through the UN Communications Group (UNCG)",
        ],
      },
      status: "Ongoing",
      comments: '(See Annexes B and C of CC#1444 "Key messages on SEA for UN Personnel" & "Statement to all UN personnel" to be delivered regularly).',
    },
    {
      number: 2,
      title: "Design and implement a comprehensive training plan which incorporates trends of misconduct, risk areas and personnel at risk.",
      references: [],
      activities: [
        { id: "P2.a", text: "Organize induction training sessions on SEA for new MINUSCA personnel." },
        { id: "P2.b", text: "Organize specific training sessions for Community Liaison Assistants (CLA), Human Rights officers as well as SCPI focal points." },
        {
          id: "P2.c",
          text: "Organize refresher training workshops on the standard of conduct and ST/SGB 2003/13 - Special measures for protection from sexual exploitation and sexual abuse for all current and future MINUSCA personnel.",
        },
        {
          id: "P2.d",
          text: "Establish a system for tracking training, especially those related to prevention of sexual exploitation and sexual abuse, by all staff, to ensure 100% training compliance.",
        },
        { id: "P2.e", text: "Review and update training materials on SEA, including by integrating contents of the FC's non-fraternization policy." },
      ],
      expectedResults: [
        { id: "P2.i", text: "100% MINUSCA personnel trained on SEA." },
        // The extraction cut the line ends: "understar their responsibilities preventing ar responding to
        // misconduction notably SEA". "understar" and "ar" are read as the cut words "understand" and "and";
        // what followed "responsibilities" and "misconduct" is lost.
        { id: "P2.ii", text: "UN personnel understand their responsibilities … preventing and responding to misconduct … notably SEA.", illegible: true },
      ],
      // The partners column reads "… in Programs – [country representative (CR)] – CDT": its beginning is
      // lost. The status column reads "= … of led": only "of led" can be read.
      partners: { leading: [], implementing: ["… in Programs", "Country representative (CR)", "CDT"], illegible: true },
      status: "… of led",
      statusIllegible: true,
    },
    {
      number: 3,
      title: "Establish SEA Task Force.",
      references: ["Paragraph 3(i) of CC#1474"],
      activities: [
        { id: "P3.a", text: "SEA Task Force functions as a broad representative decision making body to discuss trends, policies, on efforts to prevent and address SEA." },
        { id: "P3.b", text: "Disseminate and implement recommendations from SEA task force across the UN system." },
      ],
      expectedResults: [
        // The start of result (i), its number included, is lost: the column begins at "response efforts".
        { id: "P3.i", text: "… response efforts coordinated across the UN in CAR.", illegible: true },
        // Printed "(k)", read as (ii); the rest of the result is lost.
        { id: "P3.ii", text: "Relevant information, …", illegible: true },
      ],
      // The column lists these as the Task Force's members.
      partners: { leading: [], implementing: ["CDT", "MINUSCA leadership", "All Heads of UN agencies"] },
      comments: "Monthly meetings to be held.",
    },
    {
      number: 4,
      title: "Strengthen coordination with Police and Force on SEA.",
      references: ["Paragraph 3(ii) of CC#1474"],
      activities: [
        { id: "P4.a", text: "Hold weekly meeting between CDT and Force Commander to influence decisions, policies on prevention and response to SEA." },
        { id: "P4.b", text: "Hold monthly meetings between CDT and Police Commissioner to influence decisions, policies on prevention and response to SEA." },
        { id: "P4.c", text: "Maintain regular contacts with Police COS and FPM as focal points." },
      ],
      expectedResults: [
        { id: "P4.i", text: "CDT functions as adviser to both FC and PC." },
        { id: "P4.ii", text: "Information shared timely and strategies consulted." },
      ],
      partners: { leading: [], implementing: ["MINUSCA Force and Police"] },
      status: "Ongoing and continuous",
    },
    {
      number: 5,
      title: "Establish SEA Community Based Complaint Mechanisms (CBCM) in all regions.",
      references: ["Paragraph 3(iii) of CC#1474"],
      activities: [
        { id: "P5.a", text: "Create community-based complaint mechanism in every region, with representatives from youth, women, local authorities, local organizations, etc." },
        { id: "P5.b", text: "Organize refresher training for CBCM members on SEA." },
        { id: "P5.c", text: "Train and equip every CBCM (prepaid phones, note books, pens, sensitization materials etc)." },
        { id: "P5.d", text: "Conduct follow up visits by CDT to the work of CBCM members." },
        // Printed "(0)"; read as (e), the letter after (d).
        { id: "P5.e", text: "Use Community Liaison Assistants (CLA) as strategic partners in areas where CBCM are not established." },
      ],
      expectedResults: [
        { id: "P5.i", text: "CBCM functional in every high risk region where MINUSCA is deployed, and provide support to victims." },
        { id: "P5.ii", text: "Regular information flow between CBCM and CDT." },
        { id: "P5.iii", text: "Communities are sensitized on SEA by CBCM members." },
        { id: "P5.iv", text: "Increase in the utilization of reporting mechanisms, including the use of the hotline 4044 by the community." },
      ],
      partners: { leading: [], implementing: ["CBCM", "CLAs", "UN Agencies", "Service providers"] },
      status: "Ongoing and continuous",
    },
    {
      number: 6,
      title:
        "Establish and manage an effective risk management to SEA [SEA as a reputational, health, security, human rights and gender based violence risks].",
      references: [
        "CC#1551 and draft action plan on Sexual Exploitation and Abuse and Risk Management Framework",
        "Paragraphs 23 and 49 of A/71/818 - Secretary-General's Report on Special measures for protection from sexual exploitation and sexual abuse",
      ],
      activities: [
        { id: "P6.a", text: "Disseminate the new SEA risk management toolkit across the mission." },
        { id: "P6.b", text: "Develop and maintain a MINUSCA specific SEA Risk Management Framework and a risk register." },
        { id: "P6.c", text: "Conduct risk management of all MINUSCA camps." },
        { id: "P6.d", text: "Make recommendations on mitigating factors and actions to Mission SEA Emergency action Team." },
        { id: "P6.e", text: "Follow-up on the implementation of recommendations from risk assessments." },
        { id: "P6.f", text: "Hold SEA weekly prevention meetings (led by MINUSCA Force)." },
        { id: "P6.g", text: "Ensure timely information sharing between CDT and all concerned parties." },
        { id: "P6.h", text: "Organize regular joint patrols to risk areas (Police, CDT, Security)." },
        { id: "P6.i", text: "Update the Off Limits list for places out of bound by UN Personnel on a bi-annual basis." },
      ],
      expectedResults: [
        { id: "P6.i", text: "Risk to SEA identified mission-wide, and corrective measures proposed." },
        { id: "P6.ii", text: "Risk assessment recommendations addressed by the SEA Emergency action Team." },
        { id: "P6.iii", text: "Risk register established and maintained." },
        { id: "P6.iv", text: "Joint patrols to risks areas conducted." },
      ],
      partners: {
        leading: [],
        implementing: ["FC", "PC", "MP", "CDT", "HoOs", "UNCT (UNICEF, UNFPA, OCHA, UNHCR, etc)", "HRD", "CP", "CRSV", "Security", "Support", "POC", "Gender", "VRA"],
      },
    },
  ],
};
