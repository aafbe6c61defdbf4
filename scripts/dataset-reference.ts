// Renders the integrator's reference of the mission dataset from the code: every field with its
// description (from the JSON Schema `psea schema` prints), which ids refer to which records and whether
// a dangling one is an input issue, every cadence id, and what `mission.actionPlanStart` drives.
// `pnpm run docs:reference` writes docs/dataset-reference.md and docs/dataset.schema.json; a test keeps
// both in step with the code.
import { formatCitation, kitCadenceIds } from "@psea/core";
import { defaultParameters, type DatedValue } from "@psea/core/parameters";
import { cadenceCatalogue, cadenceRuleId } from "@psea/core/cadences";
import { datasetJsonSchema } from "@psea/cli";

type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  default?: unknown;
};

/**
 * A reference from one field to the records it names: where it is, what it names, and what
 * `psea validate` makes of an id that names no such record.
 */
export interface DatasetReference {
  /** The referring field, in the path notation of the field table. */
  readonly from: string;
  /** What it names. */
  readonly to: string;
  /** The input issue code a dangling id gives, or `null` when it is not an input issue. */
  readonly issue: "unknown-reference" | "unknown-cadence" | null;
  /** What happens instead, for a reference that is not checked at the door. */
  readonly note?: string;
}

/** Every reference between the records of a mission dataset. A test plants a dangling id in each and checks `issue`. */
export const datasetReferences: readonly DatasetReference[] = [
  { from: "personnel[].officeId", to: "offices[].id", issue: "unknown-reference" },
  { from: "roster.focalPoint.personnelId", to: "personnel[].id", issue: "unknown-reference" },
  { from: "roster.alternate.personnelId", to: "personnel[].id", issue: "unknown-reference" },
  { from: "roster.fieldFocalPoints[].personnelId", to: "personnel[].id", issue: "unknown-reference" },
  { from: "roster.fieldFocalPoints[].officeId", to: "offices[].id", issue: "unknown-reference" },
  { from: "allegations[].intake.channelId", to: "mission.reportingChannels[].id", issue: "unknown-reference" },
  {
    from: "allegations[].subjects[].personnelId",
    to: "personnel[].id",
    issue: "unknown-reference",
    note: "Never given for a subject of category `non-un-force`: a member of a non-UN force is never mission personnel, and a personnelId there is a `non-un-force-personnel-id` input issue.",
  },
  { from: "immediateResponseTeam.members[].personnelId", to: "personnel[].id", issue: "unknown-reference" },
  { from: "concerns[].personnelId", to: "personnel[].id", issue: "unknown-reference" },
  { from: "discretionDecisions[].allegationId", to: "allegations[].id", issue: "unknown-reference" },
  { from: "discretionDecisions[].decidedBy", to: "personnel[].id", issue: "unknown-reference" },
  { from: "cadenceOccurrences[].cadenceId", to: "the kit's cadence ids (kitCadenceIds, listed below)", issue: "unknown-cadence" },
  { from: "camps[].officeId", to: "offices[].id", issue: "unknown-reference" },
  { from: "campAssessments[].campId", to: "camps[].id", issue: "unknown-reference" },
  { from: "riskRegister[].campId", to: "camps[].id", issue: "unknown-reference" },
  { from: "riskRegister[].officeId", to: "offices[].id", issue: "unknown-reference" },
  { from: "jointPatrols[].campIds[]", to: "camps[].id", issue: "unknown-reference" },
  { from: "partnerAssessments[].agreementIds[]", to: "partnerAgreements[].id", issue: "unknown-reference" },
  {
    from: "discretionDecisions[].victimRef",
    to: "allegations[].victims[].ref of the decision's allegation",
    issue: null,
    note: "A decision naming no victim of its allegation is a finding of the SGB 4.5 conditions rule, and lowers no finding: the SGB 4.5 exception never applies without a decision for that victim.",
  },
  { from: "allegations[].actions[].subjectRef", to: "allegations[].subjects[].ref of the same allegation", issue: "unknown-reference" },
  { from: "allegations[].paternityClaims[].subjectRef", to: "allegations[].subjects[].ref of the same allegation", issue: "unknown-reference" },
  { from: "allegations[].victims[].marriageToSubject.subjectRef", to: "allegations[].subjects[].ref of the same allegation", issue: "unknown-reference" },
  { from: "concerns[].allegationId", to: "allegations[].id", issue: "unknown-reference" },
  { from: "concerns[].channelId", to: "mission.reportingChannels[].id", issue: null, note: "A channel that is not one of the mission's is a finding of the SGB 3.2(e) rule (not reported through an established channel), not an input issue." },
  { from: "mission.headOfMission.personnelId", to: "personnel[].id", issue: null, note: "Not read by a rule." },
  { from: "mission.residentCoordinator.personnelId", to: "personnel[].id", issue: null, note: "Not read by a rule." },
  { from: "personnel[].trainings[].courseId", to: "the course ids of the `trainingCourses` parameter", issue: null, note: "A session of a course the parameter does not list counts towards no required course." },
  { from: "complaintMechanisms[].region", to: "offices[].region (by value)", issue: null, note: "The coverage rule (AP-P5) looks for a mechanism in each region an office is in; one in a region no office is in covers none." },
  { from: "riskRegister[].owner", to: "personnel[].id", issue: null, note: "An owner who is not personnel on strength is a finding of the risk-ownership rule (SGB 3.2(f)), not an input issue." },
  { from: "campAssessments[].assessedBy", to: "personnel[].id", issue: null, note: "Not read by a rule." },
  { from: "campAssessments[].riskIds[]", to: "riskRegister[].id", issue: null, note: "Not read by a rule." },
];

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

function typeOf(s: JsonSchema): string {
  if (s.const !== undefined) return `\`${show(s.const)}\``;
  if (s.enum) return s.enum.map((e) => `\`${show(e)}\``).join(", ");
  const forms = s.oneOf ?? s.anyOf;
  if (forms) return `one of ${forms.length} forms`;
  if (s.type === "array") return `array of ${s.items ? typeOf(s.items) : "anything"}`;
  if (s.type === "string" && s.format === "date") return "date (YYYY-MM-DD)";
  if (s.type === "object" && s.propertyNames?.enum) return `object keyed by ${s.propertyNames.enum.length} names`;
  return Array.isArray(s.type) ? s.type.join(" or ") : (s.type ?? "any");
}

interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly default: unknown;
  readonly description: string;
}

function fieldRows(schema: JsonSchema, prefix: string, rows: FieldRow[]): FieldRow[] {
  const required = new Set(schema.required ?? []);
  for (const [key, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${key}`;
    rows.push({ path, type: typeOf(field), required: required.has(key), default: field.default, description: field.description ?? "" });
    nested(field, path, rows);
  }
  return rows;
}

function nested(field: JsonSchema, path: string, rows: FieldRow[]): void {
  if (field.properties) fieldRows(field, `${path}.`, rows);
  if (field.items) nested(field.items, `${path}[]`, rows);
  if (typeof field.additionalProperties === "object") nested(field.additionalProperties, `${path}.<key>`, rows);
  for (const form of field.oneOf ?? field.anyOf ?? []) {
    const kind = form.properties?.["kind"]?.const;
    nested(form, kind === undefined ? path : `${path}{kind=${show(kind)}}`, rows);
  }
}

/** Every field of the whole dataset `psea validate` reads, in the order of the JSON Schema. */
export function datasetFields(): FieldRow[] {
  return fieldRows(datasetJsonSchema("mission-dataset") as JsonSchema, "", []);
}

function currentValue(id: string): string {
  const def = (defaultParameters as Record<string, { values: readonly DatedValue<unknown>[] }>)[id];
  const last = def?.values[def.values.length - 1];
  return last ? `${show(last.value)} from ${last.effectiveFrom}` : "";
}

/** The reference, as Markdown. */
export function renderDatasetReference(): string {
  const fields = datasetFields();
  const actionPlanStart = fields.find((f) => f.path === "mission.actionPlanStart");
  const lines = [
    "# Mission dataset reference",
    "",
    "Generated from the schemas and the cadence catalogue by `pnpm run docs:reference`; do not edit by hand.",
    "The same schema, as JSON Schema (draft 2020-12), is [dataset.schema.json](dataset.schema.json); `psea schema [name]`",
    "prints it, or the schema of one record. `psea validate` reads this document and reports every input issue with",
    "its path and code before any rule runs.",
    "",
    "- [Fields](#fields)",
    "- [References between records](#references-between-records)",
    "- [Cadence ids](#cadence-ids)",
    "- [What `mission.actionPlanStart` drives](#what-missionactionplanstart-drives)",
    "- [Derived classification of an allegation](#derived-classification-of-an-allegation)",
    "- The fact keys each rule puts in its findings: [rule-facts.md](rule-facts.md)",
    "",
    "## Fields",
    "",
    "`[]` is an item of a list, `<key>` a key of a keyed object, `{kind=…}` one form of a field with several forms.",
    "",
    "| field | type | required | default | description |",
    "| --- | --- | --- | --- | --- |",
    ...fields.map(
      (f) => `| \`${f.path}\` | ${cell(f.type)} | ${f.required ? "yes" : ""} | ${f.default === undefined ? "" : `\`${cell(show(f.default))}\``} | ${cell(f.description)} |`,
    ),
    "",
    "## References between records",
    "",
    "The ids of offices, personnel, partner agreements, communications, allegations, complaint mechanisms and of",
    "the risk and partner sections are unique within their section (`duplicate-id`). A field that refers to another",
    "record is checked when the dataset is read: a dangling id is the input issue shown, at the referring field's",
    "path. The references marked \"not an input issue\" are read as they are; the notes say what a dangling one does.",
    "",
    "| field | refers to | a dangling id is | notes |",
    "| --- | --- | --- | --- |",
    ...datasetReferences.map((r) => `| \`${r.from}\` | \`${cell(r.to)}\` | ${r.issue ? `\`${r.issue}\`` : "not an input issue"} | ${cell(r.note ?? "")} |`),
    "",
    "## Cadence ids",
    "",
    "`cadenceOccurrences[].cadenceId` names one of these (`kitCadenceIds`); any other id is an `unknown-cadence` input",
    "issue. Each cadence is checked by the rule `cadence.<id>`, from `mission.actionPlanStart`. A periodic cadence",
    "needs an occurrence in every period (and, where a languages parameter is named, in each of its languages); a",
    "per-event cadence needs the named flag on every occurrence.",
    "",
    "| cadence id | title | kind | period or flag | languages | obligations | citation |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...kitCadenceIds.map((id) => {
      const c = cadenceCatalogue.find((x) => x.id === id);
      if (!c) return `| \`${id}\` | | | | | | |`;
      const what = c.kind === "periodic" ? `\`${c.periodParameter}\` (${currentValue(c.periodParameter)})` : `\`${c.requires}\``;
      const languages = c.kind === "periodic" && c.languagesParameter ? `\`${c.languagesParameter}\` (${cell(currentValue(c.languagesParameter))})` : "";
      return `| \`${id}\` | ${cell(c.title)} | ${c.kind} | ${what} | ${languages} | ${c.obligations.join(", ")} | ${cell(formatCitation(c.citation))} |`;
    }),
    "",
    "## What mission.actionPlanStart drives",
    "",
    cell(actionPlanStart?.description ?? ""),
    "",
    "The rules that read it, one per cadence above:",
    "",
    ...cadenceCatalogue.map((c) =>
      c.kind === "periodic"
        ? `- \`${cadenceRuleId(c)}\`: one violation per window from this date to the date of the check that ended with no occurrence (or none in a required language); the windows are laid out under \`${c.periodParameter}\` as in force on each window's first day.`
        : `- \`${cadenceRuleId(c)}\`: one violation per occurrence dated from this date to the date of the check that does not record \`${c.requires}\`.`,
    ),
    "",
    "Without it, each of these rules reports one notice (\"not scheduled\", path `mission.actionPlanStart`) and checks",
    "no window. No other rule, deadline or report reads it.",
    "",
    "## Derived classification of an allegation",
    "",
    "The nature (sexual exploitation or sexual abuse) and type of every allegation are derived from",
    "`allegations[].conduct` and its victims' ages (SGB section 1), whether or not `allegations[].recorded` holds",
    "one. `psea validate` prints them after its findings (`classifications` in its JSON: `kind`, `nature`, `type`,",
    "`child`, `basis`, `reason`, `recordedNature`, `recordedType`, `agrees`); `deriveClassifications` of `@psea/core`",
    "gives them to a host. The kinds are `classified`, `discouraged-relationship` (a consensual relationship with an",
    "adult beneficiary, a SGB 3.2(d) matter under `adultBeneficiaryRelationshipClassification`) and `undetermined`.",
    "A recorded classification that disagrees is a warning of `sgb.1.recorded-classification`; an undetermined one",
    "is a notice of the same rule.",
  ];
  return `${lines.join("\n")}\n`;
}

/** The JSON Schema of the whole dataset, as docs/dataset.schema.json holds it. */
export function renderDatasetSchema(): string {
  return `${JSON.stringify(datasetJsonSchema("mission-dataset"), null, 2)}\n`;
}
