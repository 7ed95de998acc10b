// Fake keyed collections: defined names (workbook.names), settings (workbook.settings) and
// worksheet custom properties (1.12). Items are created by add() and found by getItemOrNullObject().
import { FakeClientObject, type Loader } from "./client-object";
import { strict, type FakeContext } from "./context";
import { FakeOfficeError } from "./errors";

/** A key → value store the collection lives over, found at sync. */
export interface KeyedStore {
  map: () => Map<string, unknown>;
  /** Case-insensitive keys (defined names, custom properties) or exact (settings). */
  caseless: boolean;
}

function find(store: KeyedStore, key: string): string | undefined {
  const m = store.map();
  if (m.has(key)) return key;
  if (!store.caseless) return undefined;
  const lower = key.toLowerCase();
  return [...m.keys()].find((k) => k.toLowerCase() === lower);
}

/** One item: a defined name (name, formula), a setting (key, value) or a custom property (key, value). */
export class FakeKeyedItem extends FakeClientObject {
  constructor(ctx: FakeContext, type: string, private readonly _store: KeyedStore, private readonly _key: () => string | undefined, private readonly _fields: [string, string], orNull: boolean) {
    super(ctx, type);
    if (orNull) this._checkNull();
    const [keyName, valueName] = _fields;
    Object.defineProperty(this, keyName, { enumerable: true, get: () => this._read(keyName) });
    Object.defineProperty(this, valueName, { enumerable: true, get: () => this._read(valueName) });
  }

  protected override _exists(): boolean {
    const k = this._key();
    return k !== undefined && find(this._store, k) !== undefined;
  }

  private _found(): string {
    const k = this._key();
    const f = k === undefined ? undefined : find(this._store, k);
    if (f === undefined) throw new FakeOfficeError("ItemNotFound", `${this._type} ${k} does not exist.`);
    return f;
  }

  protected _loaders(): Record<string, Loader> {
    const [keyName, valueName] = this._fields;
    return { [keyName]: () => this._found(), [valueName]: () => this._store.map().get(this._found()) };
  }

  delete(): void {
    this._queue("delete", [], () => {
      if (this._exists()) this._store.map().delete(this._found());
    });
  }
}

/** A fake collection of keyed items. */
export class FakeKeyedCollection extends FakeClientObject {
  constructor(ctx: FakeContext, type: string, private readonly _itemType: string, private readonly _store: KeyedStore, private readonly _fields: [string, string], private readonly _check?: (key: string, value: unknown) => void, private readonly _convert?: (value: unknown) => unknown) {
    super(ctx, type);
  }

  protected _loaders(): Record<string, Loader> {
    return { count: () => this._store.map().size };
  }

  protected override _loadPath(name: string): boolean {
    return name === "items" || this._fields.some((f) => name === `items/${f}`);
  }

  protected override _loadPaths(names: string[]): number {
    if (names.length === 0) return 0;
    let bytes = 0;
    const items = [...this._store.map()].map(([k, v]) => {
      const item = this._item(() => k, false);
      item._setLoaded(this._fields[0], k);
      item._setLoaded(this._fields[1], v);
      bytes += k.length + JSON.stringify(v ?? null).length + 20;
      return item;
    });
    this._setLoaded("items", items);
    return bytes;
  }

  get items(): FakeKeyedItem[] { return this._read("items"); }
  get count(): number { return this._read("count"); }

  private _item(key: () => string | undefined, orNull: boolean): FakeKeyedItem {
    return strict(new FakeKeyedItem(this._ctx, this._itemType, this._store, key, this._fields, orNull), this._itemType, this._ctx);
  }

  add(key: string, value: unknown): FakeKeyedItem {
    this._check?.(key, value);
    this._queue("add", [key, value], () => {
      const existing = find(this._store, key);
      if (existing !== undefined && this._type === "NamedItemCollection") throw new FakeOfficeError("ItemAlreadyExists", `The name ${key} already exists.`);
      if (existing !== undefined) this._store.map().delete(existing);
      this._store.map().set(key, this._convert ? this._convert(value) : value);
    });
    return this._item(() => key, false);
  }

  getItem(key: string): FakeKeyedItem {
    return this._item(() => key, false);
  }

  getItemOrNullObject(key: string): FakeKeyedItem {
    return this._item(() => key, true);
  }
}
