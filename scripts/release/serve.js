// A read-only static server on 127.0.0.1 that mounts a release folder at the base URL's path
// (e.g. /anbiao/), so a page that names its files by absolute path fails here as it would on the
// intranet. Used by the release's own check and by the tests.
const fs = require("fs");
const http = require("http");
const path = require("path");

/** Content types by extension, as the README asks nginx and IIS to send them. */
const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "text/xml; charset=utf-8",
  ".config": "text/xml; charset=utf-8",
};

/** Serves root at http://127.0.0.1:<random port><mount>; anything outside it or missing gets 404. Resolves to { origin, base, close }. */
async function serveRelease(folder, mount = "/") {
  const root = path.resolve(folder);
  const prefix = mount.endsWith("/") ? mount : `${mount}/`;
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://127.0.0.1").pathname);
    } catch {
      pathname = "";
    }
    const file = pathname.startsWith(prefix) ? path.normalize(path.join(root, pathname.slice(prefix.length))) : "";
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": CONTENT_TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    base: `${origin}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

module.exports = { serveRelease };
