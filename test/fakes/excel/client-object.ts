// The base of every fake proxy object: load() queues a snapshot taken at sync; reading a property
// that was not loaded, or loaded but not yet synced, throws PropertyNotLoaded.
import { FakeOfficeError, notImplemented } from "./errors";
import { OP_OVERHEAD, type FakeContext } from "./context";
import { jsonBytes } from "./values";

/** How a loadable property is read from the workbook at sync: its value and the response bytes it costs. */
export type Loader = () => unknown;

/** Parses the forms load() takes: "a, b", ["a", "b"], { select: "a,b" }. */
function loadNames(props: unknown): string[] {
  if (props === undefined) return [];
  if (typeof props === "string") return props.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => loadNames(p));
  if (typeof props === "object" && props !== null && "select" in props) return loadNames((props as { select: unknown }).select);
  throw notImplemented(`load(${JSON.stringify(props)})`);
}

/** A fake client object bound to one context. */
export abstract class FakeClientObject {
  private _loaded = new Map<string, unknown>();
  private _nullChecked = false;
  private _isNull = false;

  constructor(readonly _ctx: FakeContext, readonly _type: string) {}

  /** The loadable properties of this type; load() of any other name is not implemented. */
  protected abstract _loaders(): Record<string, Loader>;

  /** Whether the object exists at sync time (OrNullObject objects override). */
  protected _exists(): boolean {
    return true;
  }

  /** Loads names; "items/x" paths on collections are handled by the collection. */
  load(props?: unknown): this {
    const names = loadNames(props);
    const loaders = this._loaders();
    const chosen = names.length > 0 ? names : Object.keys(loaders).filter((n) => n !== "items");
    for (const n of chosen) if (!(n in loaders) && !this._loadPath(n)) throw notImplemented(`${this._type}.load("${n}")`);
    this._ctx.enqueue({
      name: `${this._type}.load`,
      request: OP_OVERHEAD + jsonBytes(chosen),
      run: () => {
        if (!this._exists()) {
          for (const n of chosen) this._loaded.set(n, null);
          return 16;
        }
        let bytes = 0;
        for (const n of chosen) {
          if (!(n in loaders)) continue;
          const v = loaders[n]();
          this._loaded.set(n, v);
          bytes += n.length + 3 + jsonBytes(v);
        }
        return bytes + this._loadPaths(chosen.filter((n) => !(n in loaders)));
      },
    });
    return this;
  }

  /** Collections accept "items/prop" paths; other objects none. */
  protected _loadPath(_name: string): boolean {
    return false;
  }

  /** Runs the accepted paths at sync; returns their response bytes. */
  protected _loadPaths(_names: string[]): number {
    return 0;
  }

  /** The loaded value of a property, or PropertyNotLoaded. */
  protected _read<T>(name: string): T {
    this._ctx.assertOpen(`${this._type}.${name}`);
    if (!this._loaded.has(name)) {
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, `${this._type}.${name}`);
    }
    return this._loaded.get(name) as T;
  }

  /** Sets a loaded value directly (for collection items created from a loaded collection). */
  _setLoaded(name: string, value: unknown): void {
    this._loaded.set(name, value);
  }

  /** Queues a call: it runs at sync, in order. */
  protected _queue(name: string, args: unknown, run: () => number | void): void {
    this._ctx.enqueue({ name: `${this._type}.${name}`, request: OP_OVERHEAD + jsonBytes(args), run });
  }

  /** Queues the null check of an OrNullObject object: isNullObject is known after the next sync. */
  protected _checkNull(): void {
    this._ctx.enqueue({
      name: `${this._type}.isNullObject`,
      request: 8,
      run: () => {
        this._isNull = !this._exists();
        this._nullChecked = true;
        return 8;
      },
    });
  }

  get isNullObject(): boolean {
    this._ctx.assertOpen(`${this._type}.isNullObject`);
    if (!this._nullChecked) throw new FakeOfficeError("PropertyNotLoaded", "The property 'isNullObject' is not available before context.sync().", `${this._type}.isNullObject`);
    return this._isNull;
  }
}
