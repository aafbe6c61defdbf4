// Lists every export reachable from each published package's entry points (the `@psea/source`
// condition of package.json `exports`) and whether its declaration carries a TSDoc `@example`.
// The test in scripts/test/tsdoc-coverage.test.ts holds the packages to it; run this file to measure.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

export const publishedPackages = ["core", "cases", "risk", "training", "partners", "reports", "cli"] as const;
export type PublishedPackage = (typeof publishedPackages)[number];

const root = join(import.meta.dirname, "..");

/** The source entry points of one package, in the order its package.json lists them. */
export function entryPoints(pkg: PublishedPackage): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "packages", pkg, "package.json"), "utf8")) as {
    exports: Record<string, string | Record<string, unknown>>;
  };
  const out: string[] = [];
  for (const target of Object.values(manifest.exports)) {
    if (typeof target === "object" && typeof target["@psea/source"] === "string")
      out.push(join(root, "packages", pkg, target["@psea/source"] as string));
  }
  return out;
}

/** One exported declaration without an `@example` (or, with `tag: "category"`, without a `@category`). */
export interface MissingExample {
  pkg: PublishedPackage;
  tag: "example" | "category";
  name: string;
  kind: "function" | "const" | "class" | "type" | "interface";
  file: string;
  line: number;
}

function kindOf(decl: ts.Declaration): MissingExample["kind"] | undefined {
  if (ts.isFunctionDeclaration(decl)) return "function";
  if (ts.isVariableDeclaration(decl)) return "const";
  if (ts.isClassDeclaration(decl)) return "class";
  if (ts.isTypeAliasDeclaration(decl)) return "type";
  if (ts.isInterfaceDeclaration(decl)) return "interface";
  return undefined;
}

function hasTag(decl: ts.Declaration, tag: MissingExample["tag"]): boolean {
  return ts.getJSDocTags(decl).some((t) => t.tagName.text === tag);
}

/** Every exported function, const, class, type alias and interface of the packages lacking an `@example` or a `@category`. */
export function auditTsdoc(pkgs: readonly PublishedPackage[] = publishedPackages): { missing: MissingExample[]; checked: Record<string, number> } {
  const configPath = join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const entries = pkgs.flatMap((p) => entryPoints(p).map((file) => ({ pkg: p, file })));
  const program = ts.createProgram({ rootNames: entries.map((e) => e.file), options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const out: MissingExample[] = [];
  const checked: Record<string, number> = {};
  const seen = new Set<string>();
  for (const { pkg, file } of entries) {
    const sf = program.getSourceFile(file);
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) throw new Error(`no module for ${file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      // Group a symbol's declarations by kind: overloads count once, and a schema (`const`) and the
      // type it infers (`type`) sharing one name each need their own example.
      const byKind = new Map<MissingExample["kind"], ts.Declaration[]>();
      for (const decl of symbol.declarations ?? []) {
        const kind = kindOf(decl);
        const where = decl.getSourceFile().fileName;
        if (!kind || !where.startsWith(join(root, "packages"))) continue;
        byKind.set(kind, [...(byKind.get(kind) ?? []), decl]);
      }
      checked[pkg] = (checked[pkg] ?? 0) + byKind.size;
      for (const [kind, decls] of byKind) for (const tag of ["example", "category"] as const) {
        if (decls.some((d) => hasTag(d, tag))) continue;
        const decl = decls[0]!;
        const declFile = decl.getSourceFile();
        const key = `${pkg}:${exported.name}:${kind}:${tag}:${declFile.fileName}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          pkg,
          tag,
          name: exported.name,
          kind,
          file: relative(root, declFile.fileName),
          line: declFile.getLineAndCharacterOfPosition(decl.getStart()).line + 1,
        });
      }
    }
  }
  return { missing: out, checked };
}

if (process.argv[1] === import.meta.filename) {
  const { missing, checked } = auditTsdoc();
  const verbose = process.argv.includes("--list");
  for (const pkg of publishedPackages) {
    const mine = missing.filter((m) => m.pkg === pkg);
    const count = (tag: MissingExample["tag"]) => mine.filter((m) => m.tag === tag).length;
    console.log(`${pkg}: ${checked[pkg]} exported declarations, ${count("example")} without @example, ${count("category")} without @category`);
    if (verbose) for (const m of mine) console.log(`  @${m.tag}: ${m.kind} ${m.name}  ${m.file}:${m.line}`);
  }
}
