/** A release folder served on 127.0.0.1: origin (http://127.0.0.1:<port>) and base (origin + mount path). */
export interface ReleaseServer {
  origin: string;
  base: string;
  close(): Promise<void>;
}

/** Serves folder at http://127.0.0.1:<random port><mount>; anything outside it or missing gets 404. */
export function serveRelease(folder: string, mount?: string): Promise<ReleaseServer>;
