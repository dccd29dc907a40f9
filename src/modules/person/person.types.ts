import { ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { Person } from './person.entity.js';

/** A page of people. */
@ObjectType({ simpleResolvers: true, description: 'A page of people. 人员分页列表。' })
export class PersonConnection extends Connection(Person, 'Person', (person) => person.id) {}
