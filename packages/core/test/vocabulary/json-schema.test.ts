import { describe, expect, it } from "vitest";
import { MissionDataset, recordSchemas, toJsonSchema, type RecordSchemaName } from "../../src";
import { compliantDataset } from "@psea/test-support";

describe("JSON Schema export", () => {
  it("exports every record schema as a draft 2020-12 JSON Schema", () => {
    for (const name of Object.keys(recordSchemas) as RecordSchemaName[]) {
      const s = toJsonSchema(name);
      expect(s["$schema"], name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(s["type"], name).toBe("object");
      expect(s["title"]).toBe(name);
    }
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
