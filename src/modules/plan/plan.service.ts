import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
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

type MilestoneValues = Pick<Milestone, 'name' | 'dueOn' | 'metOn' | 'position'>;

function sameMilestones(existing: readonly MilestoneValues[], wanted: readonly MilestoneValues[]): boolean {
  return (
    existing.length === wanted.length &&
    existing.every((milestone, index) => {
      const other = wanted[index];
      return milestone.name === other.name && milestone.dueOn === other.dueOn && (milestone.metOn ?? null) === other.metOn && milestone.position === other.position;
    })
  );
}

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
    if (!plan) plan = em.create(AnnualPlan, { project, year, plannedInvestment });
    else plan.plannedInvestment = plannedInvestment; // both canonical (two decimals): the same amount is no change
    if (milestones) {
      const existing = plan.id ? await em.find(Milestone, { plan }, { orderBy: { position: 'asc' } }) : [];
      if (!sameMilestones(existing, milestones)) {
        // Removed through the unit of work so the audit records each deleted milestone.
        existing.forEach((milestone) => em.remove(milestone));
        await em.flush();
        for (const milestone of milestones) em.create(Milestone, { plan, ...milestone });
      }
    }
    await em.flush();
    // Setting the plan it already has changes no row, so inTransaction records no event for it.
    events.add({
      type: EventType.PLAN_SET,
      projectId: project.id,
      year,
      payload: { plannedInvestment, milestonesReplaced: milestones !== undefined },
    });
    return plan;
  });
}
