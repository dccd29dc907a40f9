import { Light } from '../light/light.rules.js';
import { EscalationKind } from './escalation.entity.js';

/**
 * The ladder of DOMAIN.md for one project's official lights of a year up to the month just closed
 * (months in order, a month without a light breaking any streak): which light steps its current
 * run of YELLOW/RED months calls for, all with the run as their cause. 1st YELLOW → 提醒; two
 * consecutive YELLOW, or a RED → 督办函; two consecutive RED → 约谈; three consecutive RED → 问责建议.
 * Nothing when the latest month is GREEN or NOT_DUE (the run, and so the cause, is over).
 */
export function lightSteps(lights: readonly { month: number; light: Light }[]): { kinds: EscalationKind[]; runStart: number | null } {
  const run: Light[] = [];
  let runStart: number | null = null;
  let previousMonth = 0;
  for (const { month, light } of lights) {
    const bad = light === Light.YELLOW || light === Light.RED;
    if (!bad || month !== previousMonth + 1) {
      run.length = 0;
      runStart = null;
    }
    if (bad) {
      if (run.length === 0) runStart = month;
      run.push(light);
    }
    previousMonth = month;
  }
  if (run.length === 0) return { kinds: [], runStart: null };
  const kinds = new Set<EscalationKind>();
  const longest = (light: Light) => run.reduce((best, current, index) => {
    let length = 0;
    for (let i = index; i >= 0 && run[i] === light; i--) length++;
    return current === light ? Math.max(best, length) : best;
  }, 0);
  if (run.includes(Light.YELLOW)) kinds.add(EscalationKind.REMINDER);
  if (longest(Light.YELLOW) >= 2 || run.includes(Light.RED)) kinds.add(EscalationKind.SUPERVISION_LETTER);
  if (longest(Light.RED) >= 2) kinds.add(EscalationKind.TALK);
  if (longest(Light.RED) >= 3) kinds.add(EscalationKind.ACCOUNTABILITY_PROPOSAL);
  return { kinds: [...kinds], runStart };
}

/** Days each step gives its addressees to answer. */
export const DAYS_TO_ANSWER: Record<EscalationKind, number> = {
  [EscalationKind.REMINDER]: 10,
  [EscalationKind.SUPERVISION_LETTER]: 7,
  [EscalationKind.TALK]: 15,
  [EscalationKind.ACCOUNTABILITY_PROPOSAL]: 15,
  [EscalationKind.REPORT_REMINDER]: 3,
};

/** A problem overdue by this many days is proposed for accountability. */
export const OVERDUE_DAYS_FOR_ACCOUNTABILITY = 30;

/** The cause key of a run of YELLOW/RED lights. */
export function lightCause(projectId: number, year: number, runStart: number): string {
  return `light:${projectId}:${year}-${String(runStart).padStart(2, '0')}`;
}

/** The cause key of a problem overdue by 30 days. */
export function overdueCause(problemId: number): string {
  return `overdue:${problemId}`;
}

/** The cause key of a report missing at its deadline. */
export function missingReportCause(projectId: number, year: number, month: number): string {
  return `report:${projectId}:${year}-${String(month).padStart(2, '0')}`;
}
