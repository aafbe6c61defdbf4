import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDatasetReference, renderDatasetSchema } from "./dataset-reference";

const docs = join(import.meta.dirname, "../docs");
writeFileSync(join(docs, "dataset-reference.md"), renderDatasetReference());
writeFileSync(join(docs, "dataset.schema.json"), renderDatasetSchema());
