// Writes a generated mission of argv[2] personnel to the file argv[3], in chunks (a million
// personnel is too long for one string), for the parts that read a dataset file.
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { generateMission } from "@psea/fixtures";
import { jsonChunks, writeChunks } from "@psea/reports";
import { report } from "../lib/measure";

const personnel = Number(process.argv[2]);
const file = process.argv[3]!;
const stream = createWriteStream(file, { encoding: "utf8" });
await writeChunks(jsonChunks(generateMission({ seed: 2018, personnel, asOf: "2019-06-30", violations: "some" }), { indent: 0 }), stream);
stream.end();
await finished(stream);
report({ personnel, file });
