import { describe, expect, it } from 'vitest';
import { decodeGlobalId, fromGlobalId, toGlobalId } from '../../src/shared/global-id.js';
import { isDateString, today } from '../../src/shared/dates.js';
import { encodeCursor, pageRequest } from '../../src/shared/pagination.js';

describe('global ids', () => {
  it('round-trip type and id', () => {
    const id = toGlobalId('Project', 42);
    expect(decodeGlobalId(id)).toEqual({ type: 'Project', id: 42 });
    expect(fromGlobalId(id, 'Project', 'projectId')).toBe(42);
  });

  it.each(['', 'not-an-id', '!!!!', Buffer.from('Project:').toString('base64'), Buffer.from('Project:0').toString('base64'),
    Buffer.from('Project:-1').toString('base64'), Buffer.from('Project:99999999999').toString('base64'), Buffer.from('Project:1 or 1=1').toString('base64')])(
    'reject malformed %j',
    (id) => {
      expect(decodeGlobalId(id)).toBeUndefined();
      expect(() => fromGlobalId(id, 'Project', 'projectId')).toThrow(/projectId is not a valid id/);
    },
  );

  it('refuse an id of another type, naming the field', () => {
    expect(() => fromGlobalId(toGlobalId('Person', 1), 'Project', 'projectId')).toThrow('projectId must be a Project id, got a Person id');
  });
});

describe('dates', () => {
  it.each([['2026-03-31', true], ['2024-02-29', true], ['2026-02-29', false], ['2026-13-01', false], ['2026-3-1', false], ['1899-12-31', false], ['2026-03-31T00:00:00Z', false]])(
    '%s is a date: %s',
    (text, valid) => {
      expect(isDateString(text)).toBe(valid);
    },
  );

  it('today is in China Standard Time', () => {
    expect(today(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(today(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
  });
});

describe('page requests', () => {
  it('default to 20 after the start', () => {
    expect(pageRequest({})).toEqual({ first: 20, afterKey: 0 });
  });

  it('accept 1..100 and a cursor', () => {
    expect(pageRequest({ first: 100, after: encodeCursor(7) })).toEqual({ first: 100, afterKey: 7 });
    expect(pageRequest({ first: 1 })).toEqual({ first: 1, afterKey: 0 });
  });

  it.each([0, 101, -1, 2.5])('refuse first = %s', (first) => {
    expect(() => pageRequest({ first })).toThrow(/first must be from 1 to 100/);
  });

  it.each(['x', Buffer.from('cursor:abc').toString('base64'), Buffer.from('other:1').toString('base64')])('refuse cursor %j', (after) => {
    expect(() => pageRequest({ after })).toThrow(/after is not a valid cursor/);
  });
});
