// The request context: queues every call and applies it at sync(), counting syncs and the bytes
// each request and response carries, and enforcing the limits Excel on the web enforces.
import { FakeOfficeError, notImplemented } from "./errors";
import type { FakeWorkbookModel } from "./model";

/** One queued call: its request bytes, what it does at sync, and the response bytes it returns. */
export interface QueuedOp {
  name: string;
  request: number;
  run: () => number | void;
}

/** What one sync carried. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
}

/** The limits and level of a fake host. */
export interface FakeLimits {
  /** Bytes per request and per response (Excel on the web: 5 MB). */
  payloadBytes: number;
  /** A range load above this many cells returns null (Excel: 5,000,000). */
  nullCells: number;
}

/** Fixed request overhead per queued call: the call's path and name as the host serialises them. */
export const OP_OVERHEAD = 48;

/** Shared state of the fake host the contexts report to. */
export interface FakeHostState {
  model: FakeWorkbookModel;
  /** Minor version of ExcelApi 1.x. */
  level: number;
  limits: FakeLimits;
  syncs: SyncRecord[];
  cellEditMode: boolean;
  /** Fired after each applied sync with the sheets whose cells the sync changed. */
  changed: (sheetIds: Set<string>) => void;
}

/** The context one Excel.run batch gets. */
export class FakeContext {
  private queue: QueuedOp[] = [];
  closed = false;
  /** Sheets written in the sync being applied, for change events. */
  touched = new Set<string>();

  constructor(readonly host: FakeHostState, readonly delayForCellEdit: boolean) {}

  /** Throws InvalidObjectPath once the batch's Excel.run has ended. */
  assertOpen(what: string): void {
    if (this.closed) throw new FakeOfficeError("InvalidObjectPath", `The object path '${what}' isn't working for what you're trying to do. The object was used after its Excel.run ended.`, what);
  }

  /** Throws the error an API above the host's level gives. */
  requireLevel(level: number, name: string): void {
    if (this.host.level < level) throw new FakeOfficeError("ApiNotFound", `${name} needs ExcelApi 1.${level}; the host has 1.${this.host.level}`, name);
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.assertOpen("RequestContext.sync");
    const ops = this.queue;
    this.queue = [];
    // A sync with nothing queued makes no round trip.
    if (ops.length === 0) return;
    await Promise.resolve();
    const { host } = this;
    const record: SyncRecord = { requestBytes: ops.reduce((n, op) => n + op.request, 0), responseBytes: 0, ops: ops.length };
    host.syncs.push(record);
    if (host.cellEditMode && !(this.delayForCellEdit && host.level >= 11)) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (record.requestBytes > host.limits.payloadBytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${record.requestBytes} bytes).`);
    }
    this.touched = new Set();
    try {
      for (const op of ops) record.responseBytes += op.run() ?? 0;
    } finally {
      if (this.touched.size > 0) host.changed(this.touched);
    }
    if (record.responseBytes > host.limits.payloadBytes) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${record.responseBytes} bytes).`);
    }
  }
}

/** Names a proxy must answer without throwing: promise checks and test-framework probes. */
const PROBES = new Set(["then", "asymmetricMatch", "$$typeof", "nodeType", "tagName", "toJSON", "constructor", "@@__IMMUTABLE_ITERABLE__@@", "@@__IMMUTABLE_RECORD__@@", "_isMockFunction"]);

/**
 * Wraps a fake client object so that anything it does not implement throws "not implemented: Type.member"
 * (reads and writes alike), and every public member throws InvalidObjectPath after its run ended.
 */
export function strict<T extends object>(obj: T, type: string, ctx: FakeContext): T {
  return new Proxy(obj, {
    get(target, p, receiver) {
      if (typeof p === "symbol") return Reflect.get(target, p, receiver);
      if (p.startsWith("_")) return Reflect.get(target, p, receiver);
      if (!(p in target)) {
        if (PROBES.has(p)) return undefined;
        throw notImplemented(`${type}.${p}`);
      }
      ctx.assertOpen(`${type}.${p}`);
      const v = Reflect.get(target, p, receiver);
      return typeof v === "function" ? v.bind(receiver) : v;
    },
    set(target, p, value, receiver) {
      if (typeof p === "symbol" || p.startsWith("_")) return Reflect.set(target, p, value, receiver);
      if (!(p in target)) throw notImplemented(`${type}.${p} =`);
      ctx.assertOpen(`${type}.${p}`);
      return Reflect.set(target, p, value, receiver);
    },
  });
}
