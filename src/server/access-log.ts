import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import pino, { type Logger } from 'pino';
import { pathOf } from './metrics.js';
import { requestInfo } from './request-info.js';

/** Logs one line per HTTP request; call it when the request arrives. */
export type AccessLog = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The access log (pino-http): one line per HTTP request once its response ends (or the client
 * goes), with the request id the server assigned (`x-request-id`), method, path without the query
 * string (GET /graphql carries documents and variables there), status, duration in ms and the
 * caller's id when the request was authenticated. Headers are never logged: no Authorization, no
 * API key (the screen's `#key` fragment never reaches a server at all). 5xx answers log at warn.
 */
export function createAccessLog(logger: Logger): AccessLog {
  // At warn and above only failures are written: no per-request logger for the lines never written.
  if (!logger.isLevelEnabled('info')) return failuresOnly(logger);
  const log = pinoHttp<IncomingMessage, ServerResponse, never>({
    logger,
    genReqId: (_request, response) => String(response.getHeader('x-request-id') ?? ''),
    // The id goes on the line as `requestId`, the name every other log line of the server uses.
    quietReqLogger: true,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    // Serializers see the raw objects: only what is listed here is written.
    wrapSerializers: false,
    serializers: {
      req: (request: IncomingMessage) => ({ method: request.method, path: pathOf(request.url) }),
      res: (response: ServerResponse) => ({ statusCode: response.statusCode }),
      err: pino.stdSerializers.err,
    },
    // The caller is added to the line's object, not through `customProps`: pino-http 11 brings its
    // own pino 10, whose internal symbols a pino 9 logger (ours) lacks on that path.
    customSuccessObject: (request, _response, value: Record<string, unknown>) => withCaller(request, value),
    // A 5xx is logged where it happened, with its cause; the access line only says that it happened.
    customErrorObject: (request, response, _error, value: Record<string, unknown>) => withCaller(request, { res: response, durationMs: value.durationMs }),
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'warn' : 'info'),
    customSuccessMessage: (_request, response) => (response.writableFinished ? 'request completed' : 'request aborted'),
    customErrorMessage: () => 'request failed',
  });
  return (request, response) => log(request, response);
}

/** The line's object with the caller's id, when the request was authenticated. */
function withCaller(request: IncomingMessage, value: Record<string, unknown>): Record<string, unknown> {
  const { callerId } = requestInfo(request);
  return callerId ? { ...value, caller: callerId } : value;
}

/** The access log at warn: a line for each 5xx answer only, as pino-http would write it at that level. */
function failuresOnly(logger: Logger): AccessLog {
  return (request, response) => {
    const started = performance.now();
    response.once('close', () => {
      if (response.statusCode < 500) return;
      const requestId = String(response.getHeader('x-request-id') ?? '');
      const line = { requestId, req: { method: request.method, path: pathOf(request.url) }, res: { statusCode: response.statusCode }, durationMs: Math.round(performance.now() - started) };
      logger.warn(withCaller(request, line), 'request failed');
    });
  };
}
