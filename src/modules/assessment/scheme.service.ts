import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { inTransaction } from '../../core/unit-of-work.js';
import { BadUserInputError, requireIntegerInRange } from '../../shared/errors.js';
import { requireDecimal } from '../../shared/money.js';
import { requireYear } from '../../shared/year.js';
import { EventType } from '../event/event.entity.js';
import { lockYearWideDerivation } from '../../core/event-log.js';
import { DEFAULT_LIGHT_THRESHOLDS, type LightThresholds } from '../light/light.rules.js';
import { AssessmentScheme } from './assessment.entity.js';
import { DEFAULT_SCHEME_RULES, type SchemeRules } from './score.rules.js';
import type { UpdateAssessmentSchemeInput } from './assessment.inputs.js';
import { Action, authorize } from '../auth/authorization.js';
import { DEFAULT_REPORT_DEADLINE_DAY } from '../period/period.rules.js';

/** A year's rules as the rule functions take them, with the version they come from (0 = defaults). */
export interface EffectiveScheme {
  version: number;
  rules: SchemeRules;
  thresholds: LightThresholds;
  /** Reports of a month are due by this day of the next month (月报截止日). */
  reportDeadlineDay: number;
}



/** The defaults of DOMAIN.md, used for a year that has no scheme yet. */
export const DEFAULT_SCHEME: EffectiveScheme = { version: 0, rules: DEFAULT_SCHEME_RULES, thresholds: DEFAULT_LIGHT_THRESHOLDS, reportDeadlineDay: DEFAULT_REPORT_DEADLINE_DAY };

/** Converts a stored scheme version to the rule functions' form. */
export function effectiveScheme(scheme: AssessmentScheme | null): EffectiveScheme {
  if (!scheme) return DEFAULT_SCHEME;
  return {
    version: scheme.version,
    rules: {
      baseScore: scheme.baseScore,
      weightTiers: scheme.weightTiers,
      bonusPerPoint: scheme.bonusPerPoint,
      bonusCap: scheme.bonusCap,
      criticismDeduction: scheme.criticismDeduction,
      vetoReasons: scheme.vetoReasons,
    },
    thresholds: { yellowLag: scheme.yellowLag, redLag: scheme.redLag, startDelayRedMonths: scheme.startDelayRedMonths },
    reportDeadlineDay: scheme.reportDeadlineDay,
  };
}

/** The latest version of a year's scheme (with `asOf`, the latest made by then), or null when the year has none. */
export function latestScheme(em: EntityManager, year: number, asOf: Date | null = null): Promise<AssessmentScheme | null> {
  return em.findOne(AssessmentScheme, asOf ? { year, createdAt: { $lte: asOf } } : { year }, { orderBy: { version: 'desc' } });
}

/** The rules in force for a year (with `asOf`, in force at that instant). */
export async function schemeFor(em: EntityManager, year: number, asOf: Date | null = null): Promise<EffectiveScheme> {
  return effectiveScheme(await latestScheme(em, year, asOf));
}

/** Stores a new version of a year's scheme from `rules` (the defaults for what is omitted). */
export function createSchemeVersion(
  em: EntityManager,
  year: number,
  version: number,
  rules: SchemeRules,
  thresholds: LightThresholds,
  reportDeadlineDay = DEFAULT_REPORT_DEADLINE_DAY,
): AssessmentScheme {
  return em.create(AssessmentScheme, {
    year,
    version,
    reportDeadlineDay,
    baseScore: rules.baseScore,
    weightTiers: rules.weightTiers,
    bonusPerPoint: rules.bonusPerPoint,
    bonusCap: rules.bonusCap,
    criticismDeduction: rules.criticismDeduction,
    vetoReasons: rules.vetoReasons,
    yellowLag: thresholds.yellowLag,
    redLag: thresholds.redLag,
    startDelayRedMonths: thresholds.startDelayRedMonths,
  });
}

/**
 * Edits a year's scheme: a new version with the given fields changed, the rest carried over. Lights
 * and scores of the year are recomputed in the same transaction (SCHEME_UPDATED).
 */
export function updateAssessmentScheme(context: Context, input: UpdateAssessmentSchemeInput): Promise<AssessmentScheme> {
  authorize(context.caller, Action.MANAGE_ASSESSMENT);
  return inTransaction(context, 'updateAssessmentScheme', async (em, events) => {
    const year = requireYear(input.year);
    await lockYearWideDerivation(em, year);
    const current = await schemeFor(em, year);
    const rules: SchemeRules = { ...current.rules };
    const thresholds: LightThresholds = { ...current.thresholds };
    const points = (value: string, field: string, max = '1000') => requireDecimal(value, field, { max });
    if (input.baseScore != null) rules.baseScore = points(input.baseScore, 'baseScore');
    if (input.bonusPerPoint != null) rules.bonusPerPoint = points(input.bonusPerPoint, 'bonusPerPoint');
    if (input.bonusCap != null) rules.bonusCap = points(input.bonusCap, 'bonusCap');
    if (input.criticismDeduction != null) rules.criticismDeduction = points(input.criticismDeduction, 'criticismDeduction');
    if (input.vetoReasons != null) rules.vetoReasons = [...new Set(input.vetoReasons)];
    if (input.weightTiers != null) {
      if (input.weightTiers.length === 0 || input.weightTiers.length > 20) throw new BadUserInputError('weightTiers needs 1 to 20 tiers', 'weightTiers');
      const tiers = input.weightTiers.map((tier, index) => ({
        minPlannedInvestment: requireDecimal(tier.minPlannedInvestment, `weightTiers.${index}.minPlannedInvestment`, { max: '9999999999.99' }),
        weight: points(tier.weight, `weightTiers.${index}.weight`),
      }));
      tiers.sort((a, b) => Number(b.minPlannedInvestment) - Number(a.minPlannedInvestment));
      if (new Set(tiers.map((tier) => tier.minPlannedInvestment)).size !== tiers.length) {
        throw new BadUserInputError('weightTiers must have distinct lower bounds', 'weightTiers');
      }
      if (tiers[tiers.length - 1].minPlannedInvestment !== '0.00') {
        throw new BadUserInputError('the lowest weight tier must start at 0.00 so every plan has a tier', 'weightTiers');
      }
      rules.weightTiers = tiers;
    }
    if (input.yellowLag != null) thresholds.yellowLag = points(input.yellowLag, 'yellowLag', '100');
    if (input.redLag != null) thresholds.redLag = points(input.redLag, 'redLag', '100');
    if (Number(thresholds.redLag) <= Number(thresholds.yellowLag)) {
      throw new BadUserInputError('redLag must be greater than yellowLag', input.redLag != null ? 'redLag' : 'yellowLag');
    }
    if (input.startDelayRedMonths != null) {
      requireIntegerInRange(input.startDelayRedMonths, 1, 12, 'startDelayRedMonths');
      thresholds.startDelayRedMonths = input.startDelayRedMonths;
    }
    let reportDeadlineDay = current.reportDeadlineDay;
    if (input.reportDeadlineDay != null) {
      requireIntegerInRange(input.reportDeadlineDay, 1, 28, 'reportDeadlineDay');
      reportDeadlineDay = input.reportDeadlineDay;
    }
    const scheme = createSchemeVersion(em, year, current.version + 1, rules, thresholds, reportDeadlineDay);
    await em.flush();
    events.add({ type: EventType.SCHEME_UPDATED, year, payload: { version: scheme.version } });
    return scheme;
  });
}
