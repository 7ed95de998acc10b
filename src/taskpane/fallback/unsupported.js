/* The ES5 fallback of the task pane. It runs before the bundle and is parsed as ES5 (a test checks),
   so Internet Explorer 11 (the webview of volume-licensed Office 2019) and other old hosts get a
   message instead of a blank pane. Its texts come from the catalog: the build puts them in place of
   the ANBIAO_FALLBACK_MESSAGES placeholder (webpack.config.js). */
(function () {
  var messages = ANBIAO_FALLBACK_MESSAGES;

  function has(name) {
    return typeof window[name] !== "undefined";
  }

  /** The bundle needs ES2022 syntax and these built-ins; any one missing means it cannot run. */
  function supported() {
    var globals = ["Promise", "Map", "Set", "WeakMap", "Symbol", "Proxy", "Intl", "TextDecoder", "Uint8Array", "URL", "Blob"];
    for (var i = 0; i < globals.length; i++) {
      if (!has(globals[i])) return false;
    }
    if (typeof Object.fromEntries !== "function" || typeof Array.prototype.flatMap !== "function") return false;
    try {
      // Syntax the bundle uses: let/const, arrows, classes with private fields, ?. and ??.
      new Function("let a = 1; const f = (b = 2) => b ?? a; class C { #x = 1; get x() { return this.#x; } } return f?.() + new C().x;");
    } catch (e) {
      return false;
    }
    return true;
  }

  function show() {
    var lang = (navigator.language || navigator.userLanguage || "zh-CN").toLowerCase().indexOf("en") === 0 ? "en" : "zh-CN";
    var m = messages[lang];
    var box = document.createElement("div");
    box.id = "anbiao-unsupported";
    box.setAttribute("role", "alert");
    box.style.cssText = "font-family: 'Microsoft YaHei', SimSun, sans-serif; padding: 16px; line-height: 1.6;";
    var title = document.createElement("h1");
    title.style.cssText = "font-size: 18px; margin: 0 0 8px 0;";
    title.appendChild(document.createTextNode(m.title));
    box.appendChild(title);
    var lines = [m.body, m.standalone, m.cli];
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement("p");
      p.style.margin = "0 0 8px 0";
      p.appendChild(document.createTextNode(lines[i]));
      box.appendChild(p);
    }
    document.body.insertBefore(box, document.body.firstChild);
  }

  if (supported()) return;
  window.ANBIAO_UNSUPPORTED = true;
  if (document.body) show();
  else document.addEventListener("DOMContentLoaded", show);
})();
