// Opens the dashboard in real headless Chromium (Debian's `chromium`, driven by playwright-core with
// executablePath): every chart is drawn (an SVG of non-zero size), the page logs no error, and
// nothing overflows the page width, on a desktop and on a phone. Screenshots go to the temp dir.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFindingsReport, findingsSections, renderDashboardHtml, type ReportDocument } from "../src";
import { casesKind, hostileKind, trainingKind } from "@psea/test-support";
import { OPTIONS, sampleEvaluation } from "./support/sample";

function findChromium(): string | undefined {
  const fromEnv = process.env["PSEA_CHROMIUM"];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    try {
      const path = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (path) return path;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
}

const executablePath = findChromium();
// CI sets PSEA_REQUIRE_BROWSER=1 after installing chromium: there a missing browser fails the run.
const required = process.env["PSEA_REQUIRE_BROWSER"] === "1";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
// A busy 2-core machine: starting Chromium can take tens of seconds.
const SLOW = 180_000;

const dataset = {
  offices: [
    { id: "HQ", name: "Bangui headquarters" },
    { id: "FO-1", name: "Bambari field office" },
  ],
  personnel: [
    { id: "P-1", officeId: "HQ", category: "civilian-staff", trainings: [{}] },
    { id: "P-2", officeId: "HQ", category: "military-contingent" },
    { id: "P-3", officeId: "FO-1", category: "military-contingent", trainings: [{}] },
  ],
  allegations: [
    { id: "A-1", receivedOn: "2019-01-04" },
    { id: "A-2", receivedOn: "2019-02-11" },
    { id: "A-3", receivedOn: "2019-02-20" },
  ],
};

function doc(kind: typeof trainingKind | typeof casesKind | typeof hostileKind): ReportDocument {
  const built = kind.build(dataset, { asOf: "2019-06-30" });
  if (!built.ok) throw new Error(`fixture ${kind.id} did not build`);
  return { kind: kind.id, title: kind.title, asOf: "2019-06-30", sections: (kind.sections as (r: unknown) => ReportDocument["sections"])(built.report) };
}

describe.skipIf(!executablePath && !required)("the dashboard in headless Chromium", () => {
  let browser: Browser | undefined;
  let url = "";
  let charts = 0;
  const outDir = join(tmpdir(), "psea-dashboard-browser");

  beforeAll(async () => {
    if (!executablePath) throw new Error("chromium is not installed: run `apt-get install -y chromium` (or set PSEA_CHROMIUM)");
    const findings = buildFindingsReport(sampleEvaluation(), OPTIONS);
    const reports = [{ kind: "findings", title: "Compliance findings", asOf: "2019-06-30", sections: findingsSections(findings) }, doc(trainingKind), doc(casesKind), doc(hostileKind)];
    charts = reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.charts.length, 0), 0);
    const html = await renderDashboardHtml({ title: "PSEA dashboard: test mission", asOf: "2019-06-30", reports, findings });
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, "dashboard.html");
    writeFileSync(file, html);
    url = pathToFileURL(file).href;
    browser = await chromium.launch({ executablePath, args: FLAGS, headless: true, timeout: SLOW });
  }, SLOW);

  afterAll(async () => {
    // Tolerates a failed setup: there may be no browser to close.
    await browser?.close().catch(() => undefined);
  }, SLOW);

  for (const device of [
    { name: "desktop", viewport: { width: 1280, height: 900 }, isMobile: false },
    { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true },
  ]) {
    it(
      `draws every chart, logs no error and does not overflow the page width (${device.name})`,
      async () => {
        const context = await browser!.newContext({ viewport: device.viewport, isMobile: device.isMobile, hasTouch: device.isMobile });
        try {
          const page = await context.newPage();
          page.setDefaultTimeout(SLOW);
          const errors: string[] = [];
          page.on("console", (m) => {
            if (m.type() === "error") errors.push(m.text());
          });
          page.on("pageerror", (e) => errors.push(e.message));
          // Any request at all would be an external asset (the page must need none).
          const requests: string[] = [];
          page.on("request", (r) => {
            if (r.url() !== url) requests.push(r.url());
          });
          await page.goto(url, { waitUntil: "load", timeout: SLOW });
          const sizes = await page.$$eval("svg.chart", (svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => ({ width: r.width, height: r.height })));
          expect(sizes).toHaveLength(charts);
          for (const s of sizes) {
            expect(s.width).toBeGreaterThan(0);
            expect(s.height).toBeGreaterThan(0);
          }
          const labelled = await page.$$eval("svg.chart", (svgs) => svgs.every((s) => s.getAttribute("role") === "img" && s.querySelector("title") !== null && s.querySelector("desc") !== null));
          expect(labelled).toBe(true);
          // A string: the test is compiled without the DOM library.
          const overflow = (await page.evaluate("({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })")) as { scroll: number; inner: number };
          expect(overflow.scroll).toBeLessThanOrEqual(overflow.inner);
          // Data text is shown as text: the hostile kind's script never ran and made no element.
          expect(await page.$$eval("script, img, foreignObject", (els) => els.length)).toBe(0);
          await page.screenshot({ path: join(outDir, `dashboard-${device.name}.png`), fullPage: true });
          expect(errors).toEqual([]);
          expect(requests).toEqual([]);
        } finally {
          await context.close().catch(() => undefined);
        }
      },
      SLOW,
    );
  }
});
