import type { EntityManager } from '@mikro-orm/postgresql';
import { backdateSeededHistory } from './history.js';
import { demoSite } from './demo-geography.js';
import { Organization, OrganizationKind } from '../../modules/organization/organization.entity.js';
import { LeadershipBody, Person } from '../../modules/person/person.entity.js';
import { ConstructionType, Industry, Project, ProjectLevel, ProjectStatus } from '../../modules/project/project.entity.js';
import { Assignment, AssignmentRole } from '../../modules/assignment/assignment.entity.js';
import { Listing, ListingStatus, Milestone } from '../../modules/listing/listing.entity.js';
import { DEMO_PREVIOUS_YEAR, demoListings2025 } from './demo-district-2025.js';
import { ProgressReport } from '../../modules/progress/progress-report.entity.js';
import { LandTask } from '../../modules/land/land-task.entity.js';
import { DEMO_YEAR, demoOrganizations, demoPeople, demoProjects } from './demo-district.data.js';

/** The demo's months of 2026 closed (月度关账): January to March, as the seed's figures are Q1's. */
export const DEMO_CLOSED_THROUGH = 3;
import { DEMO_SUPERVISION_STAFF, seedDemoSupervision } from './demo-supervision.js';
import { schemeFor } from '../../modules/assessment/scheme.service.js';
import { closeLights } from '../../modules/light/light.service.js';
import { ReportingPeriod } from '../../modules/period/reporting-period.entity.js';
import { escalateAtClose } from '../../modules/escalation/escalation.service.js';
import { recomputeScores } from '../../modules/assessment/score.service.js';

/** What a seeding run did. */
export interface SeedResult {
  seeded: boolean;
  projects: number;
  people: number;
  organizations: number;
}

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (!value) throw new Error(`demo data refers to unknown ${what} "${key}"`);
  return value;
}

/** Report timestamp of a month's report: the 5th of the following month, 09:00 China time. */
function reportedAt(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 5, 1, 0, 0));
}

/**
 * Inserts the demo district (DOMAIN.md's figures) in one transaction, unless the database already
 * holds projects; then it changes nothing.
 */
export async function seedDemoDistrict(rootEm: EntityManager): Promise<SeedResult> {
  return rootEm.fork().transactional(async (em) => {
    if ((await em.count(Project, {})) > 0) return { seeded: false, projects: 0, people: 0, organizations: 0 };

    const organizations = new Map(
      demoOrganizations.map((o) => [o.key, em.create(Organization, { name: o.name, kind: o.kind as OrganizationKind })]),
    );
    const people = new Map(
      demoPeople.map((p) => [
        p.key,
        em.create(Person, {
          name: p.name,
          title: p.title,
          leadershipBody: (p.leadershipBody as LeadershipBody | null) ?? null,
          organization: p.organizationKey ? lookup(organizations, p.organizationKey, 'organization') : null,
          phone: p.phone,
        }),
      ]),
    );
    const projects: Project[] = [];
    for (const data of demoProjects) {
      const project = em.create(Project, {
        code: data.code,
        name: data.name,
        industry: data.industry as Industry,
        clusters: data.clusters,
        totalInvestment: data.totalInvestment,
        address: data.location,
        ...demoSite(data.code, data.location),
        startedOn: data.startedOn,
        completedOn: null,
        status: data.status as ProjectStatus,
        responsibleUnit: lookup(organizations, data.responsibleUnitKey, 'organization'),
        town: [...organizations.values()].find((organization) => organization.name === data.location) ?? null,
      });
      projects.push(project);
      const listing = em.create(Listing, {
        project,
        year: DEMO_YEAR,
        level: data.level as ProjectLevel,
        constructionType: data.constructionType as ConstructionType,
        plannedInvestment: data.plan2026.plannedInvestment,
        plannedStartOn: data.plannedStartOn,
        plannedCompletionOn: data.plannedCompletionOn,
        status: ListingStatus.ISSUED,
        issuedAt: new Date(Date.UTC(DEMO_YEAR, 0, 10, 1)),
        issuedPlannedInvestment: data.plan2026.plannedInvestment,
      });
      data.plan2026.milestones.forEach((milestone, position) => em.create(Milestone, { listing, position, ...milestone }));
      const previous = demoListings2025.find((entry) => entry.code === data.code);
      if (previous) {
        if (previous.openingInvestment !== '0.00') Object.assign(project, { openingInvestment: previous.openingInvestment, openingInvestmentOn: `${DEMO_PREVIOUS_YEAR - 1}-12-31` });
        const listing2025 = em.create(Listing, {
          project,
          year: DEMO_PREVIOUS_YEAR,
          level: data.level as ProjectLevel,
          constructionType: previous.constructionType as ConstructionType,
          plannedInvestment: previous.plannedInvestment,
          plannedStartOn: previous.constructionType === 'NEW' ? data.plannedStartOn : null,
          plannedCompletionOn: data.plannedCompletionOn,
          status: ListingStatus.ISSUED,
          issuedAt: new Date(Date.UTC(DEMO_PREVIOUS_YEAR, 0, 10, 1)),
          issuedPlannedInvestment: previous.plannedInvestment,
        });
        previous.milestones.forEach((milestone, position) => em.create(Milestone, { listing: listing2025, position, ...milestone }));
        for (const report of previous.reports) {
          em.create(ProgressReport, {
            project,
            year: DEMO_PREVIOUS_YEAR,
            month: report.month,
            completedInvestment: report.completedInvestment,
            physicalProgress: report.physicalProgress,
            narrative: report.narrative,
            reportedBy: lookup(people, report.reportedByKey, 'person'),
            reportedAt: reportedAt(DEMO_PREVIOUS_YEAR, report.month),
            firstSubmittedAt: reportedAt(DEMO_PREVIOUS_YEAR, report.month),
          });
        }
      }
      for (const report of data.progress2026) {
        em.create(ProgressReport, {
          project,
          year: DEMO_YEAR,
          month: report.month,
          completedInvestment: report.completedInvestment,
          physicalProgress: report.physicalProgress,
          narrative: report.narrative,
          reportedBy: lookup(people, report.reportedByKey, 'person'),
          reportedAt: reportedAt(DEMO_YEAR, report.month),
          firstSubmittedAt: reportedAt(DEMO_YEAR, report.month),
        });
      }
      for (const assignment of data.assignments) {
        em.create(Assignment, { project, person: lookup(people, assignment.personKey, 'person'), role: assignment.role as AssignmentRole });
      }
      for (const task of data.landTasks) em.create(LandTask, { project, ...task });
    }
    seedDemoSupervision(em, projects, people, organizations);
    await em.flush();
    // Scores are derived from the rows, as after any change; official lights (and the escalation
    // steps they call for) come from closing the months the demo has reported: all of 2025, and
    // January to March of 2026.
    for (const [year, lastMonth] of [[DEMO_PREVIOUS_YEAR, 12], [DEMO_YEAR, DEMO_CLOSED_THROUGH]] as const) {
      const scheme = await schemeFor(em, year);
      await recomputeScores(em, year, 'all', scheme);
      for (let month = 1; month <= lastMonth; month++) {
        em.create(ReportingPeriod, { year, month, closedAt: reportedAt(year, month), closedBy: 'seed' });
        await em.flush();
        await closeLights(em, year, month, scheme.thresholds);
        // The escalation ladder of each close, as the office would have seen it then (the seed writes no events).
        await escalateAtClose(em, { add: () => undefined, derive: () => undefined }, year, month, reportedAt(year, month));
      }
    }
    await backdateSeededHistory(em);
    return { seeded: true, projects: demoProjects.length, people: people.size + DEMO_SUPERVISION_STAFF.length, organizations: organizations.size };
  });
}
