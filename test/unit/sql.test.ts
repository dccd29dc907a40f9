import { describe, expect, it } from 'vitest';
import { sql, Sql } from '../../src/db/sql.js';

describe('the sql tag keeps values beside the text they fill', () => {
  it('binds each value as a placeholder, in order', () => {
    const year = 2026;
    const statement = sql`select * from progress_report where year = ${year} and month <= ${3}`;
    expect(statement.text).toBe('select * from progress_report where year = ? and month <= ?');
    expect(statement.values).toEqual([2026, 3]);
  });

  it('splices fragments in with their own values, however deep', () => {
    const level = sql`p.level = ${'CITY'}`;
    const condition = sql`${level} and p.id > ${7}`;
    const statement = sql`select count(*) from project p where ${condition} limit ${10}`;
    expect(statement.text).toBe('select count(*) from project p where p.level = ? and p.id > ? limit ?');
    expect(statement.values).toEqual(['CITY', 7, 10]);
  });

  it('binds arrays as PostgreSQL array literals (knex would expand them into a list)', () => {
    expect(sql`id = any(${[1, 2, 3]}::int[])`.values).toEqual(['{1,2,3}']);
    expect(sql`x = any(${['石材', 'a"b', 'c\\d', null]}::text[])`.values).toEqual(['{"石材","a\\"b","c\\\\d",NULL}']);
    expect(sql`id = any(${[]}::int[])`.values).toEqual(['{}']);
  });

  it('a hostile value stays a value', () => {
    const statement = sql`select 1 where name = ${"'; drop table project; --"}`;
    expect(statement.text).toBe('select 1 where name = ?');
    expect(statement.values).toEqual(["'; drop table project; --"]);
  });

  it('joins, conjoins and leaves out fragments', () => {
    expect(sql.join([sql`a = ${1}`, sql`b = ${2}`], sql` or `).text).toBe('a = ? or b = ?');
    expect(sql.and([sql`a = ${1}`, sql.empty, sql`b = ${2}`]).text).toBe('(a = ?) and (b = ?)');
    expect(sql.and([]).text).toBe('true');
    expect(sql`select 1 ${sql.empty}`.text).toBe('select 1 ');
    expect(sql.join([]).isEmpty).toBe(true);
  });

  it('refuses a literal ? in the text, which the driver would read as a placeholder', () => {
    expect(() => sql`select '?'`).toThrow(/must not contain '\?'/);
    expect(() => sql.raw('a ? b')).toThrow();
    expect(sql.raw('project p')).toBeInstanceOf(Sql);
  });

  it('joins ten thousand fragments in linear time, every value in order', () => {
    const parts = Array.from({ length: 10_000 }, (_, index) => sql`(${index}, ${`v${index}`})`);
    const started = performance.now();
    const joined = sql.join(parts);
    expect(performance.now() - started).toBeLessThan(500);
    expect(joined.values).toHaveLength(20_000);
    expect(joined.values.slice(-2)).toEqual([9999, 'v9999']);
    expect(joined.text.startsWith('(?, ?), (?, ?)')).toBe(true);
  });
});
