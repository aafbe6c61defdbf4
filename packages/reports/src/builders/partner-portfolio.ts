import { partnerPortfolio, partnerPortfolioSections, type PartnerPortfolio } from "@psea/partners";
import type { ReportKind } from "../model/report-document";

/**
 * The implementing partners' PSEA capacity portfolio (DPKO GM (e), SGB section 6), from
 * `@psea/partners`: counts by rating, overdue action points and partners due for reassessment.
 *
 * @category Report builders
 * @example
 * partnerPortfolioReport.id; // "partners"
 */
export const partnerPortfolioReport: ReportKind<PartnerPortfolio> = {
  id: "partners",
  title: "Implementing partners: PSEA capacity portfolio",
  build: (input, options) => partnerPortfolio(input, options.parameters === undefined ? { asOf: options.asOf } : { asOf: options.asOf, parameters: options.parameters }),
  sections: (report) => partnerPortfolioSections(report),
};
