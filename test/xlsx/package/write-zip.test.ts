import { UserError } from "../../../src/core/errors";
import { writeZip } from "../../../src/xlsx/package/write-zip";
import type { RawEntry } from "../../../src/xlsx/package/zip-entries";

const entry = (name: string): RawEntry => ({ name, method: 0, crc: 0, size: 0, data: new Uint8Array(), time: 0, date: 0 });

describe("writeZip", () => {
  it("refuses more parts than a zip without zip64 holds, as a user error naming the count", () => {
    const many = Array.from({ length: 0xffff }, (_, i) => entry(`p${i}`));
    let err: unknown;
    try {
      writeZip(many);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).key).toBe("package.tooLarge");
    expect((err as UserError).params.detail).toBe("65535 parts");
  });

  it("writes a readable archive below the limit", () => {
    const zip = writeZip([entry("a.xml"), entry("b.xml")]);
    expect(Array.from(zip.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
