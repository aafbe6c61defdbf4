import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDatasetReference, renderDatasetSchema } from "./dataset-reference";
import { renderRuleFacts } from "./rule-facts";

const docs = join(import.meta.dirname, "../docs");
writeFileSync(join(docs, "dataset-reference.md"), renderDatasetReference());
writeFileSync(join(docs, "dataset.schema.json"), renderDatasetSchema());
writeFileSync(join(docs, "rule-facts.md"), renderRuleFacts());
