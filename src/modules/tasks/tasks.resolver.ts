import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { EventRecord } from '../../core/event-log.js';
import { ConnectionArgs } from '../../shared/pagination.js';
import { requireIntegerInRange } from '../../shared/errors.js';
import { EventType } from '../event/event.entity.js';
import { TaskPage } from './tasks.types.js';
import { Viewer } from '../auth/auth.resolver.js';
import { Organization } from '../organization/organization.entity.js';
import { Person } from '../person/person.entity.js';
import { rolesOf, tasksOf } from './tasks.service.js';

/** Events after which someone's to-do list may have changed. */
const TASK_EVENTS = new Set<EventType>([
  EventType.PROGRESS_REPORTED,
  EventType.REPORT_APPROVED,
  EventType.REPORT_RETURNED,
  EventType.CORRECTION_REQUESTED,
  EventType.REPORT_CORRECTED,
  EventType.CORRECTION_REJECTED,
  EventType.MONTH_CLOSED,
  EventType.INSPECTION_RECORDED,
  EventType.PROBLEM_RAISED,
  EventType.PROBLEM_UPDATED,
  EventType.RECTIFICATION_SUBMITTED,
  EventType.RECTIFICATION_VERIFIED,
  EventType.RECTIFICATION_REJECTED,
  EventType.ESCALATION_CREATED,
  EventType.ESCALATION_CLOSED,
  EventType.EXPLANATION_SUBMITTED,
  EventType.RANK_CHANGED,
  EventType.ASSIGNMENT_CHANGED,
  EventType.SUPERVISION_GROUP_SET,
  EventType.LISTINGS_ISSUED,
  EventType.LISTING_SET,
]);

/** `me` (the auth module's Viewer) as a work desk: the person, their unit, their roles, and what they owe. */
@Resolver(() => Viewer)
export class MeResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person of the token. 本人。' })
  async person(@Ctx() context: Context): Promise<Person | null> {
    return context.caller.personId === null ? null : context.loaders.personById.load(context.caller.personId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The person's unit. 所在单位。" })
  async organization(@Ctx() context: Context): Promise<Organization | null> {
    const person = context.caller.personId === null ? null : await context.loaders.personById.load(context.caller.personId);
    return person?.organization ? context.loaders.organizationById.load(person.organization.id) : null;
  }

  @FieldResolver(() => [String], { description: 'The token role, then the roles the person holds (assignments, supervision group). 角色。' })
  roles(@Ctx() context: Context): Promise<string[]> {
    return rolesOf(context.em, context.caller);
  }

  @FieldResolver(() => TaskPage, {
    description: 'What the caller owes, soonest due first: reports due or returned, inspections due this round, rectifications to submit or verify, escalation steps, explanations of missed targets; for the office, reviews. 待办事项。',
  })
  tasks(@Root() _me: Viewer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: Context): Promise<TaskPage> {
    return tasksOf(context, args);
  }

  @Subscription(() => TaskPage, {
    description: "The caller's to-do list (its first page), sent at once and again whenever it may have changed. 待办实时推送。",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const first = (args as { first?: number | null }).first ?? 50;
      requireIntegerInRange(first, 1, 100, 'first');
      return ctx.live.topics.computed(
        `tasks:${ctx.caller.id}:${first}`,
        () => {
          ctx.refresh();
          return tasksOf(ctx, { first } as ConnectionArgs);
        },
        (event: EventRecord) => TASK_EVENTS.has(event.type),
        ctx.connection,
      );
    },
  })
  myTasks(@Root() page: TaskPage, @Arg('first', () => Int, { nullable: true, defaultValue: 50, description: '1–100' }) _first: number): TaskPage {
    return page;
  }
}
