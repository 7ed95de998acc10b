// The base URL a release is built for: where the folder will be served, e.g. https://intranet.example/anbiao/.
const { isLoopbackHttp } = require("../manifest-checks");
const { ReleaseError } = require("./release-error");

const EXAMPLE = "https://intranet.example/anbiao/";

/** Checks and normalizes --base-url: https (http only on localhost), no query or fragment, ending in "/". */
function parseBaseUrl(text) {
  if (!text) {
    throw new ReleaseError(
      `缺少 --base-url：加载项在内网上的地址，例如 ${EXAMPLE}`,
      `--base-url is missing: the address the add-in will be served from, e.g. ${EXAMPLE}`,
    );
  }
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ReleaseError(`--base-url "${text}" 不是完整的网址，应类似 ${EXAMPLE}`, `--base-url "${text}" is not a full URL; expected something like ${EXAMPLE}`);
  }
  if (url.protocol !== "https:" && !isLoopbackHttp(url.href)) {
    throw new ReleaseError(
      `--base-url "${text}" 不是 https 地址：Excel 只加载 https 网址上的加载项（仅本机 localhost 可用 http 试用）。请为服务器配置证书后使用 https://…`,
      `--base-url "${text}" is not an https URL: Excel only loads add-ins from https (plain http is accepted for localhost trials only). Give the server a certificate and use https://…`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ReleaseError(
      `--base-url "${text}" 不能带查询参数（?）、片段（#）或用户名密码`,
      `--base-url "${text}" must not carry a query (?), a fragment (#) or credentials`,
    );
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = { parseBaseUrl };
