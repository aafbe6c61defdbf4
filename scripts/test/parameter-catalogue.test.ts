import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderParameterCatalogue } from "../parameter-catalogue";

describe("docs/parameter-catalogue.md", () => {
  it("matches the parameters in the code (run `pnpm run docs:parameters` after changing one)", () => {
    const committed = readFileSync(join(import.meta.dirname, "../../docs/parameter-catalogue.md"), "utf8");
    expect(committed).toBe(renderParameterCatalogue());
  });
});
