import { ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { Problem } from './problem.entity.js';

@ObjectType({ simpleResolvers: true, description: 'A page of problems. 问题分页列表。' })
export class ProblemConnection extends Connection(Problem, 'Problem', (problem) => problem.id) {}
