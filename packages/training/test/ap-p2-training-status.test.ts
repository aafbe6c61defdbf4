import { describe, expect, it } from "vitest";
import { courseApplies, seaCourses, trainingStatus, type TrainingCourse, type TrainingSubject } from "../src";
import { WINDOWS } from "./support";

const course = (id: string): TrainingCourse => {
  const c = seaCourses.find((x) => x.id === id);
  if (!c) throw new Error(`no course ${id}`);
  return c;
};
const induction = course("sea-induction");
const refresher = course("sea-refresher");
const cla = course("sea-community-liaison-assistant");
const newcomer: TrainingSubject = { category: "civilian-staff", arrivalDate: "2018-03-01" };

describe("AP-P2 trainingStatus: induction (Prevention goal 2 (a))", () => {
  it("AP-P2 is due inside the window, up to and including the due date", () => {
    expect(trainingStatus(newcomer, induction, "2018-03-01", WINDOWS)).toEqual({ status: "due", dueDate: "2018-04-01", lastCompletedOn: null });
    expect(trainingStatus(newcomer, induction, "2018-04-01", WINDOWS).status).toBe("due");
  });

  it("AP-P2 is never-taken the day after the window closes with no completion", () => {
    expect(trainingStatus(newcomer, induction, "2018-04-02", WINDOWS)).toEqual({ status: "never-taken", dueDate: "2018-04-01", lastCompletedOn: null });
  });

  it("AP-P2 is compliant once completed, even late, and stays compliant", () => {
    const late = { ...newcomer, trainings: [{ courseId: "sea-induction", completedOn: "2018-05-01" }] };
    expect(trainingStatus(late, induction, "2019-12-31", WINDOWS)).toEqual({ status: "compliant", dueDate: "2018-04-01", lastCompletedOn: "2018-05-01" });
  });

  it("AP-P2 ignores completions dated after asOf and other courses", () => {
    const later = { ...newcomer, trainings: [{ courseId: "sea-induction", completedOn: "2018-05-01" }, { courseId: "sea-refresher", completedOn: "2018-03-02" }] };
    expect(trainingStatus(later, induction, "2018-04-15", WINDOWS)).toMatchObject({ status: "never-taken", lastCompletedOn: null });
  });

  it("AP-P2 follows the window it is given", () => {
    expect(trainingStatus(newcomer, induction, "2018-04-15", { ...WINDOWS, inductionWindow: "P2M" })).toMatchObject({ status: "due", dueDate: "2018-05-01" });
  });
});

describe("AP-P2 trainingStatus: refresher (Prevention goal 2 (c))", () => {
  it("AP-P2 the first refresher is due one period after arrival", () => {
    expect(trainingStatus(newcomer, refresher, "2018-06-30", WINDOWS)).toEqual({ status: "due", dueDate: "2019-03-01", lastCompletedOn: null });
    expect(trainingStatus(newcomer, refresher, "2019-03-02", WINDOWS)).toEqual({ status: "never-taken", dueDate: "2019-03-01", lastCompletedOn: null });
  });

  it("AP-P2 a current refresher is compliant with the next due date; a lapsed one is overdue", () => {
    const p = { ...newcomer, arrivalDate: "2016-01-01", trainings: [{ courseId: "sea-refresher", completedOn: "2017-09-01" }] };
    expect(trainingStatus(p, refresher, "2018-09-01", WINDOWS)).toEqual({ status: "compliant", dueDate: "2018-09-01", lastCompletedOn: "2017-09-01" });
    expect(trainingStatus(p, refresher, "2018-09-02", WINDOWS)).toEqual({ status: "overdue", dueDate: "2018-09-01", lastCompletedOn: "2017-09-01" });
  });

  it("AP-P2 an old completion from before arrival never shortens the first window", () => {
    const p = { ...newcomer, trainings: [{ courseId: "sea-refresher", completedOn: "2015-01-01" }] };
    expect(trainingStatus(p, refresher, "2018-06-30", WINDOWS)).toEqual({ status: "due", dueDate: "2019-03-01", lastCompletedOn: "2015-01-01" });
    expect(trainingStatus(p, refresher, "2019-03-02", WINDOWS).status).toBe("overdue");
  });
});

describe("AP-P2 trainingStatus: who must take what (Prevention goal 2 (b))", () => {
  it("AP-P2 a role session is required only of the role, within the role window", () => {
    const assistant = { ...newcomer, roles: ["community-liaison-assistant" as const] };
    expect(courseApplies(assistant, cla)).toBe(true);
    expect(trainingStatus(assistant, cla, "2018-06-02", WINDOWS)).toEqual({ status: "never-taken", dueDate: "2018-06-01", lastCompletedOn: null });
    expect(trainingStatus(newcomer, cla, "2018-06-02", WINDOWS)).toEqual({ status: "not-required", dueDate: null, lastCompletedOn: null });
  });

  it("AP-P2 partners' personnel and people off strength are not required", () => {
    expect(trainingStatus({ ...newcomer, category: "non-un-partner" }, induction, "2018-06-30", WINDOWS).status).toBe("not-required");
    expect(trainingStatus({ ...newcomer, departureDate: "2018-06-30" }, induction, "2018-06-30", WINDOWS).status).toBe("not-required");
    expect(trainingStatus(newcomer, induction, "2018-02-28", WINDOWS).status).toBe("not-required");
  });

  it("AP-P2 never throws on a value outside the types: an unprovable window counts as closed", () => {
    expect(trainingStatus(newcomer, induction, "2018-03-02", { ...WINDOWS, inductionWindow: "one month" })).toEqual({ status: "never-taken", dueDate: null, lastCompletedOn: null });
    expect(trainingStatus({ ...newcomer, arrivalDate: "2018-02-30" }, induction, "2018-03-02", WINDOWS).status).toBe("never-taken");
  });
});
