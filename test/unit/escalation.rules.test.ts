import { describe, expect, it } from 'vitest';
import { EscalationKind } from '../../src/modules/escalation/escalation.entity.js';
import { lightCause, lightSteps } from '../../src/modules/escalation/escalation.rules.js';
import { Light } from '../../src/modules/light/light.rules.js';

const { GREEN, YELLOW, RED, NOT_DUE } = Light;
const { REMINDER, SUPERVISION_LETTER, TALK, ACCOUNTABILITY_PROPOSAL } = EscalationKind;

/** Lights from January on. */
const months = (...lights: Light[]) => lights.map((light, index) => ({ month: index + 1, light }));

describe('the escalation ladder over a project’s official lights', () => {
  it.each([
    ['all green', months(GREEN, GREEN, GREEN), [], null],
    ['not yet due', months(NOT_DUE, NOT_DUE), [], null],
    ['a first yellow: 提醒', months(GREEN, YELLOW), [REMINDER], 2],
    ['two yellows in a row: 督办函', months(YELLOW, YELLOW), [REMINDER, SUPERVISION_LETTER], 1],
    ['a red: 督办函', months(GREEN, GREEN, RED), [SUPERVISION_LETTER], 3],
    ['two reds in a row: 约谈', months(RED, RED), [SUPERVISION_LETTER, TALK], 1],
    ['three reds in a row: 问责建议', months(RED, RED, RED), [SUPERVISION_LETTER, TALK, ACCOUNTABILITY_PROPOSAL], 1],
    ['yellow then red, one run', months(GREEN, YELLOW, RED), [REMINDER, SUPERVISION_LETTER], 2],
    ['red, yellow, red: no two reds in a row', months(RED, YELLOW, RED), [REMINDER, SUPERVISION_LETTER], 1],
  ])('%s', (_, lights, kinds, runStart) => {
    expect(lightSteps(lights)).toEqual({ kinds, runStart });
  });

  it('a green month ends the run: nothing is called for, and a later run is a new cause', () => {
    expect(lightSteps(months(RED, RED, GREEN))).toEqual({ kinds: [], runStart: null });
    const later = lightSteps(months(RED, RED, GREEN, YELLOW));
    expect(later).toEqual({ kinds: [REMINDER], runStart: 4 });
    expect(lightCause(7, 2026, later.runStart!)).toBe('light:7:2026-04');
    expect(lightCause(7, 2026, 1)).not.toBe(lightCause(7, 2026, later.runStart!));
  });

  it('a month without a light breaks the streak', () => {
    expect(lightSteps([{ month: 1, light: RED }, { month: 3, light: RED }])).toEqual({ kinds: [SUPERVISION_LETTER], runStart: 3 });
  });

  it('the same run gives the same cause month after month, so each step is created once', () => {
    expect(lightSteps(months(GREEN, RED)).runStart).toBe(lightSteps(months(GREEN, RED, RED, RED)).runStart);
  });
});
