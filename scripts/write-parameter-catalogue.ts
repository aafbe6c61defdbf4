import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderParameterCatalogue } from "./parameter-catalogue";

writeFileSync(join(import.meta.dirname, "../docs/parameter-catalogue.md"), renderParameterCatalogue());
