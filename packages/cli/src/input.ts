import { parse as parseCsv } from "csv-parse/sync";
import type { CliIo } from "./io";
import { jsonSyntaxError } from "./json-position";

/**
 * A problem reading one input (a dataset, an overlay, a CSV section): a path inside it, a code and
 * a message that never quotes the input's text.
 *
 * @category CLI
 * @example
 * const i: InputProblem = { input: "dataset", path: [], code: "invalid-json", message: "the dataset file is not valid JSON: unexpected character at line 2, column 8" };
 */
export interface InputProblem {
  readonly input: "arguments" | "dataset" | "parameters";
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/**
 * What reading an input gave: its value, or one problem.
 *
 * @category CLI
 * @example
 * const r: InputRead = { ok: true, value: { mission: {} } };
 */
export type InputRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: InputProblem };

/**
 * Text without its leading UTF-8 byte order mark (Windows editors and spreadsheets write one).
 *
 * @category CLI
 * @example
 * stripBom("\uFEFF{}"); // "{}"
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// A file is named by what it holds, never by its path: a path is a received value, and a case file's
// name can hold a person's name.
function sourceName(file: string, name: string): string {
  return file === "-" ? "standard input" : name;
}

/**
 * Reads a file, or standard input when the name is `-`, as UTF-8 text without a byte order mark.
 * A problem names the file by what it holds (`name`, by default "the dataset file"), never by its path.
 *
 * @category CLI
 * @example
 * const io: CliIo = { readFile: () => "\uFEFF{}", stdout: () => {}, stderr: () => {}, now: () => new Date(0) };
 * const text = readText(io, "m.json", "dataset");
 * text instanceof Promise; // true: it resolves to { ok: true, value: "{}" }
 */
export async function readText(io: CliIo, file: string, input: InputProblem["input"], name = `the ${input} file`): Promise<InputRead> {
  try {
    if (file === "-") {
      if (!io.readStdin) return { ok: false, issue: { input, path: [], code: "unreadable-file", message: "cannot read standard input here" } };
      return { ok: true, value: stripBom(await io.readStdin()) };
    }
    return { ok: true, value: stripBom(await io.readFile(file)) };
  } catch (e) {
    // The system's code (ENOENT, EACCES) only: its message repeats the path, and a path can name a person.
    const code = (e as { code?: unknown } | undefined)?.code;
    const reason = typeof code === "string" ? code : (/^E[A-Z]+\b/.exec(e instanceof Error ? e.message : "")?.[0] ?? "unreadable");
    return { ok: false, issue: { input, path: [], code: "unreadable-file", message: `cannot read ${sourceName(file, name)}: ${reason}` } };
  }
}

/**
 * Parses JSON text. A syntax error is reported with its line and column and what is wrong there,
 * never with the text itself (`JSON.parse` quotes it; the file may hold a victim's name).
 *
 * @category CLI
 * @example
 * parseJsonText('{"a": 1}', "m.json", "dataset"); // { ok: true, value: { a: 1 } }
 * parseJsonText('{\n  "name": Jane Roe\n}', "m.json", "dataset");
 * // { ok: false, issue: { input: "dataset", path: [], code: "invalid-json", message: "the dataset file is not valid JSON: unexpected character at line 2, column 11" } }
 */
export function parseJsonText(text: string, file: string, input: InputProblem["input"], name = `the ${input} file`): InputRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const where = jsonSyntaxError(text);
    const detail = where ? `${where.problem} at line ${where.line}, column ${where.column}` : "syntax error";
    return { ok: false, issue: { input, path: [], code: "invalid-json", message: `${sourceName(file, name)} is not valid JSON: ${detail}` } };
  }
}

/**
 * Reads and parses a JSON file (or `-` for standard input), a byte order mark accepted.
 *
 * @category CLI
 * @example
 * const io: CliIo = { readFile: () => "{,}", stdout: () => {}, stderr: () => {}, now: () => new Date(0) };
 * const read = readJson(io, "m.json", "dataset");
 * read instanceof Promise; // true: it resolves to an invalid-json problem at line 1, column 2
 */
export async function readJson(io: CliIo, file: string, input: InputProblem["input"], name = `the ${input} file`): Promise<InputRead> {
  const text = await readText(io, file, input, name);
  return text.ok ? parseJsonText(text.value as string, file, input, name) : text;
}

/**
 * The columns of a personnel CSV file (`--personnel FILE.csv`), in any order, header row first.
 * `roles` holds role names separated by `;`; empty cells are left out of the record.
 *
 * @category CLI
 * @example
 * PERSONNEL_CSV_COLUMNS.slice(0, 4); // ["id", "category", "grade", "gender"]
 */
export const PERSONNEL_CSV_COLUMNS = [
  "id",
  "category",
  "grade",
  "gender",
  "office_id",
  "arrival_date",
  "departure_date",
  "contributing_country",
  "roles",
  "bulletin_acknowledged_on",
  "pledge_signed_on",
  "pledge_in_epas_on",
  "no_excuse_card_received_on",
  "reporting_sop_familiarized_on",
] as const;

/**
 * The columns of a training CSV file (`--training FILE.csv`): one completed SEA course per row.
 *
 * @category CLI
 * @example
 * TRAINING_CSV_COLUMNS; // ["personnel_id", "course_id", "completed_on"]
 */
export const TRAINING_CSV_COLUMNS = ["personnel_id", "course_id", "completed_on"] as const;

const PERSONNEL_FIELDS: Record<(typeof PERSONNEL_CSV_COLUMNS)[number], string> = {
  id: "id",
  category: "category",
  grade: "grade",
  gender: "gender",
  office_id: "officeId",
  arrival_date: "arrivalDate",
  departure_date: "departureDate",
  contributing_country: "contributingCountry",
  roles: "roles",
  bulletin_acknowledged_on: "bulletinAcknowledgedOn",
  pledge_signed_on: "pledgeSignedOn",
  pledge_in_epas_on: "pledgeInEpasOn",
  no_excuse_card_received_on: "noExcuseCardReceivedOn",
  reporting_sop_familiarized_on: "reportingSopFamiliarizedOn",
};

type CsvRead = { ok: true; rows: Record<string, string>[] } | { ok: false; issue: InputProblem };

function readCsv(text: string, source: string, section: string, columns: readonly string[], required: readonly string[]): CsvRead {
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, relax_column_count: false, skip_empty_lines: true, trim: true }) as string[][];
  } catch (e) {
    // csv-parse's messages can quote a field: report its code and line only.
    const err = e as { code?: unknown; lines?: unknown };
    const line = typeof err.lines === "number" ? ` at line ${err.lines}` : "";
    const code = typeof err.code === "string" ? err.code : "CSV_INVALID";
    return { ok: false, issue: { input: "dataset", path: [section], code: "invalid-csv", message: `${source} is not valid CSV${line} (${code})` } };
  }
  const [header, ...body] = records;
  if (!header) return { ok: true, rows: [] };
  const unknown = header.map((h, i) => (columns.includes(h) ? -1 : i + 1)).filter((i) => i > 0);
  if (unknown.length > 0) {
    // Positions, not names: a file without its header row would make the header a person's record.
    return {
      ok: false,
      issue: { input: "dataset", path: [section], code: "invalid-csv-header", message: `${source}: unknown column${unknown.length === 1 ? "" : "s"} at position ${unknown.join(", ")}; expected columns: ${columns.join(", ")}` },
    };
  }
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    return { ok: false, issue: { input: "dataset", path: [section], code: "invalid-csv-header", message: `${source}: missing column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}` } };
  }
  return { ok: true, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""]))) };
}

/**
 * The `personnel` section of a dataset read from CSV ({@link PERSONNEL_CSV_COLUMNS}), as the
 * records the dataset's schema then validates.
 *
 * @category CLI
 * @example
 * const csv = "id,category,gender,office_id,arrival_date,roles\r\nP-1,civilian-staff,female,HQ,2018-01-02,manager;supervisor\r\n";
 * personnelFromCsv(csv);
 * // { ok: true, value: [{ id: "P-1", category: "civilian-staff", gender: "female", officeId: "HQ", arrivalDate: "2018-01-02", roles: ["manager", "supervisor"] }] }
 */
export function personnelFromCsv(text: string, source = "the --personnel file"): InputRead {
  const read = readCsv(text, source, "personnel", PERSONNEL_CSV_COLUMNS, ["id", "category", "gender", "office_id", "arrival_date"]);
  if (!read.ok) return read;
  return {
    ok: true,
    value: read.rows.map((row) => {
      const person: Record<string, unknown> = {};
      for (const [column, field] of Object.entries(PERSONNEL_FIELDS)) {
        const cell = row[column];
        if (cell === undefined || cell === "") continue;
        person[field] = field === "roles" ? cell.split(";").map((r) => r.trim()).filter((r) => r !== "") : cell;
      }
      return person;
    }),
  };
}

/**
 * Training records read from CSV ({@link TRAINING_CSV_COLUMNS}), grouped by person: what goes
 * into each person's `trainings`.
 *
 * @category CLI
 * @example
 * trainingFromCsv("personnel_id,course_id,completed_on\nP-1,sea-induction,2018-01-20\n");
 * // { ok: true, value: { "P-1": [{ courseId: "sea-induction", completedOn: "2018-01-20" }] } }
 */
export function trainingFromCsv(text: string, source = "the --training file"): InputRead {
  const read = readCsv(text, source, "personnel", TRAINING_CSV_COLUMNS, TRAINING_CSV_COLUMNS);
  if (!read.ok) return read;
  const byPerson: Record<string, { courseId: string; completedOn: string }[]> = Object.create(null) as Record<string, never>;
  for (const row of read.rows) (byPerson[row["personnel_id"]!] ??= []).push({ courseId: row["course_id"]!, completedOn: row["completed_on"]! });
  return { ok: true, value: { ...byPerson } };
}

/**
 * A dataset with its `personnel` section replaced by the CSV's records and each person's
 * completed courses added from the training CSV. The dataset is not changed; a person the
 * training CSV names who is not in the personnel section is reported by path.
 *
 * @category CLI
 * @example
 * const dataset = { mission: { id: "M" }, personnel: [{ id: "P-1", trainings: [] }] };
 * const merged = withCsvSections(dataset, { training: { "P-1": [{ courseId: "sea-induction", completedOn: "2018-01-20" }] } });
 * merged.ok && (merged.value as { personnel: { trainings: unknown[] }[] }).personnel[0]!.trainings.length; // 1
 * dataset.personnel[0]!.trainings.length; // 0
 */
export function withCsvSections(dataset: unknown, sections: { readonly personnel?: unknown; readonly training?: unknown }): { ok: true; value: unknown } | { ok: false; issues: InputProblem[] } {
  if (sections.personnel === undefined && sections.training === undefined) return { ok: true, value: dataset };
  if (typeof dataset !== "object" || dataset === null || Array.isArray(dataset)) {
    return { ok: false, issues: [{ input: "dataset", path: [], code: "invalid_type", message: "the dataset must be an object to take CSV sections" }] };
  }
  const base = dataset as Record<string, unknown>;
  const people = (sections.personnel ?? base["personnel"] ?? []) as unknown;
  if (!Array.isArray(people)) return { ok: true, value: { ...base, personnel: people } };
  const training = (sections.training ?? {}) as Record<string, { courseId: string; completedOn: string }[]>;
  const known = new Set<string>();
  const personnel = people.map((p: unknown) => {
    if (typeof p !== "object" || p === null) return p;
    const person = p as Record<string, unknown>;
    const id = typeof person["id"] === "string" ? person["id"] : undefined;
    if (id === undefined) return person;
    known.add(id);
    const extra = Object.hasOwn(training, id) ? training[id]! : [];
    if (extra.length === 0) return person;
    const own = Array.isArray(person["trainings"]) ? (person["trainings"] as unknown[]) : [];
    return { ...person, trainings: [...own, ...extra] };
  });
  const issues = Object.keys(training)
    .filter((id) => !known.has(id))
    .map((_id, i) => ({ input: "dataset" as const, path: ["training", i], code: "unknown-reference", message: "the training CSV names a person who is not in the personnel section" }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { ...base, personnel } };
}
