import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, AssignmentRole } from '../../modules/assignment/assignment.entity.js';
import { Organization } from '../../modules/organization/organization.entity.js';
import { Person } from '../../modules/person/person.entity.js';
import { Problem, ProblemStatus } from '../../modules/problem/problem.entity.js';
import { Project } from '../../modules/project/project.entity.js';
import {
  Inspection,
  InspectionInspector,
  InspectionMethod,
  ProgressRating,
  SupervisionGroup,
  SupervisionMember,
  SupervisionRole,
} from '../../modules/supervision/supervision.entity.js';
import { Sanction, SanctionKind } from '../../modules/assessment/assessment.entity.js';
import { createSchemeVersion, DEFAULT_SCHEME } from '../../modules/assessment/scheme.service.js';
import { dekadRange } from '../../shared/dekad.js';
import { DEMO_YEAR } from './demo-district.data.js';

/** Supervision staff drawn from 纪委, 四大办, 发改, 经贸, 统计 (invented names). */
export const DEMO_SUPERVISION_STAFF = [
  { name: '黎明华', title: '区纪委督查员', organizationKey: 'dept-jw' },
  { name: '邱志刚', title: '区委办(四大办)督查员', organizationKey: 'dept-sdb' },
  { name: '尹丽萍', title: '区发改局重点项目科科长', organizationKey: 'dept-fgj' },
  { name: '石建国', title: '区经贸局督查员', organizationKey: 'dept-jmj' },
  { name: '龙海波', title: '区统计局固定资产投资统计科科长', organizationKey: 'dept-tjj' },
];

/** The problems inspections raise, in the demo and in the scale dataset. */
export const DEMO_PROBLEMS = [
  '征地拆迁进度滞后,影响施工作业面',
  '施工组织不力,现场作业人员不足',
  '项目资金拨付不及时',
  '前期审批手续尚未办结',
  '安全文明施工措施落实不到位',
  '月度投资统计报送不及时',
];

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/**
 * The supervision side of the demo district: the group (leader from 区人大, deputy from 区政协,
 * members from 纪委, 四大办, 发改, 经贸, 统计), one inspector per project, inspections for every
 * ten-day round January–March with some missing and some late, the review meeting of 21–22 March
 * (看资料、看现场、听汇报、点评), problems in every state, the 2026 scheme and the meeting's
 * commendation and criticism. Deterministic: the same rows every time.
 */
export function seedDemoSupervision(
  em: EntityManager,
  projects: Project[],
  people: Map<string, Person>,
  organizations: Map<string, Organization>,
): void {
  const year = DEMO_YEAR;
  const leader = people.get('congress-deputy-1')!;
  const deputy = people.get('cppcc-vice-1')!;
  const staff = DEMO_SUPERVISION_STAFF.map((member, index) =>
    em.create(Person, {
      name: member.name,
      title: member.title,
      leadershipBody: null,
      organization: organizations.get(member.organizationKey)!,
      phone: `1390797${String(2001 + index).padStart(4, '0')}`,
    }),
  );
  const group = em.create(SupervisionGroup, { year, name: 'XX区重点工程(项目)建设督查组' });
  em.create(SupervisionMember, { group, person: leader, role: SupervisionRole.LEADER });
  em.create(SupervisionMember, { group, person: deputy, role: SupervisionRole.DEPUTY });
  for (const person of staff) em.create(SupervisionMember, { group, person, role: SupervisionRole.MEMBER });

  createSchemeVersion(em, year, 1, DEFAULT_SCHEME.rules, DEFAULT_SCHEME.thresholds);

  let problemIndex = 0;
  projects.forEach((project, i) => {
    const inspector = staff[i % staff.length];
    em.create(Assignment, { project, person: inspector, role: AssignmentRole.INSPECTOR });
    for (let month = 1; month <= 3; month++) {
      for (let dekad = 1; dekad <= 3; dekad++) {
        const reviewMeeting = month === 3 && dekad === 3;
        // About one round in eleven is missed (应督未督), never the review meeting.
        if (!reviewMeeting && (i * 7 + month * 3 + dekad) % 11 === 0) continue;
        const { startsOn, endsOn } = dekadRange(year, month, dekad);
        const late = !reviewMeeting && (i + month + dekad) % 13 === 0;
        const inspectedOn = reviewMeeting ? `${year}-03-${i % 2 === 0 ? '21' : '22'}` : late ? addDays(endsOn, 2) : addDays(startsOn, i % 5);
        const rating = [ProgressRating.AHEAD, ProgressRating.ON_SCHEDULE, ProgressRating.ON_SCHEDULE, ProgressRating.BEHIND][(i + month) % 4];
        const inspection = em.create(Inspection, {
          project,
          year,
          month,
          dekad,
          inspectedOn,
          methods: reviewMeeting
            ? [InspectionMethod.DOCUMENT_REVIEW, InspectionMethod.SITE_VISIT, InspectionMethod.BRIEFING, InspectionMethod.REVIEW]
            : (i + dekad) % 2 === 0
              ? [InspectionMethod.DOCUMENT_REVIEW, InspectionMethod.SITE_VISIT]
              : [InspectionMethod.SITE_VISIT, InspectionMethod.BRIEFING],
          findings: reviewMeeting
            ? '督查推进会:看资料、看现场、听汇报,现场点评,总结经验、查找不足'
            : rating === ProgressRating.BEHIND
              ? '进度滞后于序时进度,要求倒排工期、加快推进'
              : '项目按计划推进,现场管理规范',
          progressRating: rating,
        });
        em.create(InspectionInspector, { inspection, person: inspector });
        em.create(InspectionInspector, { inspection, person: (month + dekad) % 2 === 0 ? leader : deputy });
        if ((i + month * dekad) % 10 === 0) {
          const state = problemIndex % 4;
          const longTerm = state === 3;
          const deadline = longTerm ? `${year}-12-31` : addDays(inspectedOn, 20);
          const status = state === 0 ? ProblemStatus.OPEN : state === 1 ? ProblemStatus.RECTIFYING : state === 2 ? ProblemStatus.RESOLVED : ProblemStatus.OPEN;
          em.create(Problem, {
            project,
            inspection,
            description: DEMO_PROBLEMS[problemIndex % DEMO_PROBLEMS.length],
            ownerPerson: null,
            ownerUnit: project.responsibleUnit,
            raisedOn: inspectedOn,
            deadline,
            status,
            rectificationMeasures: status === ProblemStatus.OPEN ? null : '成立专班,倒排工期,挂图作战',
            verifiedBy: status === ProblemStatus.RESOLVED ? leader : null,
            resolvedOn: status === ProblemStatus.RESOLVED ? addDays(inspectedOn, 12) : null,
          });
          problemIndex++;
        }
      }
    }
  });

  // The review meeting's commendation and criticism (21–22 March).
  em.create(Sanction, {
    kind: SanctionKind.COMMENDATION,
    year,
    project: projects[0],
    person: null,
    accountabilityReason: null,
    description: '督查推进会通报表扬:一季度投资完成进度快、现场管理规范',
    decidedOn: `${year}-03-22`,
  });
  em.create(Sanction, {
    kind: SanctionKind.CRITICISM,
    year,
    project: projects[20],
    person: null,
    accountabilityReason: null,
    description: '督查推进会通报批评:未按计划开工,措施不得力',
    decidedOn: `${year}-03-22`,
  });
}
