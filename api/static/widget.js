/* careerbot embeddable chat widget v1.1.0 — plain ES2020, no dependencies, no build step.
 * All UI lives in an open shadow root; server and visitor text is only ever set as text. */
(function () {
  "use strict";
  if (window.CareerBotWidget || document.getElementById("careerbot-widget")) return;

  // ---- Configuration, read from our own <script> tag ----
  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  const attr = (name) => ((script && script.getAttribute("data-" + name)) || "").trim();
  const career = attr("career");
  const careerName = career.replace(/-/g, " ");
  const titleCase = (s) => s.replace(/\b\w/g, (c) => c.toUpperCase());
  const article = /^[aeiou]/i.test(careerName) ? "an" : "a";
  let token = attr("token") || null;
  const theme = ["dark", "light"].includes(attr("theme")) ? attr("theme") : "auto";
  const accent = window.CSS && CSS.supports("color", attr("accent")) ? attr("accent") : "#0b5fff";
  const brand = attr("brand") || "Career assistant";
  const left = attr("position") === "bottom-left";
  let wantOpen = attr("open") === "true";
  const apiBase = (() => {
    try {
      if (attr("api")) return new URL(attr("api"), location.href).href.replace(/\/+$/, "");
      return new URL(script.src, location.href).origin;
    } catch (e) {
      return location.origin;
    }
  })();
  const CONV = "careerbot:conv"; // {id, exp} in localStorage: the chat follows the visitor across pages
  const GO = "careerbot:go"; // sessionStorage: a citation to highlight on the page it opened
  const KEEP_MS = 24 * 3600 * 1000;
  const JSON_HEADERS = { "Content-Type": "application/json" };

  // ---- Styles (constructable stylesheets; no inline style attributes) ----
  const DARK =
    "color-scheme:dark;--bg:#1c1d21;--fg:#ececf1;--mut:#a9adb6;--bub:#2a2c32;--bd:#3b3e45;" +
    "--link:#8ab4f8;--err:#ffb4ab;--errbg:#3a1d1b";
  const CSS_TEXT = `:host{all:initial;color-scheme:light;--bg:#fff;--fg:#1a1a1a;--mut:#595959;--bub:#f1f3f5;
--bd:#d0d5dd;--link:#0b57d0;--err:#b3261e;--errbg:#fdecea}
:host([data-theme=dark]){${DARK}}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){${DARK}}}
*{box-sizing:border-box}
[hidden]{display:none!important}
.launcher,.panel{position:fixed;right:20px;bottom:20px;z-index:2147483000;color:var(--fg);text-align:left;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.left{right:auto;left:20px}
button,textarea{font:inherit;color:inherit;cursor:pointer}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
a{color:var(--link)}
svg{width:20px;height:20px;fill:currentColor;display:block}
.launcher{width:56px;height:56px;border:0;border-radius:50%;padding:0;display:grid;place-items:center;
background:var(--accent);color:var(--on);box-shadow:0 4px 14px rgba(0,0,0,.28)}
.launcher svg{width:28px;height:28px}
.panel{bottom:88px;width:400px;max-width:calc(100vw - 40px);height:min(720px,calc(100vh - 104px));display:flex;
flex-direction:column;overflow:hidden;background:var(--bg);border:1px solid var(--bd);border-radius:14px;
box-shadow:0 12px 40px rgba(0,0,0,.3)}
.hd{display:flex;align-items:center;gap:2px;padding:6px 6px 6px 14px;border-bottom:1px solid var(--bd)}
.hd div{flex:1;min-width:0}
.hd h2{margin:0;font-size:15px}
.sub,.fine{margin:0;font-size:12px;color:var(--mut)}
.ib{display:grid;place-items:center;min-width:36px;min-height:36px;padding:6px;border:0;border-radius:8px;background:none}
.ib:hover,.chip:hover,.card:hover{background:var(--bub)}
.notice{padding:6px 14px;font-size:13px;background:var(--bub)}
.log{position:relative;flex:1;overflow-y:auto;overscroll-behavior:contain;padding:14px;display:flex;flex-direction:column;gap:10px}
.welcome p{margin:0 0 10px}
.msg{max-width:90%;padding:8px 12px;border-radius:14px;overflow-wrap:anywhere}
.user{align-self:flex-end;white-space:pre-wrap;background:var(--accent);color:var(--on);border-bottom-right-radius:4px}
.row{display:flex;flex-direction:column;align-items:flex-start;gap:8px}
.bot{background:var(--bub);border-bottom-left-radius:4px}
.bot p,.bot ul,.bot ol{margin:0 0 8px}
.bot>:last-child{margin-bottom:0}
.bot ul,.bot ol{padding-left:22px}
.cite{display:inline-grid;place-items:center;min-width:24px;height:24px;margin:-4px 1px;padding:0 6px;border-radius:12px;
border:1px solid var(--bd);background:var(--bg);font-size:12px;font-weight:700;text-decoration:none}
.typing{align-self:flex-start;display:flex;gap:4px;padding:12px 14px;border-radius:14px;background:var(--bub)}
.typing span{width:7px;height:7px;border-radius:50%;background:var(--mut);animation:cb-dot 1.2s infinite ease-in-out}
.typing span:nth-child(2){animation-delay:.15s}
.typing span:nth-child(3){animation-delay:.3s}
@keyframes cb-dot{0%,80%,100%{opacity:.35;transform:none}40%{opacity:1;transform:translateY(-3px)}}
@media (prefers-reduced-motion:reduce){.typing span{animation:none}}
.chart{width:100%;display:grid;gap:4px;font-size:12px}
.bar-row{display:grid;grid-template-columns:96px 1fr auto;gap:6px;align-items:center}
.track{height:10px;border-radius:5px;background:var(--bub);overflow:hidden}
.bar{height:100%;border-radius:5px;background:var(--accent)}
.src{width:100%;display:grid;gap:6px}
.src h3{margin:0;font-size:12px;font-weight:600;color:var(--mut)}
.card{display:block;padding:6px 10px;border:1px solid var(--bd);border-radius:10px;text-decoration:none;color:var(--mut);font-size:12px}
.card b{display:block;color:var(--link);font-size:13px;font-weight:600}
.card span{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{min-height:30px;padding:3px 12px;border:1px solid var(--bd);border-radius:16px;background:var(--bg);color:var(--link);
text-align:left;font-size:14px}
.fb{display:flex;gap:4px;align-items:center}
.fb .ib{display:flex;gap:4px;border:1px solid var(--bd);min-height:32px;padding:4px 10px;font-size:13px}
.th.down svg{transform:rotate(180deg)}
.th[aria-pressed=true]{border-color:var(--accent);background:var(--bub)}
.ib:disabled{cursor:default}
.fbf{width:100%;display:flex;flex-direction:column;align-items:flex-start;gap:6px}
.thanks{margin:0;font-size:13px;color:var(--mut)}
textarea{width:100%;padding:8px 10px;border:1px solid var(--mut);border-radius:8px;background:var(--bg);resize:none;
font-size:16px;cursor:text}
textarea::placeholder{color:var(--mut);opacity:1}
.ft{padding:8px 10px 6px;border-top:1px solid var(--bd);display:grid;gap:4px}
.in{display:flex;align-items:flex-end;gap:6px}
.in textarea{flex:1;height:44px;max-height:120px}
.btn{min-height:40px;padding:8px 14px;border:0;border-radius:8px;background:var(--accent);color:var(--on);font-weight:600}
.in .btn{min-width:44px;min-height:44px;padding:0;display:grid;place-items:center}
.btn:disabled{opacity:.55;cursor:default}
.sec{background:var(--bg);color:var(--fg);border:1px solid var(--mut)}
.lk{border:0;background:none;padding:0;color:var(--link);text-decoration:underline;font-size:12px}
.err{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:8px 12px;border-radius:10px;
background:var(--errbg);color:var(--err)}
@media (max-width:480px){.panel{inset:0;width:100vw;max-width:none;height:100vh;height:100dvh;border:0;border-radius:0}
.ib,.fb .ib,.chip,.btn,.card,.lk{min-height:44px;min-width:44px}}`;
  // On the host page: the cited passage.
  const PAGE_CSS = "[data-careerbot-cited]{background:#fff3b0!important;color:#1a1a1a!important;" +
    "box-shadow:0 0 0 .25em #fff3b0;border-radius:.15em;scroll-margin:6rem}";

  function sheet(text) {
    const s = new CSSStyleSheet();
    s.replaceSync(text);
    return s;
  }

  // ---- Small DOM helpers ----
  // h("a", {href, onclick}, ["text", node]) — strings become text nodes, never HTML.
  function h(tag, attrs, kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else if (k === "class") el.className = v;
      else el.setAttribute(k, v === true ? "" : String(v));
    }
    if (kids != null) el.append(...[].concat(kids).filter((x) => x != null));
    return el;
  }

  const ICONS = {
    chat: "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 " +
      "3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z",
    x: "M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z",
    thumb: "M1 21h4V9H1v12zm22-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.5-1.1L14.2 1 7.6 7.6C7.2 8 7 8.5 7 " +
      "9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z",
    plus: "M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z",
    send: "M3 20V4l19 8zm2-3 11.9-5L5 7v3.5l6 1.5-6 1.5z",
    stop: "M7 7h10v10H7z",
    copy: "M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11z",
  };

  // A decorative SVG icon (emoji fonts are not everywhere).
  function icon(name) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", ICONS[name]);
    path.setAttribute("fill-rule", "evenodd");
    svg.append(path);
    return svg;
  }

  // An http(s) URL resolved against the API base, or null.
  function safeUrl(url) {
    try {
      const u = new URL(String(url), apiBase);
      return /^https?:$/.test(u.protocol) ? u : null;
    } catch (e) {
      return null;
    }
  }

  const guideName = (c) =>
    String(c.guide_title || "").replace(/\s*Career Path Guide\s*$/i, "") ||
    titleCase(String(c.guide || "").replace(/-/g, " "));

  // Text on the accent colour: white or near-black, whichever contrasts more.
  function onAccent(el) {
    const m = getComputedStyle(el).backgroundColor.match(/^rgba?\(([\d.]+),?\s*([\d.]+),?\s*([\d.]+)/);
    if (!m) return "#fff";
    const [r, g, b] = m.slice(1, 4).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return 1.05 / (lum + 0.05) >= (lum + 0.05) / 0.0556 ? "#fff" : "#111";
  }

  const store = (area) => ({
    get(k) { try { return area().getItem(k); } catch (e) { return null; } },
    set(k, v) { try { area().setItem(k, v); } catch (e) { /* storage blocked */ } },
    drop(k) { try { area().removeItem(k); } catch (e) { /* storage blocked */ } },
  });
  const local = store(() => localStorage);
  const session = store(() => sessionStorage);
  const readJson = (s) => { try { return JSON.parse(s || "null"); } catch (e) { return null; } };
  const keep = (id) => local.set(CONV, JSON.stringify({ id, exp: Date.now() + KEEP_MS }));
  const kept = readJson(local.get(CONV));

  // ---- State ----
  let host, shadow, launcher, panel, log, input, sendBtn, stopBtn, closeBtn, notice;
  let convId = kept && kept.exp > Date.now() ? String(kept.id) : null;
  let restored = false;
  let busy = false;
  let ctrl = null; // AbortController of the running stream
  let welcomeEl = null;
  let chipsEl = null;
  let errEl = null;
  let lastFigures = ""; // the chart the previous answer showed
  let ctx = null; // what extensions (the Plus UI) get
  const hooks = [];
  if (!convId) local.drop(CONV);

  // ---- API ----
  const rnd = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join("");
  const anonId = local.get("careerbot:anon") || rnd(); // keeps an anonymous visitor's conversations theirs
  local.set("careerbot:anon", anonId);

  // fetch with the token; on 401 drop it, say so, retry once as a guest. The retry keys on
  // the token this request carried: a request racing another's 401 is retried too.
  async function api(path, opts = {}) {
    const go = (bearer) => {
      const headers = Object.assign({}, opts.headers);
      if (bearer) headers.Authorization = "Bearer " + bearer;
      else headers["X-Anonymous-Id"] = anonId;
      return fetch(apiBase + path, Object.assign({}, opts, { headers }));
    };
    const sent = token;
    let res = await go(sent);
    if (res.status === 401 && sent) {
      if (token === sent) {
        token = null;
        privacy();
        notice.textContent = "Your sign-in expired — continuing as a guest.";
        notice.hidden = false;
      }
      res = await go(token);
    }
    return res;
  }

  // Message for a non-2xx answer, and whether to retry.
  async function httpError(res) {
    let msg = "";
    try {
      const body = await res.json();
      if (body && typeof body.message === "string") msg = body.message;
    } catch (e) { /* not JSON */ }
    if (res.status === 429) {
      const ra = res.headers.get("Retry-After");
      let s = Number(ra);
      if (ra && Number.isNaN(s)) s = Math.ceil((Date.parse(ra) - Date.now()) / 1000);
      const wait = ra && s >= 0 ? `Try again in ${s} second${s === 1 ? "" : "s"}.` : "Try again shortly.";
      const text = "You're sending messages too fast. " + wait;
      return [msg && msg !== text ? text + " " + msg : text, false];
    }
    if (res.status < 500) return [msg || "Sorry, that request couldn't be handled.", false];
    return [msg || "Something went wrong on our side.", true];
  }

  // ---- Scrolling: follow new text, never past the start of the answer being read ----
  let auto = true;
  let autoTop = 0;
  function follow(row, force) {
    if (!force && !auto) return;
    const bottom = log.scrollHeight - log.clientHeight;
    const target = row ? Math.min(bottom, row.offsetTop - 8) : bottom;
    if (force || target > log.scrollTop) log.scrollTop = autoTop = Math.max(0, target);
    auto = true;
  }

  // ---- Citations: scroll to the passage in place, or open its page in this tab ----
  const words = (s) => String(s).toLowerCase().match(/[\p{L}\p{N}$%]+/gu) || [];

  // Mark the blocks under `head` whose words the snippet quotes, and scroll to them.
  function highlight(head, snippet) {
    if (!head) return;
    if (!document.adoptedStyleSheets.includes(highlight.sheet)) {
      highlight.sheet = highlight.sheet || sheet(PAGE_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, highlight.sheet];
    }
    const quoted = new Set(words(snippet));
    const blocks = [];
    for (let el = head.nextElementSibling; el && !/^(H\d|SECTION)$/.test(el.tagName); el = el.nextElementSibling) {
      blocks.push(...(el.matches("p,li") ? [el] : el.querySelectorAll("p,li")));
    }
    const scored = blocks.map((el) => {
      const w = words(el.textContent);
      return [el, w.length ? w.filter((x) => quoted.has(x)).length / w.length : 0];
    });
    const best = Math.max(0, ...scored.map((s) => s[1]));
    let hits = scored.filter((s) => s[1] >= Math.min(0.7, best) && s[1] > 0).map((s) => s[0]);
    if (!hits.length) hits = [head];
    for (const el of document.querySelectorAll("[data-careerbot-cited]")) el.removeAttribute("data-careerbot-cited");
    for (const el of hits) el.setAttribute("data-careerbot-cited", "");
    const reduce = matchMedia("(prefers-reduced-motion: reduce)").matches;
    hits[0].scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  }

  function goCite(e, url, snippet) {
    const u = safeUrl(url);
    if (!u) return;
    const id = decodeURIComponent(u.hash.slice(1));
    const head = id && document.getElementById(id);
    const slug = (u.pathname.match(/\/guides\/([^/]+)$/) || [])[1];
    if (head && ((u.origin === location.origin && u.pathname === location.pathname) || slug === career)) {
      e.preventDefault(); // this page shows the guide: the chat stays
      if (panel.getBoundingClientRect().width >= innerWidth) close(); // full-screen panel covers it
      highlight(head, snippet);
    } else if (u.origin === location.origin) {
      session.set(GO, JSON.stringify({ p: u.pathname, id, s: snippet })); // reopen and highlight there
    }
  }

  function citeLink(c, attrs, kids) {
    const u = safeUrl(c.url);
    const own = u && u.origin === location.origin;
    return h("a", Object.assign({
      href: u && u.href, target: own ? null : "_blank", rel: own ? null : "noopener",
      onclick: (e) => goCite(e, c.url, c.snippet),
    }, attrs), kids);
  }

  // ---- Answer text: a small incremental renderer (paragraphs, lists, bold, [n], guide links) ----
  const INLINE = /\*\*(.+?)\*\*|\[(\d{1,3})\]|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

  function inline(parent, s, partial) {
    if (partial) {
      const open = s.lastIndexOf("[");
      if (open >= 0 && !/\]\([^)\s]*\)|\](?!\()/.test(s.slice(open))) s = s.slice(0, open); // wait for "]"
      s = s.replace(/\*+$/, "");
    }
    let last = 0;
    const text = (t) => {
      const bold = partial ? t.indexOf("**") : -1; // an unclosed ** is bold until it closes
      if (bold < 0) return parent.append(t);
      parent.append(t.slice(0, bold), h("strong", {}, t.slice(bold + 2)));
    };
    for (const m of s.matchAll(INLINE)) {
      text(s.slice(last, m.index));
      last = m.index + m[0].length;
      if (m[1]) parent.append(h("strong", {}, m[1]));
      else if (m[2]) parent.append(h("a", { class: "cite", "data-n": m[2] }, m[2]));
      else {
        const u = safeUrl(m[4]);
        const ours = u && u.origin === new URL(apiBase).origin && u.pathname.startsWith("/guides/");
        parent.append(ours ? citeLink({ url: u.href }, { "data-testid": "guide-link" }, m[3]) : m[3]);
      }
    }
    text(s.slice(last));
  }

  function renderer(el) {
    let text = "";
    let done = 0; // text[0:done] is laid out for good
    let list = null;
    let tail = [];
    // One line as a block; `partial`: the line is still arriving.
    function line(s, partial) {
      const item = /^\s*(?:[-*•]|(\d+)[.)])\s+(.*)$/.exec(s);
      if (partial && /^\s*(?:[-*•]|\d+[.)]?)?\s*$/.test(s)) return; // may become a list marker
      if (!item) {
        if (!partial) list = null;
        if (!s.trim()) return;
        const p = h("p");
        inline(p, s, partial);
        el.append(p);
        return p;
      }
      const tag = item[1] ? "ol" : "ul";
      let into = list && list.tagName === tag.toUpperCase() ? list : null;
      let made = null;
      if (!into) el.append((into = made = h(tag)));
      if (!partial) list = into;
      const li = h("li");
      inline(li, item[2], partial);
      into.append(li);
      return made || li;
    }
    function render(final) {
      tail.forEach((n) => n && n.remove());
      const end = final ? text.length : text.lastIndexOf("\n") + 1;
      if (end > done) text.slice(done, end).replace(/\n$/, "").split("\n").forEach((s) => line(s, false));
      done = Math.max(done, end);
      tail = final ? [] : [line(text.slice(done), true)];
    }
    return {
      push(piece) { text += piece; render(false); },
      end() { render(true); },
      get text() { return text; },
    };
  }

  // Turn [n] markers into links to their citations (unknown ones go).
  function linkMarkers(bubble, cites) {
    const byId = new Map(cites.map((c) => [String(c.id), c]));
    for (const m of bubble.querySelectorAll(".cite[data-n]")) {
      const c = byId.get(m.dataset.n);
      if (!c) { m.remove(); continue; }
      m.replaceWith(citeLink(c, {
        class: "cite", "data-testid": "citation", "aria-label": `Source ${c.id}: ${c.section || guideName(c)}`,
      }, String(c.id)));
    }
  }

  // ---- Building blocks of the log ----
  function addUser(text) {
    log.append(h("div", { class: "msg user", "data-testid": "message", "data-role": "user" }, text));
    follow(null, true);
  }

  function answerRow() {
    const bubble = h("div", { class: "msg bot", "data-testid": "message", "data-role": "assistant" });
    const row = h("div", { class: "row" }, bubble);
    log.append(row);
    return { row, bubble };
  }

  // Horizontal bar chart of ≥ 2 figures, unless the previous answer showed the same one.
  function chart(row, figs) {
    figs = (Array.isArray(figs) ? figs : []).filter((f) => f && f.value != null && Number.isFinite(+f.value));
    const key = JSON.stringify(figs.map((f) => [f.label, +f.value]));
    const seen = key === lastFigures;
    lastFigures = figs.length > 1 ? key : "";
    if (figs.length < 2 || seen) return;
    const max = Math.max(0, ...figs.map((f) => +f.value));
    const shown = (f) => String(f.text != null ? f.text : f.value);
    const label = figs.map((f) => `${f.label || ""} ${shown(f)}`).join(", ");
    const rows = figs.map((f) => {
      const bar = h("div", { class: "bar" });
      bar.style.width = (max > 0 ? Math.min(100, (Math.max(0, +f.value) / max) * 100) : 0) + "%";
      return h("div", { class: "bar-row" }, [
        h("span", {}, String(f.label || "")), h("div", { class: "track" }, bar), h("span", {}, shown(f)),
      ]);
    });
    row.append(h("div", { class: "chart", role: "img", "aria-label": label, "data-testid": "chart" }, rows));
  }

  // A heading's "… for <career>" is dropped on a card that already names the career.
  const sectionName = (c) => String(c.section || "").split(` for ${guideName(c)}`).join("");

  // Source cards: guide and section as the title, the quoted snippet under it.
  function sources(row, cites) {
    if (!cites.length) return;
    row.append(h("div", { class: "src", "data-testid": "sources" }, [h("h3", {}, "Sources"),
      ...cites.map((c) => citeLink(c, { class: "card", "data-testid": "source" }, [
        h("b", {}, `${c.id}. ${[guideName(c), sectionName(c)].filter(Boolean).join(" › ")}`),
        c.snippet ? h("span", { "data-testid": "snippet" }, String(c.snippet)) : null,
      ]))]));
  }

  // Suggestion chips; only the latest answer keeps them.
  function chips(row, list) {
    if (chipsEl) chipsEl.remove();
    chipsEl = null;
    list = (Array.isArray(list) ? list : []).filter((s) => typeof s === "string" && s.trim());
    if (!list.length) return;
    chipsEl = h("div", { class: "chips", role: "group", "aria-label": "Suggested questions" },
      list.map((s) => h("button", { type: "button", class: "chip", "data-testid": "suggestion", onclick: () => send(s) }, s)));
    row.append(chipsEl);
  }

  // The answer as text with its sources, for the clipboard.
  function plain(text, cites) {
    const lines = cites.map((c) => `[${c.id}] ${guideName(c)} › ${c.section || ""}: ${(safeUrl(c.url) || "").toString()}`);
    return lines.length ? `${text}\n\nSources:\n${lines.join("\n")}` : text;
  }

  // Thumbs (one vote per answer, kept by the server), copy, and an optional comment.
  function actions(row, messageId, text, cites, rating) {
    let form = null;
    const thumb = (value, label) =>
      h("button", {
        type: "button", class: "ib th " + value, "aria-label": label, "aria-pressed": String(rating === value),
        disabled: !!rating, "data-testid": "thumbs-" + value, onclick: () => pick(value),
      }, icon("thumb"));
    const up = thumb("up", "Helpful");
    const down = thumb("down", "Not helpful");
    const copy = h("button", {
      type: "button", class: "ib", "data-testid": "copy", "aria-label": "Copy answer",
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(plain(text, cites));
          copy.lastChild.textContent = "Copied";
        } catch (e) {
          copy.lastChild.textContent = "Copy failed";
        }
        setTimeout(() => (copy.lastChild.textContent = ""), 2000);
      },
    }, [icon("copy"), h("span", { role: "status" })]);
    const bar = h("div", { class: "fb" }, [up, down, copy]);
    row.append(bar);

    function done(value) {
      rating = value;
      for (const b of [up, down]) {
        b.disabled = true;
        b.setAttribute("aria-pressed", String(b === (value === "up" ? up : down)));
      }
      if (form) form.remove();
      bar.after(h("p", { class: "thanks", role: "status", "data-testid": "feedback-thanks" }, "Thanks for the feedback."));
      copy.focus(); // keep focus inside the panel
    }

    function pick(value) {
      if (rating) return;
      up.setAttribute("aria-pressed", String(value === "up"));
      down.setAttribute("aria-pressed", String(value === "down"));
      if (form) return form.firstChild.focus();
      const comment = h("textarea", {
        rows: 2, maxlength: 1000, "aria-label": "Tell us more (optional)",
        placeholder: "Tell us more (optional)", "data-testid": "feedback-comment",
      });
      const err = h("div", { class: "err", role: "alert", "data-testid": "error", hidden: true });
      const btn = h("button", {
        type: "button", class: "btn", "data-testid": "feedback-send",
        onclick: async () => {
          btn.disabled = true;
          err.hidden = true;
          const choice = up.getAttribute("aria-pressed") === "true" ? "up" : "down";
          const body = { conversation_id: convId, message_id: messageId, rating: choice };
          if (comment.value.trim()) body.comment = comment.value.trim();
          try {
            const res = await api("/v1/feedback", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) });
            if (res.ok || res.status === 409) return done(choice); // 409: rated before (another tab)
            err.textContent = (await httpError(res))[0];
          } catch (e) {
            err.textContent = "Can't reach the career assistant.";
          }
          err.hidden = false;
          btn.disabled = false;
        },
      }, "Send feedback");
      form = h("div", { class: "fbf" }, [comment, btn, err]);
      bar.after(form);
      comment.focus();
      form.scrollIntoView({ block: "nearest" });
    }
  }

  function clearError() {
    if (errEl) errEl.remove();
    errEl = null;
  }

  // Error line; with retryText a Retry button resends (no new user bubble).
  function showError(message, retryText, partialRow) {
    clearError();
    const kids = [h("span", {}, message)];
    if (retryText != null) {
      kids.push(h("button", {
        type: "button", class: "btn sec", "data-testid": "retry",
        onclick: () => {
          if (busy) return;
          if (partialRow) partialRow.remove();
          clearError();
          stream(retryText);
        },
      }, "Retry"));
    }
    errEl = h("div", { class: "err", role: "alert", "data-testid": "error" }, kids);
    log.append(errEl);
    follow(null, true);
  }

  function welcome() {
    const starters = career
      ? [`How do I become ${article} ${careerName}?`, `What does ${article} ${careerName} earn?`,
        "What does a typical day look like?", "Is the job stressful?"]
      : ["How do I choose a career?", "Which careers are in demand?",
        "What does a typical day look like?", "Is the job stressful?"];
    const greeting = career
      ? `Hi! Ask me anything about working as ${article} ${careerName}.`
      : "Hi! Ask me anything about our career guides.";
    welcomeEl = h("div", { class: "welcome" }, [
      h("p", {}, greeting),
      h("div", { class: "chips" }, starters.map((q) =>
        h("button", { type: "button", class: "chip", "data-testid": "starter", onclick: () => send(q) }, q))),
    ]);
    log.append(welcomeEl);
  }

  // A finished answer: markers linked, sources, actions, chips.
  function finish(row, bubble, m, withChips) {
    const cites = (Array.isArray(m.citations) ? m.citations : []).filter(Boolean);
    linkMarkers(bubble, cites);
    sources(row, cites);
    if (m.id) actions(row, m.id, m.text, cites, m.rating);
    if (withChips) chips(row, m.suggestions);
  }

  // ---- Sending and streaming ----
  function setBusy(on, withStop = true) {
    busy = on;
    input.disabled = sendBtn.disabled = on;
    stopBtn.hidden = !(on && withStop);
    sendBtn.hidden = !stopBtn.hidden;
    if (on && withStop && !panel.hidden) stopBtn.focus(); // the focused control may be disabled/removed
  }

  function send(raw) {
    const text = String(raw || "").trim().slice(0, 2000);
    if (!text || busy) return;
    if (welcomeEl) welcomeEl.remove();
    welcomeEl = null;
    if (chipsEl) chipsEl.remove();
    chipsEl = null;
    clearError();
    addUser(text);
    input.value = "";
    grow();
    stream(text);
  }

  // Split an SSE block into [event, data]; comments/pings give null.
  function parseEvent(block) {
    let name = "message";
    const data = [];
    for (const line of block.split(/\r?\n/)) {
      if (!line || line[0] === ":") continue;
      const i = line.indexOf(":");
      const field = i < 0 ? line : line.slice(0, i);
      let value = i < 0 ? "" : line.slice(i + 1);
      if (value[0] === " ") value = value.slice(1);
      if (field === "event") name = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return null;
    try {
      return [name, JSON.parse(data.join("\n"))];
    } catch (e) {
      return null;
    }
  }

  async function stream(text) {
    ctrl = new AbortController();
    const signal = ctrl.signal;
    setBusy(true);
    const typing = h("div", { class: "typing", role: "img", "aria-label": "Assistant is typing", "data-testid": "typing" },
      [h("span"), h("span"), h("span")]);
    log.append(typing);
    follow(null, true);

    // The answer being built.
    const a = { m: { suggestions: [], citations: [] }, done: false, failed: false, row: null, bubble: null, r: null };
    const ensureRow = () => {
      if (a.row) return;
      typing.remove();
      Object.assign(a, answerRow());
      a.bubble.setAttribute("aria-busy", "true"); // read once complete
      a.r = renderer(a.bubble);
    };
    const handlers = {
      meta(d) {
        if (d.conversation_id) keep((convId = String(d.conversation_id)));
        a.m.id = d.message_id || a.m.id;
        a.m.mode = d.mode;
      },
      delta(d) {
        ensureRow();
        a.r.push(d.text == null ? "" : String(d.text));
        follow(a.row);
      },
      figures(d) {
        ensureRow();
        chart(a.row, d.figures);
      },
      citations(d) {
        a.m.citations = Array.isArray(d.citations) ? d.citations : [];
      },
      suggestions(d) {
        a.m.suggestions = d.suggestions;
      },
      done(d) {
        a.done = true;
        a.m.id = d.message_id || a.m.id;
      },
      error(d) {
        a.failed = true;
        showError((d && d.message) || "Something went wrong.");
      },
    };

    try {
      const res = await api("/v1/chat/stream", {
        method: "POST",
        headers: Object.assign({ Accept: "text/event-stream" }, JSON_HEADERS),
        body: JSON.stringify({ message: text, conversation_id: convId || null, career: career || null }),
        signal,
      });
      if (!res.ok) {
        a.failed = true;
        const [msg, retry] = await httpError(res);
        showError(msg, retry ? text : null);
        return;
      }
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buf = "";
      const handle = (block) => {
        const ev = parseEvent(block);
        if (ev && handlers[ev[0]]) handlers[ev[0]](ev[1] || {});
      };
      while (!a.done) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += decoder.decode(value, { stream: true });
        let m;
        while ((m = /\r?\n\r?\n/.exec(buf))) { // events end with a blank line
          handle(buf.slice(0, m.index));
          buf = buf.slice(m.index + m[0].length);
          if (a.done) break;
        }
      }
      if (a.done) reader.cancel().catch(() => {});
      else {
        buf += decoder.decode();
        if (buf.trim()) handle(buf);
      }
      if (!a.done && !a.failed) throw new Error("stream ended before done");
    } catch (e) {
      if (!signal.aborted) showError("Can't reach the career assistant.", text, a.row);
      // Stopped by the user: keep the partial text as it is.
    } finally {
      typing.remove();
      if (a.row) {
        a.r.end();
        a.bubble.removeAttribute("aria-busy");
        a.m.text = a.r.text;
        if (a.done) {
          finish(a.row, a.bubble, a.m, true);
          emit("answer", a.m);
        }
        follow(a.row);
      }
      ctrl = null;
      setBusy(false);
      if (!panel.hidden) input.focus();
    }
  }

  // ---- Restore a conversation (after a reload, or on another page of the site) ----
  async function restore() {
    restored = true;
    if (!convId) return welcome();
    setBusy(true, false);
    try {
      const res = await api("/v1/conversations/" + encodeURIComponent(convId));
      if (res.status === 404) {
        local.drop(CONV);
        convId = null;
        return welcome();
      }
      if (!res.ok) return welcome();
      const data = await res.json();
      const msgs = (data && Array.isArray(data.messages) ? data.messages : []).filter(Boolean);
      if (!msgs.length) return welcome();
      keep(convId);
      msgs.forEach((m, i) => {
        if (m.role === "user") {
          addUser(String(m.text || ""));
          if (m.answered === false) showError("No answer was received — ask again.", m.text);
          return;
        }
        const { row, bubble } = answerRow();
        const r = renderer(bubble);
        r.push(String(m.text || ""));
        r.end();
        chart(row, m.figures);
        finish(row, bubble, m, i === msgs.length - 1);
      });
      follow(null, true);
    } catch (e) {
      if (!welcomeEl && !log.childElementCount) welcome();
    } finally {
      setBusy(false);
      if (!panel.hidden && shadow.activeElement === closeBtn) input.focus(); // opened while loading
    }
  }

  function newChat() {
    if (ctrl) ctrl.abort();
    local.drop(CONV);
    convId = null;
    lastFigures = "";
    log.textContent = "";
    chipsEl = errEl = null;
    welcome();
    input.focus();
  }

  // Signed-in visitors: what is stored, and how to export or erase it.
  let privacyEl;
  function privacy() {
    if (!privacyEl) return;
    privacyEl.hidden = !token;
    privacyEl.textContent = "";
    const lk = (text, onclick) => h("button", { type: "button", class: "lk", onclick }, text);
    privacyEl.append("Your chats are saved to your account. ",
      lk("Export my data", async () => {
        const res = await api("/v1/profile/export");
        if (!res.ok) return showError((await httpError(res))[0]);
        const a = h("a", { href: URL.createObjectURL(await res.blob()), download: "careerbot-data.json" });
        document.body.append(a);
        a.click();
        a.remove();
      }), " · ",
      lk("Erase my data", () => {
        privacyEl.textContent = "Erase your profile, chats and feedback? ";
        privacyEl.append(lk("Yes, erase everything", async () => {
          const res = await api("/v1/profile", { method: "DELETE" });
          if (!res.ok) return showError((await httpError(res))[0]);
          newChat();
          privacy();
          privacyEl.prepend("Your data was erased. ");
        }), " · ", lk("Cancel", privacy));
        privacyEl.querySelector("button").focus();
      }));
  }

  // ---- Open / close and keyboard handling ----
  function open() {
    if (!panel) {
      wantOpen = true;
      return;
    }
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    launcher.setAttribute("aria-label", "Close career chat");
    launcher.replaceChildren(icon("x"));
    document.documentElement.setAttribute("data-careerbot-open", "");
    if (!restored) restore();
    follow(null, true);
    (!input.disabled ? input : !stopBtn.hidden ? stopBtn : closeBtn).focus();
  }

  function close() {
    if (!panel || panel.hidden) return;
    const hadFocus = panel.contains(shadow.activeElement);
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-label", "Open career chat");
    launcher.replaceChildren(icon("chat"));
    document.documentElement.removeAttribute("data-careerbot-open");
    if (hadFocus) launcher.focus();
  }

  function focusables() {
    return [...panel.querySelectorAll("button, textarea, input, a[href], [tabindex]")].filter(
      (el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0
    );
  }

  function onPanelKey(e) {
    if (e.key === "Escape") {
      close();
      e.stopPropagation();
      return;
    }
    if (e.key !== "Tab") return;
    const items = focusables();
    if (!items.length) return;
    const first = items[0];
    const last = items[items.length - 1];
    const cur = shadow.activeElement;
    const outside = !items.includes(cur);
    if (e.shiftKey && (cur === first || outside)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (cur === last || outside)) {
      e.preventDefault();
      first.focus();
    }
  }

  // Grow the textarea with its content (CSSOM, allowed under CSP).
  function grow() {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight + 2, 120) + "px";
  }

  // ---- Extensions (the Plus UI loads as a second script and calls CareerBotWidget.extend) ----
  function emit(name, detail) {
    window.dispatchEvent(new CustomEvent("careerbot:" + name, { detail }));
  }

  function extend(fn) {
    if (ctx) fn(ctx);
    else hooks.push(fn);
  }

  // ---- Build the UI ----
  function mount() {
    host = h("div", { id: "careerbot-widget", "data-theme": theme });
    host.style.setProperty("--accent", accent);
    shadow = host.attachShadow({ mode: "open" });
    try {
      if (!("adoptedStyleSheets" in shadow)) throw new Error("unsupported");
      shadow.adoptedStyleSheets = [sheet(CSS_TEXT)];
    } catch (e) {
      shadow.append(h("style", {}, CSS_TEXT)); // fallback for older browsers
    }
    const side = left ? " left" : "";

    launcher = h("button", {
      type: "button", class: "launcher" + side, lang: "en", "aria-label": "Open career chat",
      "aria-expanded": "false", "aria-controls": "cb-panel", "data-testid": "launcher",
      onclick: () => (panel.hidden ? open() : close()),
    }, icon("chat"));

    closeBtn = h("button", { type: "button", class: "ib", "aria-label": "Close chat", "data-testid": "close", onclick: close }, icon("x"));
    const newBtn = h("button", {
      type: "button", class: "ib", "aria-label": "New chat", title: "New chat", "data-testid": "new-chat", onclick: newChat,
    }, icon("plus"));
    const subtitle = career ? `Answers from the ${titleCase(careerName)} guide` : "Answers from our career guides";
    notice = h("div", { class: "notice", role: "status", "data-testid": "notice", hidden: true });
    log = h("div", {
      class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions text",
      "aria-label": "Conversation", tabindex: 0, "data-testid": "messages",
      onscroll: () => { auto = log.scrollTop >= autoTop - 4; },
    });
    input = h("textarea", {
      rows: 1, maxlength: 2000, "aria-label": "Your question", placeholder: "Ask a question…", "data-testid": "input",
      oninput: grow,
      onkeydown: (e) => {
        if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          send(input.value);
        }
      },
    });
    sendBtn = h("button", {
      type: "button", class: "btn", "aria-label": "Send message", "data-testid": "send", onclick: () => send(input.value),
    }, icon("send"));
    stopBtn = h("button", {
      type: "button", class: "btn sec", "aria-label": "Stop answering", "data-testid": "stop", hidden: true,
      onclick: () => ctrl && ctrl.abort(),
    }, icon("stop"));
    privacyEl = h("p", { class: "fine", "data-testid": "privacy" });
    privacy();
    const slot = h("div", { class: "ext" }); // where extensions add their UI

    panel = h("div", {
      id: "cb-panel", class: "panel" + side, lang: "en", role: "dialog", "aria-label": brand,
      "data-testid": "panel", hidden: true, onkeydown: onPanelKey,
    }, [
      h("div", { class: "hd" }, [h("div", {}, [h("h2", {}, brand), h("p", { class: "sub" }, subtitle)]), newBtn, closeBtn]),
      notice,
      log,
      slot,
      h("div", { class: "ft" }, [
        h("div", { class: "in" }, [input, sendBtn, stopBtn]),
        privacyEl,
        h("p", { class: "fine", "data-testid": "powered-by" }, "Powered by careerbot · answers may be incomplete"),
      ]),
    ]);

    shadow.append(launcher, panel);
    document.body.append(host);
    host.style.setProperty("--on", onAccent(launcher));

    const go = readJson(session.get(GO)); // arrived here from a citation: reopen, show the passage
    if (go && go.p === location.pathname) {
      session.drop(GO);
      wantOpen = true;
      const later = () => setTimeout(() => highlight(go.id && document.getElementById(go.id), go.s), 60);
      if (document.readyState === "complete") later();
      else addEventListener("load", later, { once: true });
    }
    if (wantOpen) open();
    ctx = Object.freeze({ root: shadow, panel, log, slot, api, send, open, close, career, token: () => token,
      h, renderer, finish, follow, httpError, showError, busy: (on, c) => { ctrl = c; setBusy(on); }, adopt: (id) => keep((convId = id)) });
    hooks.splice(0).forEach(extend);
    emit("ready", ctx);
    if (token) api("/v1/me").then((r) => r.json()).then((m) => m.plan === "plus" &&
      document.head.append(h("script", { src: apiBase + "/plus.js" }))).catch(() => {});
  }

  window.CareerBotWidget = Object.freeze({ open, close, newChat, extend, version: "1.1.0" });
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount, { once: true });
})();
