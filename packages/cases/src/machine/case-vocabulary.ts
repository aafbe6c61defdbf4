import { ServiceProviderRecord, SubjectCategory, VictimServiceKind, cite, type Citation } from "@psea/core";
import { z } from "zod";

/**
 * Who an allegation is against: a personnel category of the bulletin, or a member of a non-UN
 * force (reported alongside UN data but outside the UN's disciplinary reach): the same values as
 * core's `SubjectCategory` on allegation records, so a case and its allegation record agree.
 *
 * @category Cases
 * @example
 * CaseSubjectCategory.parse("non-un-force"); // "non-un-force"
 */
export const CaseSubjectCategory = SubjectCategory;
/**
 * @category Cases
 * @example
 * const caseSubjectCategory: CaseSubjectCategory = "civilian-staff";
 */
export type CaseSubjectCategory = z.infer<typeof CaseSubjectCategory>;

/**
 * The body that investigates an allegation.
 *
 * @category Cases
 * @example
 * InvestigatingEntity.parse("troop-contributing-country"); // "troop-contributing-country"
 */
export const InvestigatingEntity = z.enum([
  "oios",
  "troop-contributing-country",
  "police-contributing-country",
  "joint-oios-member-state",
  "mission-investigation-unit",
  "contingent-commander",
  "national-authorities",
  "implementing-partner",
]);
/**
 * @category Cases
 * @example
 * const investigatingEntity: InvestigatingEntity = "oios";
 */
export type InvestigatingEntity = z.infer<typeof InvestigatingEntity>;

/**
 * Entities that are a contributing Member State: referral to them waits for the country's answer.
 *
 * @category Cases
 * @example
 * memberStateEntities.includes("troop-contributing-country"); // true
 */
export const memberStateEntities: readonly InvestigatingEntity[] = ["troop-contributing-country", "police-contributing-country"];

/**
 * Serious misconduct (OIOS category 1, which includes all SEA) or lesser misconduct.
 *
 * @category Cases
 * @example
 * Seriousness.parse("serious"); // "serious"
 */
export const Seriousness = z.enum(["serious", "not-serious"]);
/**
 * @category Cases
 * @example
 * const seriousness: Seriousness = "serious";
 */
export type Seriousness = z.infer<typeof Seriousness>;

/**
 * Services a victim is referred to (action plan, Remedial actions goal 1 (c); material support under
 * the Trust Fund): the core vocabulary's `VictimServiceKind`, so a case and a mission dataset name them alike.
 *
 * @category Cases
 * @example
 * ServiceKind.parse("psychosocial"); // "psychosocial"
 */
export const ServiceKind = VictimServiceKind;
/**
 * @category Cases
 * @example
 * const serviceKind: ServiceKind = "emergency-medical";
 */
export type ServiceKind = z.infer<typeof ServiceKind>;

/**
 * One entry of the mission's service map (action plan, Enforcement goal 5 (i)): a provider and the
 * services it offers; the core vocabulary's `ServiceProviderRecord`, the same record a mission
 * dataset's `serviceProviders` holds. Referrals go only to mapped providers, for services they offer.
 *
 * @category Cases
 * @example
 * ServiceProvider.parse({ id: "SP-1", name: "Clinic", services: ["emergency-medical"] }).services; // ["emergency-medical"]
 */
export const ServiceProvider = ServiceProviderRecord;
/**
 * @category Cases
 * @example
 * const idOf = (serviceProvider: ServiceProvider) => serviceProvider.id;
 */
export type ServiceProvider = z.infer<typeof ServiceProvider>;

/**
 * Units that make up an Immediate Response Team (action plan, Enforcement goal 2 (a)).
 *
 * @category Cases
 * @example
 * ImmediateResponseTeamUnit.parse("child-protection"); // "child-protection"
 */
export const ImmediateResponseTeamUnit = z.enum([
  "human-rights",
  "crsv",
  "human-resources",
  "child-protection",
  "un-police",
  "force",
  "security",
  "oios",
  "other",
]);
/**
 * @category Cases
 * @example
 * const immediateResponseTeamUnit: ImmediateResponseTeamUnit = "other";
 */
export type ImmediateResponseTeamUnit = z.infer<typeof ImmediateResponseTeamUnit>;

/**
 * Personnel whose payments the UN makes through their contributing country, so that payments can be
 * suspended and, once substantiated, withheld and directed to the Trust Fund (A/RES/70/286).
 *
 * @category Cases
 * @example
 * uniformedCategories.includes("formed-police-unit"); // true
 */
export const uniformedCategories: readonly CaseSubjectCategory[] = [
  "military-contingent",
  "military-observer-staff-officer",
  "individual-police",
  "formed-police-unit",
];

/**
 * Whether a category (or `unidentified`, when no subject is recorded) is uniformed personnel.
 *
 * @category Cases
 * @example
 * isUniformed("military-contingent"); // true
 * isUniformed("unidentified"); // false
 */
export function isUniformed(category: string): boolean {
  return (uniformedCategories as readonly string[]).includes(category);
}

/** Why the routes are what they are: the plan's enforcement goal 3 names the investigating entities. */
const routeCitation: Citation = cite("MINUSCA-AP-2018-2019", "Enforcement goal 3 (a), leading implementing partners");

/**
 * The investigating entities open to an allegation, by the subject's personnel category and the
 * seriousness assessed. Typed data, not policy literals in the machine: a host can read it, test it
 * and document it. `unidentified` applies while no subject is recorded.
 *
 * @category Cases
 * @example
 * investigationRoutes["military-contingent"].serious; // ["troop-contributing-country"]
 * investigationRoutes["civilian-staff"]["not-serious"]; // ["mission-investigation-unit"]
 */
export const investigationRoutes: Readonly<
  Record<CaseSubjectCategory | "unidentified", { readonly serious: readonly InvestigatingEntity[]; readonly "not-serious": readonly InvestigatingEntity[]; readonly citation: Citation }>
> = {
  "civilian-staff": { serious: ["oios"], "not-serious": ["mission-investigation-unit"], citation: routeCitation },
  "un-volunteer": { serious: ["oios"], "not-serious": ["mission-investigation-unit"], citation: routeCitation },
  "consultant-contractor": { serious: ["oios"], "not-serious": ["mission-investigation-unit"], citation: routeCitation },
  "military-observer-staff-officer": { serious: ["oios"], "not-serious": ["mission-investigation-unit"], citation: routeCitation },
  "individual-police": { serious: ["oios"], "not-serious": ["mission-investigation-unit"], citation: routeCitation },
  "military-contingent": {
    serious: ["troop-contributing-country"],
    "not-serious": ["contingent-commander"],
    citation: cite("MOU-TCC", "article 7 quater (investigations)", { verify: true }),
  },
  "formed-police-unit": {
    serious: ["police-contributing-country"],
    "not-serious": ["contingent-commander"],
    citation: cite("MOU-TCC", "article 7 quater (investigations), formed police units", { verify: true }),
  },
  "non-un-partner": { serious: ["implementing-partner", "oios"], "not-serious": ["implementing-partner"], citation: cite("ST/SGB/2003/13", "section 6") },
  "non-un-force": { serious: ["national-authorities"], "not-serious": ["national-authorities"], citation: routeCitation },
  unidentified: { serious: ["oios"], "not-serious": ["mission-investigation-unit"], citation: routeCitation },
};
