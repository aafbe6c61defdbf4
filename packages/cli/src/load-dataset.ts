import type { ParameterSet } from "@psea/core";
import { createParameterSet } from "@psea/core/parameters";
import type { CommandArgs } from "./commands/command";
import { stringOption } from "./commands/command";
import { personnelFromCsv, readJson, readText, trainingFromCsv, withCsvSections, type InputProblem } from "./input";
import type { CliIo } from "./io";

/**
 * A dataset as the commands read it: the JSON file (or standard input), with the CSV sections
 * (`--personnel`, `--training`) merged in, and the parameter overlay (`--parameters`); or every
 * problem found on the way.
 *
 * @category CLI
 * @example
 * const loaded: LoadedDataset = { ok: true, dataset: { mission: {} }, issues: [] };
 */
export type LoadedDataset =
  | { readonly ok: true; readonly dataset: unknown; readonly parameters?: ParameterSet; readonly issues: readonly [] }
  | { readonly ok: false; readonly dataset?: unknown; readonly issues: readonly InputProblem[] };

/**
 * The options every command that reads a dataset takes besides `--as-of`.
 *
 * @category CLI
 * @example
 * Object.keys(datasetOptions); // ["parameters", "personnel", "training"]
 */
export const datasetOptions = {
  parameters: { type: "string", short: "p", valueName: "overlay.json" },
  personnel: { type: "string", valueName: "personnel.csv" },
  training: { type: "string", valueName: "training.csv" },
} as const;

/**
 * Reads a dataset file (or `-`), its CSV sections and its parameter overlay, collecting every
 * problem (no message quotes the input's text).
 *
 * @category CLI
 * @example
 * const io: CliIo = { readFile: () => '{"mission": {}}', stdout: () => {}, stderr: () => {}, now: () => new Date(0) };
 * const loaded = loadDataset(io, "m.json", {});
 * loaded instanceof Promise; // true: it resolves to { ok: true, dataset: { mission: {} }, issues: [] }
 */
export async function loadDataset(io: CliIo, file: string, values: CommandArgs["values"]): Promise<LoadedDataset> {
  const issues: InputProblem[] = [];
  const read = await readJson(io, file, "dataset");
  if (!read.ok) issues.push(read.issue);
  const sections: { personnel?: unknown; training?: unknown } = {};
  for (const [option, parse] of [
    ["personnel", personnelFromCsv],
    ["training", trainingFromCsv],
  ] as const) {
    const csvFile = stringOption(values, option);
    if (csvFile === undefined) continue;
    const name = `the --${option} file`;
    const text = await readText(io, csvFile, "dataset", name);
    const parsed = text.ok ? parse(text.value as string, name) : text;
    if (parsed.ok) sections[option] = parsed.value;
    else issues.push(parsed.issue);
  }
  let parameters: ParameterSet | undefined;
  const overlayFile = stringOption(values, "parameters");
  if (overlayFile !== undefined) {
    const overlay = await readJson(io, overlayFile, "parameters", "the --parameters file");
    if (!overlay.ok) issues.push(overlay.issue);
    else {
      const set = createParameterSet(overlay.value);
      if (set.ok) parameters = set.value;
      else issues.push(...set.issues.map((i) => ({ input: "parameters" as const, path: i.path, code: i.code, message: i.message })));
    }
  }
  if (!read.ok) return { ok: false, issues };
  const merged = withCsvSections(read.value, sections);
  if (!merged.ok) return { ok: false, dataset: read.value, issues: [...issues, ...merged.issues] };
  if (issues.length > 0) return { ok: false, dataset: merged.value, issues };
  return { ok: true, dataset: merged.value, ...(parameters ? { parameters } : {}), issues: [] };
}
