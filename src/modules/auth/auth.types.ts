import { registerEnumType } from 'type-graphql';

/** What a caller may do; see README "Roles". */
export enum Role {
  ADMIN = 'ADMIN',
  LEADER = 'LEADER',
  REPORTER = 'REPORTER',
  INSPECTOR = 'INSPECTOR',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Role of a caller. 角色。',
  valuesConfig: {
    ADMIN: { description: '管理员:全部权限' },
    LEADER: { description: '区领导:查看全部,为本人挂钩项目提交说明' },
    REPORTER: { description: '填报员:为本单位项目填报进度和征地拆迁' },
    INSPECTOR: { description: '督查组:记录督查、管理问题和通报' },
    VIEWER: { description: '只读(大屏、接口对接),不含个人联系方式' },
  },
});

/** Who is calling, as established from a token or an API key. */
export interface Caller {
  kind: 'user' | 'apiKey';
  role: Role;
  /** Person the token names (numeric id), if any. */
  personId: number | null;
  /** The person's unit, for REPORTER scoping. */
  unitId: number | null;
  /** API key id, for API-key callers. */
  apiKeyId: number | null;
  /**
   * Stable identifier for rate limits, audit and idempotency: "person:12", "apikey:3", or for a
   * token naming no person "role:ADMIN:<token id>".
   */
  id: string;
  /** When the credential stops being valid (ms since the epoch); null for API keys, which last until revoked. */
  expiresAt: number | null;
}

/** The caller of the server's own scheduled work (the escalation sweep): acts as the office, audited as "system". */
export const SYSTEM_CALLER: Caller = Object.freeze({ kind: 'user', role: Role.ADMIN, personId: null, unitId: null, apiKeyId: null, id: 'system', expiresAt: null });

/** Roles whose callers read personal contact fields (phone). */
export const CONTACT_READERS = new Set([Role.ADMIN, Role.LEADER, Role.REPORTER, Role.INSPECTOR]);
