// How the kit reads the paragraphs no obligation of the catalogue is drawn from. Every such
// paragraph needs an entry here (the book is not built otherwise), and every id named must be in
// the catalogue, so a new paragraph in a source, or a renamed obligation, cannot pass unnoticed.
import { PersonnelCategory } from "@psea/core";

export interface Reading {
  readonly note: string;
  /** Obligations that carry the paragraph in the kit, described elsewhere in the book. */
  readonly see: readonly string[];
}

export const readings: Readonly<Record<string, Reading>> = {
  "sgb-2": {
    note:
      "Who the standards bind. The kit records every person of a mission under one of the " +
      `vocabulary's personnel categories (${PersonnelCategory.options.join(", ")}); the measures open to each category ` +
      "are those of 3.2(a). A member of a non-UN force (a national army, a regional or bilateral force) is " +
      "recorded only as an allegation's subject (`non-un-force`): the bulletin does not bind them, so an allegation " +
      "naming only such subjects meets no standard of 3.2 (`withinBulletinScope`) and needs no UN final action, " +
      "while the mission still records, refers and counts it apart. Sexual harassment is out of the kit's scope.",
    see: ["SGB-3.2a", "SGB-3.2b", "SGB-3.2c", "SGB-3.2d"],
  },
  "sgb-3-3": {
    note:
      "The standards of 3.2 are not exhaustive. The kit encodes the named standards; any other sexually exploitative or " +
      "abusive conduct enters the case workflow as an allegation like any other, where acting on it is the duty of the " +
      "guidelines' General management (d).",
    see: ["DPKO-GM-d"],
  },
  "sgb-4-1": {
    note: "Carried by the guidelines' restatement of it: the preventive environment managers maintain, and the copy of the bulletin every person receives.",
    see: ["DPKO-GM-a", "DPKO-GM-b", "SGB-3.2f"],
  },
  "sgb-4-2": {
    note: "Carried by the guidelines' restatement of it: appropriate action where there is reason to believe a standard was breached.",
    see: ["DPKO-GM-d", "SGB-3.2a"],
  },
  "dpko-title": { note: "The instrument's title: the guidelines implement ST/SGB/2003/13 in peacekeeping operations.", see: [] },
  "dpko-footnote-1": {
    note: "Deputy Special Representatives with Resident Coordinator functions take on the Resident Coordinator's responsibilities; the kit checks those on the mission's record, whoever holds them.",
    see: ["DPKO-RC-b", "DPKO-RC-c", "DPKO-RC-f"],
  },
  "ap-a": { note: "The plan's context and the instruments it implements; not a check of its own.", see: ["AP-MATRIX"] },
  "ap-b": { note: "The plan's purpose: prevention, enforcement and remedial action, its three pillars.", see: ["AP-MATRIX"] },
  "ap-c": { note: "The core principles restate the bulletin's six standards; each bullet below is described under its section 3.2 of the bulletin.", see: [] },
  "ap-p": { note: "The pillar's heading; its goals follow, each described on its own.", see: ["AP-MATRIX"] },
  "ap-e": { note: "The pillar's heading; its goals follow, each described on its own.", see: ["AP-MATRIX"] },
  "ap-r": { note: "The pillar's heading; its goal follows.", see: ["AP-MATRIX"] },
};
