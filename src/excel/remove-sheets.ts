import { markerName } from "../core/spec/marker";
import type { ApiLevels } from "./capabilities";
import { scanSheets } from "./sheet-markers";
import { FLAG_SHEET } from "./row-flags";

/** The marker-name prefix of one profile's sheets ("anbiao.gen.suzhou_2022."). */
function profilePrefix(profile: string): string {
  return markerName({ generator: "anbiao", kind: "attachment", profile, key: "" });
}

/** Deletes our generated sheets (of one profile, or all) and their marker names; a user's sheet is never touched. */
export async function removeGenerated(ctx: Excel.RequestContext, levels: ApiLevels, profile?: string): Promise<string[]> {
  const { sheets, markerNames } = await scanSheets(ctx, levels, false);
  const prefix = profile === undefined ? "" : profilePrefix(profile);
  const ours = sheets.filter((s) => s.ours && s.name !== FLAG_SHEET && (s.marker ?? "").startsWith(prefix));
  const gone = new Set(ours.map((s) => s.name.toLowerCase()));
  for (const s of ours) ctx.workbook.worksheets.getItem(s.id).delete();
  for (const [name, sheet] of markerNames) if (gone.has(sheet.toLowerCase()) || sheet === "") ctx.workbook.names.getItem(name).delete();
  await ctx.sync();
  return ours.map((s) => s.name);
}
