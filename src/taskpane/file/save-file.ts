import type { DownloadFile } from "../flow/pane-workbook";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands a file to the browser's download (a blob: link clicked once; nothing leaves the machine). */
export function saveFile(file: DownloadFile): void {
  const type = /\.zip$/i.test(file.name) ? "application/zip" : XLSX_TYPE;
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Chromium reads the blob after the click returns; revoke later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The bytes of files chosen in an <input type=file> or dropped on the page. */
export async function readChosenFiles(list: FileList | readonly File[]): Promise<{ name: string; bytes: Uint8Array; modified: number }[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()), modified: f.lastModified })));
}
