import { describe, expect, it } from 'vitest';
import { dayTime, milestoneStatusOf, milestoneTypeOf, projectStatusOf, projectTypeOf, sectorOf, yuanValue } from '../../src/modules/export/oc4ids.mapping.js';
import { Industry, ProjectStatus } from '../../src/modules/project/project.entity.js';

describe('yuanValue: 万元 × 10,000, exactly', () => {
  it.each([
    ['200000.00', 2_000_000_000],
    ['0.01', 100],
    ['0.00', 0],
    ['73400.00', 734_000_000],
    ['123456789.12', 1_234_567_891_200],
    ['900719925474.09', 9_007_199_254_740_900],
  ])('%s 万元 is %d yuan', (wan, yuan) => expect(yuanValue(wan)).toEqual({ amount: yuan, currency: 'CNY' }));

  it.each(['999999999999.99', '0.00001'])('%s 万元 is not a safe whole number of yuan: a bug, thrown', (wan) => expect(() => yuanValue(wan)).toThrow());
});

describe('dayTime', () => {
  it('writes a day as its midnight in China Standard Time', () => expect(dayTime('2026-03-31')).toBe('2026-03-31T00:00:00+08:00'));
});

describe('sectorOf', () => {
  it.each<[string, string[], Industry, string[] | undefined]>([
    ['XX区第二实验学校', [], Industry.TERTIARY, ['education']],
    ['区人民医院新院区', [], Industry.TERTIARY, ['health']],
    ['城南污水处理厂二期', [], Industry.TERTIARY, ['waterAndWaste']],
    ['城北公交枢纽站', [], Industry.TERTIARY, ['transport', 'transport.urban']],
    ['水西大道延伸段', [], Industry.TERTIARY, ['transport', 'transport.road']],
    ['城区智慧停车项目', [], Industry.TERTIARY, ['communications', 'transport', 'transport.urban']],
    ['城东保障性安居工程', [], Industry.TERTIARY, ['socialHousing']],
    ['区档案馆新馆', [], Industry.TERTIARY, ['governance']],
    ['滨江休闲旅游度假区', [], Industry.TERTIARY, ['cultureSportsAndRecreation']],
    ['湖边生态农业观光园', [], Industry.PRIMARY, ['cultureSportsAndRecreation', 'economy']],
    ['康利石材', ['石材产业'], Industry.SECONDARY, ['economy']],
    // the words place nothing: the industry decides for agriculture and industry …
    ['某某项目', [], Industry.PRIMARY, ['economy']],
    ['某某项目', [], Industry.SECONDARY, ['economy']],
    // … and a tertiary project gets no sector rather than a wrong one
    ['XX新区滨江片区综合开发', [], Industry.TERTIARY, undefined],
    ['水南老旧小区改造', [], Industry.TERTIARY, undefined],
  ])('%s %j (%s) → %j', (name, clusters, industry, sectors) => expect(sectorOf(name, clusters, industry)).toEqual(sectors));
});

describe('projectTypeOf', () => {
  it.each([
    ['区人民医院新院区', 'construction'],
    ['城南污水处理厂二期', 'expansion'],
    ['沙河镇中心小学扩建', 'expansion'],
    ['水西大道延伸段', 'expansion'],
    ['XX区中心城区路网提升工程', 'rehabilitation'],
    ['水南片区雨污分流改造', 'rehabilitation'],
    ['城北新区棚户区改造', 'construction'],
  ])('%s → %s', (name, type) => expect(projectTypeOf(name)).toBe(type));
});

describe('projectStatusOf', () => {
  it.each<[ProjectStatus, string | null, string | null, string]>([
    [ProjectStatus.NOT_STARTED, null, null, 'preparation'],
    [ProjectStatus.UNDER_CONSTRUCTION, '2026-01-08', null, 'implementation'],
    [ProjectStatus.SUSPENDED, '2025-04-22', null, 'implementation'],
    [ProjectStatus.COMPLETED, '2025-04-22', '2026-03-31', 'completion'],
    [ProjectStatus.UNDER_CONSTRUCTION, '2025-04-22', '2026-03-31', 'completion'],
  ])('%s, started %s, completed %s → %s', (status, started_on, completed_on, expected) => expect(projectStatusOf({ status, started_on, completed_on })).toBe(expected));
});

describe('milestones', () => {
  it.each([
    ['完成施工招标', 'procurement'],
    ['完成项目可研批复', 'approval'],
    ['完成用地预审和规划选址', 'approval'],
    ['完成施工图设计和施工许可', 'approval'],
    ['竣工验收', 'approval'],
    ['完成征地拆迁', 'delivery'],
    ['项目开工建设', 'delivery'],
    ['完成年度投资计划', 'delivery'],
  ])('%s is a %s milestone', (name, type) => expect(milestoneTypeOf(name)).toBe(type));

  it.each([
    ['2026-03-15', '2026-03-12', '2026-11-30', 'met'],
    ['2026-03-15', null, '2026-03-15', 'scheduled'],
    ['2026-03-15', null, '2026-03-16', 'notMet'],
  ])('due %s, met %s, on %s: %s', (dueOn, metOn, today, status) => expect(milestoneStatusOf({ dueOn, metOn }, today)).toBe(status));
});
