export { rcAnnualReportCadence, rcAnnualReportRule } from "./rc-annual-report";
