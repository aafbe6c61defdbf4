import { SEVERITY_COLORS } from "../findings-sections";

// One stylesheet for the report pages and the dashboard: no external asset, readable on a phone
// (fluid grids, tables scroll inside their own box), and printable on A4 landscape.
export const PAGE_STYLE = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2939;background:#fff;max-width:80rem;margin:0 auto;padding:1rem;line-height:1.45;overflow-wrap:break-word}
h1{font-size:1.6rem;margin:.5rem 0 .25rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #d0d5dd;padding-bottom:.25rem}h3{font-size:1.1rem;margin-top:1.5rem}
p,li,dd{max-width:70ch}
.meta{color:#475467;margin:0 0 1rem}
nav.toc ol{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none;margin:.5rem 0}
nav.toc a{color:#175cd3}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,11rem),1fr));gap:.75rem;margin:1rem 0;padding:0}
.figure{border:1px solid #d0d5dd;border-radius:.5rem;padding:.6rem .8rem;margin:0;break-inside:avoid}
.figure dt{font-size:.85rem;color:#475467}.figure dd{margin:.15rem 0 0;font-size:1.35rem;font-weight:650}
.figure dd small{font-size:.8rem;font-weight:400;color:#475467;display:block}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:1.25rem;margin:1rem 0}
figure.chart-figure{margin:0;border:1px solid #eaecf0;border-radius:.5rem;padding:.75rem;break-inside:avoid;min-width:0}
figure.chart-figure svg{display:block;max-width:100%;height:auto}
figure.chart-figure figcaption{font-size:.85rem;color:#344054;margin-top:.5rem}
.table-wrap{max-width:100%;overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;width:auto;min-width:min(100%,36rem);font-size:.88rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #d0d5dd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}
th{background:#f2f4f7}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;overflow-wrap:normal;white-space:nowrap}
.note{font-size:.85rem;color:#475467}
.sev{display:inline-block;white-space:nowrap;font-weight:600;text-transform:uppercase;font-size:.72rem;letter-spacing:.02em;padding:.1rem .4rem;border-radius:.25rem;color:#fff;line-height:1.4}
td.sev-cell{width:1%;white-space:nowrap;overflow-wrap:normal}
.sev-violation{background:${SEVERITY_COLORS.violation}}.sev-warning{background:${SEVERITY_COLORS.warning}}.sev-notice{background:${SEVERITY_COLORS.notice}}
code{font-size:.85em;overflow-wrap:anywhere}
@page{size:A4 landscape;margin:12mm}
@media print{
  body{max-width:none;padding:0;font-size:10pt}
  nav.toc{display:none}
  h2{break-before:auto;break-after:avoid}h3{break-after:avoid}
  .table-wrap{overflow:visible}
  figure.chart-figure,.figure,tr{break-inside:avoid}
  section.appendix{break-before:page}
  a{color:inherit;text-decoration:none}
}
@media (max-width:40rem){body{padding:.6rem}h1{font-size:1.3rem}h2{font-size:1.15rem}table{font-size:.8rem}}
`.trim();

// No script, no external resource: the page's Content-Security-Policy forbids both.
export const PAGE_CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:`;
