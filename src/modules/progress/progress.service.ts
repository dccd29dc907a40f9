import { inTransaction, type Context } from '../../server/context.js';
import { BadUserInputError, NotFoundError, requireIntegerInRange } from '../../shared/errors.js';
import { fromGlobalId } from '../../shared/global-id.js';
import { requireDecimal } from '../../shared/money.js';
import { today } from '../../shared/dates.js';
import { requireYear } from '../../shared/year.js';
import { Person } from '../person/person.entity.js';
import { lockProject } from '../project/project.service.js';
import { ProgressReport } from './progress-report.entity.js';
import type { ReportProgressInput } from './progress.inputs.js';

const MAX_NARRATIVE = 4000;

/**
 * Records a project's report for a month; a second report of the same month replaces the first.
 * Months that have not begun yet cannot be reported.
 */
export function reportProgress(context: Context, input: ReportProgressInput): Promise<ProgressReport> {
  return inTransaction(context, async (em) => {
    const year = requireYear(input.year);
    requireIntegerInRange(input.month, 1, 12, 'month');
    const currentMonth = today().slice(0, 7);
    if (`${year}-${String(input.month).padStart(2, '0')}` > currentMonth) {
      throw new BadUserInputError(`${year}-${input.month} has not begun; only past and current months can be reported`, 'month');
    }
    const completedInvestment = requireDecimal(input.completedInvestment, 'completedInvestment', { max: '9999999999.99' });
    const physicalProgress = requireDecimal(input.physicalProgress, 'physicalProgress', { max: '100' });
    const narrative = (input.narrative ?? '').trim();
    if (narrative.length > MAX_NARRATIVE) throw new BadUserInputError(`narrative must be at most ${MAX_NARRATIVE} characters`, 'narrative');
    let reportedBy: Person | null = null;
    if (input.reportedById) {
      reportedBy = await em.findOne(Person, { id: fromGlobalId(input.reportedById, 'Person', 'reportedById') });
      if (!reportedBy) throw new NotFoundError('Person', input.reportedById);
    }
    const project = await lockProject(em, input.projectId);
    const values = { completedInvestment, physicalProgress, narrative, reportedBy, reportedAt: new Date() };
    let report = await em.findOne(ProgressReport, { project, year, month: input.month });
    if (report) em.assign(report, values);
    else report = em.create(ProgressReport, { project, year, month: input.month, ...values });
    await em.flush();
    return report;
  });
}
