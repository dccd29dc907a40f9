import { inTransaction, type Context } from '../../server/context.js';
import { BadUserInputError, requireText } from '../../shared/errors.js';
import { requireDecimal } from '../../shared/money.js';
import { requireDate, today } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { lockProject } from '../project/project.service.js';
import { AnnualPlan, Milestone } from './annual-plan.entity.js';
import type { SetAnnualPlanInput } from './plan.inputs.js';
import { EventType } from '../event/event.entity.js';
import { Action, authorize } from '../auth/authorization.js';
import { requireVersion } from '../../shared/versioning.js';

const MAX_MILESTONES = 50;

/** Creates or replaces a project's plan for a year (and, when given, its milestones). */
export function setAnnualPlan(context: Context, input: SetAnnualPlanInput): Promise<AnnualPlan> {
  authorize(context.caller, Action.MANAGE_PROJECTS);
  return inTransaction(context, 'setAnnualPlan', async (em, events) => {
    const project = await lockProject(em, input.projectId);
    const year = requireYear(input.year);
    const plannedInvestment = requireDecimal(input.plannedInvestment, 'plannedInvestment', { max: '9999999999.99' });
    const milestones = input.milestones?.map((milestone, index) => {
      const field = `milestones.${index}`;
      const dueOn = requireDate(milestone.dueOn, `${field}.dueOn`);
      if (!dueOn.startsWith(`${year}-`)) throw new BadUserInputError(`${field}.dueOn must fall in ${year}`, `${field}.dueOn`);
      const metOn = milestone.metOn ? requireDate(milestone.metOn, `${field}.metOn`) : null;
      if (metOn && metOn > today()) throw new BadUserInputError(`${field}.metOn must not be in the future`, `${field}.metOn`);
      return { name: requireText(milestone.name, `${field}.name`, 200), dueOn, metOn, position: index };
    });
    if (milestones && milestones.length > MAX_MILESTONES) {
      throw new BadUserInputError(`at most ${MAX_MILESTONES} milestones`, 'milestones');
    }
    let plan = await em.findOne(AnnualPlan, { project, year });
    if (plan) requireVersion(plan, input.expectedVersion, 'AnnualPlan');
    if (plan) {
      plan.plannedInvestment = plannedInvestment;
      if (milestones) await em.nativeDelete(Milestone, { plan: plan.id });
    } else {
      plan = em.create(AnnualPlan, { project, year, plannedInvestment });
    }
    for (const milestone of milestones ?? []) em.create(Milestone, { plan, ...milestone });
    await em.flush();
    events.add({
      type: EventType.PLAN_SET,
      projectId: project.id,
      year,
      payload: { plannedInvestment, milestonesReplaced: milestones !== undefined },
    });
    return plan;
  });
}
