import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Live, LiveConnection } from '../realtime/live.js';
import type { Caller } from '../modules/auth/auth.types.js';
import type { WriteGate } from '../db/write-gate.js';
import type { Derivations } from './derivations.js';

/**
 * Every per-request DataLoader, by name. Empty here: each module adds its own by declaration
 * merging in its `<feature>.loaders.ts` (`declare module '../../core/context.js' { interface
 * Loaders … }`), and the server's wiring builds them all with `AppServices.createLoaders`. So the
 * context knows no module, and no module's loaders depend on another module's wiring.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Process-wide services an operation may use, assembled once by the server. */
export interface AppServices {
  orm: MikroORM;
  live: Live;
  /** The district's name in report titles. */
  districtName: string;
  /** Admits write transactions a few at a time (see WriteGate). */
  writeGate: WriteGate;
  /** Recomputes derived data (scores, warnings) after each committed change, coalesced. */
  derivations: Derivations;
  /** Builds every module's loaders over an EntityManager fork. */
  createLoaders(em: EntityManager): Loaders;
  /** Signs a short-lived download link for a path, in the name of a caller id. */
  signDownload(path: string, signer: string): string;
}

/**
 * What every resolver and service receives: an EntityManager fork and its loaders (made on first
 * use, so a subscription that only relays shared values costs no fork), the live subscriptions and
 * the caller's connection. A class, because Apollo hands resolvers a shallow copy made with the
 * same prototype: state lives in own fields, behaviour on the prototype.
 */
export class Context {
  private currentEm: EntityManager | undefined;
  private currentLoaders: Loaders | undefined;

  constructor(
    private readonly services: AppServices,
    /** Who is calling; services authorise against it. */
    readonly caller: Caller,
    readonly requestId: string = randomUUID(),
    /** The WebSocket connection for operations over graphql-ws. */
    readonly connection?: LiveConnection,
  ) {}

  get orm(): MikroORM {
    return this.services.orm;
  }

  get live(): Live {
    return this.services.live;
  }

  get writeGate(): WriteGate {
    return this.services.writeGate;
  }

  get derivations(): Derivations {
    return this.services.derivations;
  }

  get districtName(): string {
    return this.services.districtName;
  }

  /** A short-lived signed link to a download path (no Authorization header needed), in the caller's name. */
  signedLink(path: string): string {
    return this.services.signDownload(path, this.caller.id);
  }

  get em(): EntityManager {
    return (this.currentEm ??= this.services.orm.em.fork());
  }

  get loaders(): Loaders {
    return (this.currentLoaders ??= this.services.createLoaders(this.em));
  }

  /** A fresh EntityManager fork and loaders, so reads after a write (or per delivery) see committed rows. */
  refresh(): void {
    this.currentEm = undefined;
    this.currentLoaders = undefined;
  }
}

/** The one context factory, shared by HTTP and WebSocket operations. */
export function createContext(services: AppServices, caller: Caller, requestId: string = randomUUID(), connection?: LiveConnection): Context {
  return new Context(services, caller, requestId, connection);
}
