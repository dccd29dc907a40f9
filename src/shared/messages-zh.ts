/**
 * The Chinese message beside each coded error's English one (`extensions.messageZh`), for the
 * office staff who read the errors a front end shows them. The English message keeps the
 * specifics (which field, which limit); the Chinese one says what happened and what to do.
 */
const MESSAGES_ZH: Readonly<Record<string, string>> = Object.freeze({
  UNAUTHENTICATED: '未登录或凭据无效:请在 Authorization 中提供有效的令牌或 API 密钥',
  FORBIDDEN: '无权执行此操作',
  BAD_USER_INPUT: '输入有误,请按提示更正',
  BAD_REQUEST: '请求格式有误',
  NOT_FOUND: '未找到所请求的对象',
  METHOD_NOT_ALLOWED: '不支持该请求方法',
  CONFLICT: '与当前数据冲突(已被他人修改或当前状态不允许),请刷新后重试',
  MONTH_CLOSED: '该月已关账,不能再直接填报或修改;如需更正,请提交更正申请',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  RATE_LIMITED: '请求过于频繁,请稍后再试',
  TOO_MANY_SUBSCRIPTIONS: '同一连接上的订阅过多',
  GRAPHQL_PARSE_FAILED: 'GraphQL 语句有语法错误',
  GRAPHQL_VALIDATION_FAILED: '查询与接口定义不符(字段、参数或类型有误)',
  OPERATION_RESOLUTION_FAILURE: '文档中没有指定名称的操作',
  PERSISTED_QUERY_NOT_SUPPORTED: '不支持持久化查询',
  PERSISTED_QUERY_NOT_FOUND: '未找到该持久化查询',
  QUERY_TOO_DEEP: '查询嵌套层级过深',
  TOO_MANY_ALIASES: '查询中的别名过多',
  QUERY_TOO_COSTLY: '查询代价超出限制,请减少返回条数或字段',
  QUERY_TOO_COMPLEX: '查询过于复杂(展开后的字段过多)',
  NOT_ACCEPTABLE: '无法按所要求的格式返回',
  UNSUPPORTED_MEDIA_TYPE: '不支持该内容类型',
  WEBSOCKET_CLOSED: 'WebSocket 连接已关闭',
  SERVER_BUSY: '服务器繁忙,请稍后重试',
  SERVICE_UNAVAILABLE: '数据库暂时不可用,请稍后重试',
  INTERNAL_SERVER_ERROR: '服务器内部错误,已记录,请联系管理员',
});

/** The Chinese message of an error code (a generic one naming the code when it has none of its own). */
export function messageZh(code: string, field?: unknown): string {
  const message = Object.hasOwn(MESSAGES_ZH, code) ? MESSAGES_ZH[code] : `请求未能完成(错误代码 ${code})`;
  return typeof field === 'string' && field && code === 'BAD_USER_INPUT' ? `${message}(字段:${field.slice(0, 100)})` : message;
}
