import { z } from "zod";
import { Allegation, ConcernRecord, DiscretionDecision } from "./allegation";
import { CadenceOccurrence } from "./cadence-occurrence";
import { Communication } from "./communication";
import { ComplaintMechanism } from "./complaint-mechanism";
import { MissionDatasetShape } from "./dataset";
import { FocalPointRoster } from "./focal-point-roster";
import { Mission } from "./mission";
import { Office } from "./office";
import { PartnerAgreement } from "./partner-agreement";
import { Personnel } from "./personnel";

/**
 * Every record schema by name, for hosts that validate without TypeScript.
 *
 * @category Vocabulary
 * @example
 * Object.keys(recordSchemas).includes("allegation"); // true
 */
export const recordSchemas = {
  "mission-dataset": MissionDatasetShape,
  mission: Mission,
  office: Office,
  personnel: Personnel,
  "focal-point-roster": FocalPointRoster,
  "partner-agreement": PartnerAgreement,
  communication: Communication,
  allegation: Allegation,
  concern: ConcernRecord,
  "discretion-decision": DiscretionDecision,
  "cadence-occurrence": CadenceOccurrence,
  "complaint-mechanism": ComplaintMechanism,
} as const;

/**
 * The name of an exported record schema. @category Vocabulary
 * @example
 * const recordSchemaName: RecordSchemaName = "mission";
 */
export type RecordSchemaName = keyof typeof recordSchemas;

/**
 * The JSON Schema (draft 2020-12) of a record, describing the accepted input form.
 *
 * @category Vocabulary
 * @example
 * const schema = toJsonSchema("office");
 * schema.type; // "object"
 */
export function toJsonSchema(name: RecordSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(recordSchemas[name], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, $id: `https://psea-policy-kit.dev/schema/${name}.json`, title: name };
}
