import { describe, expect, it } from "vitest";
import { kitCadenceIds, MissionDataset, recordSchemas, toJsonSchema, type RecordSchemaName } from "../../src";
import { compliantDataset } from "@psea/test-support";

/** Every property of a JSON Schema, at any depth, that carries no description, as a path. */
function undescribedProperties(node: unknown, path = "#"): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => undescribedProperties(n, `${path}/${i}`));
  if (node === null || typeof node !== "object") return [];
  const o = node as Record<string, unknown>;
  const own =
    o["properties"] !== null && typeof o["properties"] === "object"
      ? Object.entries(o["properties"] as Record<string, unknown>)
          .filter(([, v]) => typeof (v as { description?: unknown } | null)?.description !== "string" || (v as { description: string }).description.trim() === "")
          .map(([k]) => `${path}/properties/${k}`)
      : [];
  return [...own, ...Object.entries(o).flatMap(([k, v]) => undescribedProperties(v, `${path}/${k}`))];
}

describe("JSON Schema export", () => {
  it("exports every record schema as a draft 2020-12 JSON Schema", () => {
    for (const name of Object.keys(recordSchemas) as RecordSchemaName[]) {
      const s = toJsonSchema(name);
      expect(s["$schema"], name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(s["type"], name).toBe("object");
      expect(s["title"]).toBe(name);
    }
  });

  it("gives every property of every record schema a description, at any depth", () => {
    const missing = (Object.keys(recordSchemas) as RecordSchemaName[]).flatMap((name) => undescribedProperties(toJsonSchema(name), name));
    expect(missing).toEqual([]);
  });

  it("the walker finds a property without a description", () => {
    expect(undescribedProperties({ properties: { a: { description: "x" }, b: { type: "object", properties: { c: {} } } } })).toEqual(["#/properties/b", "#/properties/b/properties/c"]);
  });

  it("names every cadence id and what mission.actionPlanStart drives in the schema", () => {
    const text = JSON.stringify(toJsonSchema("mission-dataset"));
    for (const id of kitCadenceIds) expect(text).toContain(id);
    const mission = toJsonSchema("mission") as { properties: { actionPlanStart: { description: string } } };
    expect(mission.properties.actionPlanStart.description).toMatch(/cadence/);
  });

  it("describes the dataset's required mission and the victim age states", () => {
    const s = toJsonSchema("mission-dataset") as { required?: string[] };
    expect(s.required).toEqual(["mission"]);
    expect(JSON.stringify(toJsonSchema("allegation"))).toContain('"unknown"');
  });

  it("the test dataset parses, and parsing does not mutate it", () => {
    const d = compliantDataset();
    const before = JSON.stringify(d);
    expect(MissionDataset.safeParse(d).success).toBe(true);
    expect(JSON.stringify(d)).toBe(before);
  });
});
