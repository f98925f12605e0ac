import { describe, expect, it } from "vitest";
import { buildProgressChart, valueScale, type ChartCheckIn, type ChartGoal } from "./progress-chart";

const UTC = { timeZone: "UTC" };
const at = (iso: string) => new Date(iso);
const checkIn = (iso: string, progressValue: number | null = null): ChartCheckIn => ({ createdAt: at(iso), progressValue });

const salaryGoal: ChartGoal = { createdAt: at("2027-01-03T09:00:00Z"), baselineValue: 80_000, targetValue: 120_000, measureUnit: "USD" };
const stepsGoal: ChartGoal = { createdAt: at("2027-01-03T09:00:00Z"), baselineValue: null, targetValue: null, measureUnit: null };

// getGoalDetail returns check-ins newest first; the chart must not depend on that order.
const salaryCheckIns = [checkIn("2027-03-10T12:00:00Z", 100_000), checkIn("2027-02-01T12:00:00Z", null), checkIn("2027-01-20T12:00:00Z", 90_000)];

describe("buildProgressChart: values", () => {
  const chart = buildProgressChart(salaryGoal, salaryCheckIns, UTC);

  it("plots the baseline and the recorded values in time order, skipping check-ins without a value", () => {
    expect(chart?.mode).toBe("value");
    expect(chart?.points.map((point) => [point.kind, point.value, point.dateLabel, point.valueLabel])).toEqual([
      ["baseline", 80_000, "3 Jan 2027", "80,000 USD"],
      ["check-in", 90_000, "20 Jan 2027", "90,000 USD"],
      ["check-in", 100_000, "10 Mar 2027", "100,000 USD"],
    ]);
  });

  it("summarises the change in words, as the issue's example does", () => {
    expect(chart?.title).toBe("Current value over time");
    expect(chart?.summary).toBe("Current value rose from 80,000 to 100,000 USD between 3 Jan and 10 Mar 2027. Target: 120,000 USD.");
    expect(chart?.columns).toEqual({ date: "Date", value: "Value (USD)" });
  });

  it("spans the plot from the first to the last instant and maps values onto nice ticks", () => {
    if (!chart) throw new Error("expected a chart");
    const { plot, points, yTicks } = chart;
    expect(points[0]?.x).toBe(plot.left);
    expect(points[2]?.x).toBe(plot.right);
    // 20 Jan is 17 of the 66 days between 3 Jan 09:00 and 10 Mar 12:00.
    const share = (at("2027-01-20T12:00:00Z").getTime() - salaryGoal.createdAt.getTime()) / (at("2027-03-10T12:00:00Z").getTime() - salaryGoal.createdAt.getTime());
    expect(points[1]?.x).toBeCloseTo(plot.left + share * (plot.right - plot.left), 0);
    expect(yTicks.map((tick) => tick.label)).toEqual(["80,000", "90,000", "100,000", "110,000", "120,000"]);
    expect(yTicks[0]?.y).toBe(plot.bottom);
    expect(yTicks[4]?.y).toBe(plot.top);
    expect(points[0]?.y).toBe(plot.bottom);
    expect(points[2]?.y).toBe((plot.top + plot.bottom) / 2);
    expect(chart.target).toEqual({ y: plot.top, label: "Target 120,000 USD" });
  });

  it("draws one path through every point", () => {
    const coordinates = chart?.points.map((point) => `${point.x} ${point.y}`) ?? [];
    expect(chart?.path).toBe(`M${coordinates[0]} L${coordinates[1]} L${coordinates[2]}`);
  });

  it("labels the x axis with the first and last dates and leaves room for the widest y label", () => {
    expect(chart?.xTicks).toEqual([
      { x: chart?.plot.left, label: "3 Jan 2027", anchor: "start" },
      { x: chart?.plot.right, label: "10 Mar 2027", anchor: "end" },
    ]);
    expect(chart?.plot.left).toBeGreaterThanOrEqual("120,000".length * 7);
    expect(chart?.plot.right).toBeLessThan(chart?.width ?? 0);
  });

  it("says 'fell' for a decreasing measure and 'stayed at' for an unchanged one", () => {
    const commute: ChartGoal = { createdAt: at("2027-01-03T09:00:00Z"), baselineValue: 10, targetValue: 2, measureUnit: "hours" };
    expect(buildProgressChart(commute, [checkIn("2027-02-03T09:00:00Z", 6.5)], UTC)?.summary).toBe("Current value fell from 10 to 6.5 hours between 3 Jan and 3 Feb 2027. Target: 2 hours.");
    expect(buildProgressChart(commute, [checkIn("2027-02-03T09:00:00Z", 10)], UTC)?.summary).toMatch(/^Current value stayed at 10 hours between 3 Jan and 3 Feb 2027\./);
  });

  it("describes a single value on its own day, centred, without a baseline", () => {
    const goal = { ...salaryGoal, baselineValue: null };
    const single = buildProgressChart(goal, [checkIn("2027-03-10T12:00:00Z", 100_000)], UTC);
    expect(single?.summary).toBe("Current value was 100,000 USD on 10 Mar 2027. Target: 120,000 USD.");
    expect(single?.points).toHaveLength(1);
    expect(single?.points[0]?.x).toBe(((single?.plot.left ?? 0) + (single?.plot.right ?? 0)) / 2);
    expect(single?.xTicks).toEqual([{ x: single?.points[0]?.x, label: "10 Mar 2027", anchor: "middle" }]);
  });

  it("names years on both ends when the range crosses a year, and works without a unit", () => {
    const goal: ChartGoal = { createdAt: at("2026-12-03T09:00:00Z"), baselineValue: 1, targetValue: 4, measureUnit: "  " };
    const chart = buildProgressChart(goal, [checkIn("2027-01-05T09:00:00Z", 2)], UTC);
    expect(chart?.summary).toBe("Current value rose from 1 to 2 between 3 Dec 2026 and 5 Jan 2027. Target: 4.");
    expect(chart?.columns.value).toBe("Value");
  });

  it("shows dates in the reader's time zone", () => {
    const late = buildProgressChart({ ...salaryGoal, baselineValue: null }, [checkIn("2027-03-10T23:30:00Z", 100_000)], { timeZone: "Asia/Tokyo" });
    expect(late?.points[0]?.dateLabel).toBe("11 Mar 2027");
  });

  it("leaves the baseline out of a partial history and says only the latest check-ins are shown", () => {
    const partial = buildProgressChart(salaryGoal, salaryCheckIns, { ...UTC, partial: true });
    expect(partial?.points.map((point) => point.kind)).toEqual(["check-in", "check-in"]);
    expect(partial?.summary).toBe("Current value rose from 90,000 to 100,000 USD between 20 Jan and 10 Mar 2027. Target: 120,000 USD. Only the latest check-ins are shown.");
  });

  it("keeps a value above the target and below the baseline inside the plot", () => {
    const chart = buildProgressChart(salaryGoal, [checkIn("2027-01-10T00:00:00Z", 70_000), checkIn("2027-02-10T00:00:00Z", 130_000)], UTC);
    for (const point of chart?.points ?? []) {
      expect(point.y).toBeGreaterThanOrEqual(chart?.plot.top ?? 0);
      expect(point.y).toBeLessThanOrEqual(chart?.plot.bottom ?? 0);
    }
  });
});

describe("buildProgressChart: check-in count", () => {
  it("counts check-ins over time when the goal has no numeric target", () => {
    const chart = buildProgressChart(stepsGoal, [checkIn("2027-02-01T10:00:00Z"), checkIn("2027-01-10T10:00:00Z"), checkIn("2027-03-01T10:00:00Z")], UTC);
    expect(chart?.mode).toBe("count");
    expect(chart?.title).toBe("Check-ins over time");
    expect(chart?.points.map((point) => [point.value, point.dateLabel, point.valueLabel])).toEqual([
      [1, "10 Jan 2027", "1"],
      [2, "1 Feb 2027", "2"],
      [3, "1 Mar 2027", "3"],
    ]);
    expect(chart?.yTicks.map((tick) => tick.label)).toEqual(["0", "1", "2", "3"]);
    expect(chart?.target).toBeNull();
    expect(chart?.summary).toBe("3 check-ins between 10 Jan and 1 Mar 2027.");
    expect(chart?.columns).toEqual({ date: "Date", value: "Check-ins so far" });
  });

  it("counts check-ins when a goal has a target but no check-in recorded a value", () => {
    expect(buildProgressChart(salaryGoal, [checkIn("2027-02-01T10:00:00Z")], UTC)?.mode).toBe("count");
  });

  it("describes one check-in, and a partial page as the latest ones", () => {
    expect(buildProgressChart(stepsGoal, [checkIn("2027-02-01T10:00:00Z")], UTC)?.summary).toBe("1 check-in on 1 Feb 2027.");
    const partial = buildProgressChart(stepsGoal, [checkIn("2027-02-01T10:00:00Z"), checkIn("2027-02-03T10:00:00Z")], { ...UTC, partial: true });
    expect(partial?.summary).toBe("The latest 2 check-ins between 1 Feb and 3 Feb 2027.");
    expect(partial?.columns.value).toBe("Check-ins in this period");
  });

  it("draws nothing without check-ins", () => {
    expect(buildProgressChart(stepsGoal, [], UTC)).toBeNull();
    expect(buildProgressChart(salaryGoal, [], UTC)).toBeNull();
  });

  it("uses the size it is given", () => {
    const chart = buildProgressChart(stepsGoal, [checkIn("2027-02-01T10:00:00Z"), checkIn("2027-02-03T10:00:00Z")], { ...UTC, width: 300, height: 120 });
    expect(chart).toMatchObject({ width: 300, height: 120 });
    expect(chart?.plot.right).toBeLessThan(300);
    expect(chart?.plot.bottom).toBeLessThan(120);
  });
});

describe("valueScale", () => {
  it.each<[string, [number, number, boolean], { min: number; max: number; ticks: number[] }]>([
    ["salaries", [80_000, 120_000, false], { min: 80_000, max: 120_000, ticks: [80_000, 90_000, 100_000, 110_000, 120_000] }],
    ["an uneven range rounds outwards", [83_000, 117_500, false], { min: 80_000, max: 120_000, ticks: [80_000, 90_000, 100_000, 110_000, 120_000] }],
    ["decimals without float noise", [0.1, 0.3, false], { min: 0.1, max: 0.3, ticks: [0.1, 0.15, 0.2, 0.25, 0.3] }],
    ["one value gets 10% room around it", [50, 50, false], { min: 45, max: 55, ticks: [45, 47.5, 50, 52.5, 55] }],
    ["zero alone", [0, 0, false], { min: -1, max: 1, ticks: [-1, -0.5, 0, 0.5, 1] }],
    ["negative values", [-10, 0, false], { min: -10, max: 0, ticks: [-10, -7.5, -5, -2.5, 0] }],
    ["counts use whole steps", [0, 7, true], { min: 0, max: 8, ticks: [0, 2, 4, 6, 8] }],
    ["a single count", [0, 1, true], { min: 0, max: 1, ticks: [0, 1] }],
    ["many counts", [0, 20, true], { min: 0, max: 20, ticks: [0, 5, 10, 15, 20] }],
  ])("%s", (_name, [low, high, integer], expected) => {
    expect(valueScale(low, high, integer)).toEqual(expected);
  });
});
