import { MissionDatasetShape, recordSchemas } from "@psea/core";
import { PartnerAssessment, PartnerDatasetShape } from "@psea/partners";
import { Camp, CampRiskAssessment, JointPatrol, OffLimitsList, RiskDatasetShape, RiskRegisterEntry } from "@psea/risk";
import { z } from "zod";
import { EXIT } from "../io";
import { printableJson } from "../printable";
import type { Command } from "./command";

/**
 * The schemas `psea schema` prints, by name: the core's records, the records of the risk sections
 * (`@psea/risk`), the partner capacity assessment (`@psea/partners`), and the whole dataset
 * `psea validate` accepts, risk and partner sections included.
 *
 * @category CLI
 * @example
 * Object.keys(datasetSchemas).slice(-6); // ["risk-register-entry", "camp", "camp-risk-assessment", "off-limits-list", "joint-patrol", "partner-assessment"]
 * Object.keys(datasetSchemas["mission-dataset"].shape).includes("offLimitsList"); // true
 * Object.keys(datasetSchemas["mission-dataset"].shape).includes("partnerAssessments"); // true
 */
export const datasetSchemas = {
  ...recordSchemas,
  "mission-dataset": MissionDatasetShape.extend(RiskDatasetShape.shape).extend(PartnerDatasetShape.shape),
  "risk-register-entry": RiskRegisterEntry,
  camp: Camp,
  "camp-risk-assessment": CampRiskAssessment,
  "off-limits-list": OffLimitsList,
  "joint-patrol": JointPatrol,
  "partner-assessment": PartnerAssessment,
} as const;

/**
 * The name of a schema `psea schema` prints.
 *
 * @category CLI
 * @example
 * const name: DatasetSchemaName = "camp";
 */
export type DatasetSchemaName = keyof typeof datasetSchemas;

const names = Object.keys(datasetSchemas) as DatasetSchemaName[];

function isSchemaName(name: string): name is DatasetSchemaName {
  return (names as string[]).includes(name);
}

/**
 * The JSON Schema (draft 2020-12) of a named schema, describing the accepted input form (as
 * `toJsonSchema` of `@psea/core` does for the core's records).
 *
 * @category CLI
 * @example
 * const schema = datasetJsonSchema("mission-dataset");
 * schema.title; // "mission-dataset"
 * Object.keys(schema.properties as object).includes("campAssessments"); // true
 */
export function datasetJsonSchema(name: DatasetSchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchemas[name], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { ...schema, $id: `https://psea-policy-kit.dev/schema/${name}.json`, title: name };
}

/**
 * `psea schema [name]`: the JSON Schema (draft 2020-12) of a record, by default the whole mission
 * dataset with its risk sections.
 *
 * @category CLI
 * @example
 * import { pseaRuleSet } from "@psea/cli";
 * const out: string[] = [];
 * const io: CliIo = { readFile: () => "{}", stdout: (t) => out.push(t), stderr: (t) => out.push(t), now: () => new Date(2018, 5, 30) };
 * // psea schema office
 * schemaCommand.run({ values: {}, positionals: ["office"] }, { io, ruleSet: pseaRuleSet }); // 0
 * const schema = JSON.parse(out.join(""));
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * schema.title; // "office"
 */
export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the JSON Schema of the mission dataset or of one record",
  usage: "psea schema [name]",
  help: [
    "Prints a JSON Schema (draft 2020-12) describing the accepted input form.",
    "",
    `Names: ${names.join(", ")}`,
    "Default: mission-dataset (every section, the risk and partner sections included)",
  ].join("\n"),
  options: {},
  positionals: { min: 0, max: 1 },
  run({ positionals }, { io }) {
    const name = positionals[0] ?? "mission-dataset";
    if (!isSchemaName(name)) {
      io.stderr(`psea schema: no such schema; expected one of: ${names.join(", ")}\n`);
      return EXIT.badInput;
    }
    io.stdout(printableJson(datasetJsonSchema(name)));
    return EXIT.ok;
  },
};
