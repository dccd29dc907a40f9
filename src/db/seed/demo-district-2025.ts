/**
 * The demo district's 2025 list, derived from the 2026 data (invented, like all demo data): the
 * projects already under way before 2026 — NEW in 2025 if they started that year, CONTINUING if
 * earlier — with a 2025 plan, two target tasks, a report for every month from January (or their
 * start month) to December, and, for those started before 2025, an opening balance (investment
 * completed before the platform recorded it). Deterministic: the same rows on every run.
 */
import { Decimal } from 'decimal.js';
import { demoProjects, type DemoMilestone, type DemoProject } from './demo-district.data.js';

export const DEMO_PREVIOUS_YEAR = 2025;

/** One month's report of 2025. */
export interface DemoReport2025 {
  month: number;
  completedInvestment: string;
  physicalProgress: string;
  narrative: string;
  reportedByKey: string;
}

/** A project's 2025 listing and what it did that year. */
export interface DemoListing2025 {
  code: string;
  constructionType: 'NEW' | 'CONTINUING';
  plannedInvestment: string;
  milestones: DemoMilestone[];
  reports: DemoReport2025[];
  /** Completed before the platform: counted to 2024-12-31, for projects started before 2025. */
  openingInvestment: string;
}

/** Share of the 2025 plan each listing completed, by its position: most near or above the plan, a few behind. */
const COMPLETION = ['1.04', '0.97', '1.12', '0.88', '1.00', '0.93', '1.08', '0.76', '1.02', '0.95', '1.15', '0.91', '0.99', '1.06'];
/** How a year's work spreads over the months (slow in the Spring Festival months, busy in autumn). */
const SEASON = [5, 4, 8, 9, 9, 9, 8, 9, 10, 11, 10, 8];

function tens(value: Decimal): Decimal {
  return value.dividedBy(10).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(10);
}

function listing2025(project: DemoProject, index: number): DemoListing2025 {
  const startedOn = project.startedOn!;
  const startedIn2025 = startedOn.startsWith(`${DEMO_PREVIOUS_YEAR}-`);
  const plan2026 = new Decimal(project.plan2026.plannedInvestment);
  const plannedInvestment = tens(plan2026.times(startedIn2025 ? '0.60' : '0.90'));
  const firstMonth = startedIn2025 ? Number(startedOn.slice(5, 7)) : 1;
  const months = Array.from({ length: 13 - firstMonth }, (_, offset) => firstMonth + offset);
  const target = tens(plannedInvestment.times(COMPLETION[index % COMPLETION.length]));
  const weights = months.map((month) => SEASON[month - 1]);
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0);
  const reporter = project.progress2026[0]?.reportedByKey ?? 'rep-dept-fgj';
  const endProgress = new Decimal(project.progress2026[0]?.physicalProgress ?? '30.00').minus(3).clampedTo(5, 95);
  const startProgress = startedIn2025 ? new Decimal(0) : endProgress.times('0.55').toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  let assigned = new Decimal(0);
  const reports = months.map((month, position) => {
    const amount = position === months.length - 1 ? target.minus(assigned) : tens(target.times(weights[position]).dividedBy(weightTotal));
    assigned = assigned.plus(amount);
    const progress = startProgress.plus(endProgress.minus(startProgress).times(position + 1).dividedBy(months.length)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    return {
      month,
      completedInvestment: amount.toFixed(2),
      physicalProgress: progress.toFixed(2),
      narrative: month === firstMonth && startedIn2025 ? '开工建设,完成场地平整和临时设施' : `按计划推进,累计形象进度${progress.toFixed(2)}%`,
      reportedByKey: reporter,
    };
  });
  const milestones: DemoMilestone[] = [
    { name: startedIn2025 ? '完成施工图设计和施工许可' : '完成年度主体工程节点', dueOn: `${DEMO_PREVIOUS_YEAR}-06-30`, metOn: `${DEMO_PREVIOUS_YEAR}-06-${index % 3 === 0 ? '30' : '20'}` },
    { name: '完成年度计划投资', dueOn: `${DEMO_PREVIOUS_YEAR}-12-31`, metOn: target.greaterThanOrEqualTo(plannedInvestment) ? `${DEMO_PREVIOUS_YEAR}-12-28` : null },
  ];
  const openingInvestment = startedIn2025 ? new Decimal(0) : tens(new Decimal(project.totalInvestment).times('0.18'));
  return { code: project.code, constructionType: startedIn2025 ? 'NEW' : 'CONTINUING', plannedInvestment: plannedInvestment.toFixed(2), milestones, reports, openingInvestment: openingInvestment.toFixed(2) };
}

/** The 2025 list: every demo project started before 2026, in the order of the 2026 data. */
export const demoListings2025: DemoListing2025[] = demoProjects
  .filter((project) => project.startedOn !== null && project.startedOn < `${DEMO_PREVIOUS_YEAR + 1}-01-01`)
  .map((project, index) => listing2025(project, index));
