/* careerbot embeddable chat widget v1.0.0 — plain ES2020, no dependencies.
 * Usage: <script src="https://BOT-HOST/widget.js" data-career="production-technician" defer></script>
 * All UI lives in an open shadow root; server/user text is only ever set as text. */
(function () {
  "use strict";
  if (window.CareerBotWidget || document.getElementById("careerbot-widget")) return;

  // ---- Configuration, read from our own <script> tag ----
  const script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  const attr = (name) => (script && script.getAttribute("data-" + name)) || "";
  const career = attr("career").trim();
  const careerName = career.replace(/-/g, " ");
  const titleCase = (s) => s.replace(/\b\w/g, (c) => c.toUpperCase());
  const careerTitle = titleCase(careerName);
  const article = /^[aeiou]/i.test(careerName) ? "an" : "a";
  let token = attr("token") || null;
  const theme = ["dark", "auto"].includes(attr("theme")) ? attr("theme") : "light";
  const rawAccent = attr("accent").trim();
  const accent = rawAccent && window.CSS && CSS.supports("color", rawAccent) ? rawAccent : "#0b5fff";
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
  const storeKey = "careerbot:" + career;
  const JSON_HEADERS = { "Content-Type": "application/json" };

  // ---- Styles (constructable stylesheet; no inline style attributes) ----
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
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.left{right:auto;left:20px}
button,textarea{font:inherit;color:inherit}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
a{color:var(--link)}
.launcher{width:56px;height:56px;border:0;border-radius:50%;padding:0;cursor:pointer;display:grid;place-items:center;
background:var(--accent);color:var(--on);box-shadow:0 4px 14px rgba(0,0,0,.28)}
.launcher svg{width:28px;height:28px;fill:currentColor}
.panel{bottom:88px;width:380px;max-width:calc(100vw - 40px);height:min(600px,calc(100vh - 120px));display:flex;
flex-direction:column;overflow:hidden;background:var(--bg);border:1px solid var(--bd);border-radius:14px;
box-shadow:0 12px 40px rgba(0,0,0,.3)}
@media (max-width:480px){.panel{inset:0;width:100vw;max-width:none;height:100vh;height:100dvh;border:0;border-radius:0}}
.hd{display:flex;align-items:center;gap:8px;padding:12px 14px;border-bottom:1px solid var(--bd)}
.hd div{flex:1;min-width:0}
.hd h2{margin:0;font-size:15px;font-weight:700}
.sub{margin:0;font-size:12px;color:var(--mut)}
.x{border:0;background:none;cursor:pointer;font-size:22px;line-height:1;padding:4px 8px;border-radius:6px}
.notice{padding:6px 14px;font-size:12px;background:var(--bub)}
.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px}
.welcome p{margin:0 0 10px}
.msg{max-width:88%;padding:8px 12px;border-radius:14px;white-space:pre-wrap;overflow-wrap:anywhere}
.user{align-self:flex-end;background:var(--accent);color:var(--on);border-bottom-right-radius:4px}
.row{display:flex;flex-direction:column;align-items:flex-start;gap:6px}
.bot{background:var(--bub);border-bottom-left-radius:4px}
.bot ul{margin:4px 0;padding-left:20px}
.bot sup{line-height:0}
.bot sup a{font-weight:700;text-decoration:none;padding:0 1px}
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
.src{width:100%;font-size:12px;color:var(--mut)}
.src ul{list-style:none;margin:2px 0 0;padding:0}
.src li{position:relative;margin:2px 0}
.tip{position:absolute;left:0;bottom:100%;z-index:1;max-width:300px;padding:6px 8px;border-radius:6px;
background:var(--fg);color:var(--bg);box-shadow:0 4px 12px rgba(0,0,0,.25)}
.chips{display:flex;flex-wrap:wrap;gap:6px}
.chip{padding:5px 10px;border:1px solid var(--bd);border-radius:16px;background:var(--bg);color:var(--link);
cursor:pointer;text-align:left;font-size:13px}
.fb{display:flex;gap:4px}.th svg{width:15px;height:15px;fill:currentColor;display:block}.th.down svg{transform:rotate(180deg)}
.th{padding:2px 8px;border:1px solid var(--bd);border-radius:8px;background:none;cursor:pointer}
.th[aria-pressed=true]{border-color:var(--accent);background:var(--bub)}
.fbf{width:100%;display:flex;flex-direction:column;align-items:flex-start;gap:6px}
.thanks{margin:0;font-size:12px;color:var(--mut)}
textarea{width:100%;padding:8px 10px;border:1px solid var(--mut);border-radius:8px;background:var(--bg);resize:none}
textarea::placeholder{color:var(--mut);opacity:1}
.ft{display:flex;align-items:flex-end;gap:8px;padding:10px;border-top:1px solid var(--bd)}
.ft textarea{flex:1;height:40px;max-height:120px}
.btn{padding:8px 14px;border:0;border-radius:8px;background:var(--accent);color:var(--on);font-weight:600;cursor:pointer}
.btn:disabled{opacity:.55;cursor:default}
.sec{background:var(--bg);color:var(--fg);border:1px solid var(--mut)}
.err{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:8px 12px;border-radius:10px;
background:var(--errbg);color:var(--err)}`;

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

  const CHAT_ICON =
    "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H10l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 " +
    "3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z";
  const THUMB_ICON =
    "M1 21h4V9H1v12zm22-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.5-1.1L14.2 1 7.6 7.6C7.2 8 7 8.5 7 " +
    "9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z";

  // A decorative SVG icon (emoji fonts are not everywhere).
  function icon(d) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", d);
    path.setAttribute("fill-rule", "evenodd");
    svg.append(path);
    return svg;
  }

  // Only http(s) links are followed; relative URLs resolve against the API base.
  function safeUrl(url) {
    try {
      const u = new URL(String(url), apiBase);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function linkEl(url, attrs, text) {
    const href = safeUrl(url);
    const base = href ? { href, target: "_blank", rel: "noopener" } : { tabindex: 0 };
    return h("a", Object.assign(base, attrs), text);
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

  const storage = {
    get() { try { return sessionStorage.getItem(storeKey); } catch (e) { return null; } },
    set(v) { try { sessionStorage.setItem(storeKey, v); } catch (e) { /* storage blocked */ } },
    drop() { try { sessionStorage.removeItem(storeKey); } catch (e) { /* storage blocked */ } },
  };

  // ---- State ----
  let shadow, launcher, panel, log, input, sendBtn, stopBtn, closeBtn, notice;
  let convId = storage.get();
  let busy = false;
  let ctrl = null; // AbortController of the running stream
  let welcomeEl = null;
  let chipsEl = null;
  let errEl = null;
  let tipCount = 0;

  // ---- API ----
  // fetch with the token; on 401 drop it, say so, retry once as a guest.
  // A random id that keeps an anonymous visitor's conversations theirs.
  const rnd = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join("");
  const anonId = (() => {
    try {
      let id = localStorage.getItem("careerbot:anon");
      if (!id) localStorage.setItem("careerbot:anon", (id = rnd()));
      return id;
    } catch (e) {
      return rnd();
    }
  })();

  async function api(path, opts = {}) {
    const go = () => {
      const headers = Object.assign({}, opts.headers);
      if (token) headers.Authorization = "Bearer " + token;
      else headers["X-Anonymous-Id"] = anonId;
      return fetch(apiBase + path, Object.assign({}, opts, { headers }));
    };
    let res = await go();
    if (res.status === 401 && token) {
      token = null;
      notice.textContent = "Your sign-in expired — continuing as a guest.";
      notice.hidden = false;
      res = await go();
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

  // ---- Rendering ----
  const nearBottom = () => log.scrollHeight - log.scrollTop - log.clientHeight < 120;
  function scroll(force) {
    if (force || nearBottom()) log.scrollTop = log.scrollHeight;
  }

  function addUser(text) {
    log.append(h("div", { class: "msg user", "data-testid": "message", "data-role": "user" }, text));
    scroll(true);
  }

  function answerRow() {
    const bubble = h("div", { class: "msg bot", "data-testid": "message", "data-role": "assistant" });
    const row = h("div", { class: "row" }, bubble);
    log.append(row);
    return { row, bubble };
  }

  // Text with [n] markers as citation links (when known).
  function inline(parent, s, byId) {
    let last = 0;
    if (byId) {
      for (const m of s.matchAll(/\[(\d+)\]/g)) {
        const c = byId.get(m[1]);
        if (!c) continue;
        const a = linkEl(c.url, { "data-testid": "citation", "aria-label": `Source ${m[1]}: ${c.section || ""}` }, m[1]);
        parent.append(s.slice(last, m.index), h("sup", {}, a));
        last = m.index + m[0].length;
      }
    }
    parent.append(s.slice(last));
  }

  // "\n" → line breaks, "- " lines → <ul><li>, [n] → citation links.
  function renderText(el, text, cites) {
    const byId = Array.isArray(cites) ? new Map(cites.filter(Boolean).map((c) => [String(c.id), c])) : null;
    el.textContent = "";
    let list = null;
    let prevText = false;
    for (const line of String(text).split("\n")) {
      const item = /^\s*- (.*)$/.exec(line);
      if (item) {
        if (!list) el.append((list = h("ul")));
        const li = h("li");
        inline(li, item[1], byId);
        list.append(li);
        prevText = false;
      } else {
        list = null;
        if (!line.trim() && !prevText) continue; // skip blank lines after lists / at start
        if (prevText) el.append(h("br"));
        inline(el, line, byId);
        prevText = true;
      }
    }
  }

  // Horizontal bar chart for ≥ 2 figures.
  function chart(row, figs) {
    figs = (Array.isArray(figs) ? figs : []).filter((f) => f && f.value != null && Number.isFinite(+f.value));
    if (figs.length < 2) return;
    const max = Math.max(0, ...figs.map((f) => +f.value));
    const shown = (f) => String(f.text != null ? f.text : f.value);
    const label = figs.map((f) => `${f.label || ""} ${shown(f)}`).join(", ");
    const rows = figs.map((f) => {
      const bar = h("div", { class: "bar" });
      bar.style.width = (max > 0 ? Math.min(100, (Math.max(0, +f.value) / max) * 100) : 0) + "%";
      return h("div", { class: "bar-row" }, [
        h("span", {}, String(f.label || "")),
        h("div", { class: "track" }, bar),
        h("span", {}, shown(f)),
      ]);
    });
    row.append(h("div", { class: "chart", role: "img", "aria-label": label, "data-testid": "chart" }, rows));
  }

  // "Sources" list; each item shows its snippet in a tooltip on hover/focus.
  function sources(row, cites) {
    cites = (Array.isArray(cites) ? cites : []).filter(Boolean);
    if (!cites.length) return;
    const ul = h("ul");
    for (const c of cites) {
      const id = "cb-tip-" + ++tipCount;
      const snippet = String(c.snippet || "");
      const tip = h("span", { class: "tip", role: "tooltip", id, "data-testid": "snippet", hidden: true }, snippet);
      const text = [guideName(c), c.section].filter(Boolean).join(" › ");
      const link = linkEl(c.url, { "data-testid": "source", "aria-describedby": id }, text);
      const show = () => { tip.hidden = !snippet; };
      const hide = () => { tip.hidden = true; };
      const li = h("li", { onmouseenter: show, onmouseleave: hide }, [link, tip]);
      link.addEventListener("focus", show);
      link.addEventListener("blur", hide);
      ul.append(li);
    }
    row.append(h("div", { class: "src", "data-testid": "sources" }, [h("span", {}, "Sources"), ul]));
  }

  // Suggestion chips; only the latest answer keeps them.
  function chips(row, list) {
    if (chipsEl) chipsEl.remove();
    chipsEl = null;
    list = (Array.isArray(list) ? list : []).filter((s) => typeof s === "string" && s.trim());
    if (!list.length) return;
    chipsEl = h(
      "div",
      { class: "chips", role: "group", "aria-label": "Suggested questions" },
      list.map((s) => h("button", { type: "button", class: "chip", "data-testid": "suggestion", onclick: () => send(s) }, s))
    );
    row.append(chipsEl);
  }

  // Thumbs up / down with an inline comment form.
  function feedback(row, messageId) {
    let rating = null;
    let form = null;
    let comment = null;
    let sent = false;
    const thumb = (value, label, testid) =>
      h("button", {
        type: "button", class: "th " + value, "aria-label": label, "aria-pressed": "false",
        "data-testid": testid, onclick: () => pick(value),
      }, icon(THUMB_ICON));
    const up = thumb("up", "Helpful", "thumbs-up");
    const down = thumb("down", "Not helpful", "thumbs-down");
    const bar = h("div", { class: "fb" }, [up, down]);
    row.append(bar);

    function pick(value) {
      if (sent) return;
      rating = value;
      up.setAttribute("aria-pressed", String(value === "up"));
      down.setAttribute("aria-pressed", String(value === "down"));
      if (!form) buildForm();
      comment.focus();
    }

    function buildForm() {
      comment = h("textarea", {
        rows: 2, maxlength: 1000, "aria-label": "Tell us more (optional)",
        placeholder: "Tell us more (optional)", "data-testid": "feedback-comment",
      });
      const err = h("div", { class: "err", role: "alert", "data-testid": "error", hidden: true });
      const btn = h("button", { type: "button", class: "btn", "data-testid": "feedback-send" }, "Send");
      btn.addEventListener("click", async () => {
        btn.disabled = true;
        err.hidden = true;
        const body = { conversation_id: convId, message_id: messageId, rating };
        const c = comment.value.trim();
        if (c) body.comment = c;
        try {
          const res = await api("/v1/feedback", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(body) });
          if (res.ok || res.status === 409) { // 409: voted before
            sent = true;
            form.replaceWith(h("p", { class: "thanks", role: "status", "data-testid": "feedback-thanks" }, "Thanks for the feedback."));
            (rating === "up" ? up : down).focus(); // keep focus inside the panel
            return;
          }
          err.textContent = (await httpError(res))[0];
        } catch (e) {
          err.textContent = "Can't reach the career assistant.";
        }
        err.hidden = false;
        btn.disabled = false;
      });
      form = h("div", { class: "fbf" }, [comment, btn, err]);
      bar.after(form);
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
    scroll(true);
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

  // ---- Sending and streaming ----
  function setBusy(on, withStop = true) {
    busy = on;
    input.disabled = sendBtn.disabled = on;
    stopBtn.hidden = !(on && withStop);
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
    scroll(true);

    // The answer being built.
    const a = { text: "", cites: null, sugg: [], id: null, done: false, failed: false, shaped: false, row: null, bubble: null };
    const ensureRow = () => {
      if (a.row) return;
      typing.remove();
      Object.assign(a, answerRow());
    };
    const handlers = {
      meta(d) {
        if (d.conversation_id) {
          convId = String(d.conversation_id);
          storage.set(convId);
        }
        a.id = d.message_id || a.id;
      },
      delta(d) {
        ensureRow();
        const piece = d.text == null ? "" : String(d.text);
        const stick = nearBottom();
        a.text += piece;
        a.bubble.append(piece); // plain text while streaming (pre-wrap keeps newlines)
        if (stick) scroll(true);
      },
      figures(d) {
        ensureRow();
        chart(a.row, d.figures);
      },
      citations(d) {
        ensureRow();
        a.cites = Array.isArray(d.citations) ? d.citations : [];
        renderText(a.bubble, a.text, a.cites);
        a.shaped = true;
        sources(a.row, a.cites);
        scroll();
      },
      suggestions(d) {
        a.sugg = d.suggestions;
      },
      done(d) {
        a.done = true;
        a.id = d.message_id || a.id;
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
        if (!a.shaped && /^\s*- /m.test(a.text)) renderText(a.bubble, a.text, null);
        if (a.done) {
          if (a.id) feedback(a.row, a.id);
          chips(a.row, a.sugg);
        }
        scroll();
      }
      ctrl = null;
      setBusy(false);
      input.focus();
    }
  }

  // ---- Restore a conversation after reload ----
  async function restore() {
    setBusy(true, false);
    try {
      const res = await api("/v1/conversations/" + encodeURIComponent(convId));
      if (res.status === 404) {
        storage.drop();
        convId = null;
        return welcome();
      }
      if (!res.ok) return welcome();
      const data = await res.json();
      const msgs = (data && Array.isArray(data.messages) ? data.messages : []).filter(Boolean);
      if (!msgs.length) return welcome();
      let last = null;
      for (const m of msgs) {
        if (m.role === "user") {
          addUser(String(m.text || ""));
          if (m.answered === false) showError("No answer was received — ask again.", m.text);
          continue;
        }
        const { row, bubble } = answerRow();
        renderText(bubble, m.text || "", m.citations || []);
        chart(row, m.figures);
        sources(row, m.citations);
        if (m.id) feedback(row, m.id);
        last = { row, m };
      }
      if (last) chips(last.row, last.m.suggestions);
      scroll(true);
    } catch (e) {
      if (!welcomeEl && !log.childElementCount) welcome();
    } finally {
      setBusy(false);
      if (!panel.hidden && shadow.activeElement === closeBtn) input.focus(); // opened while loading
    }
  }

  // ---- Open / close and keyboard handling ----
  function open() {
    if (!panel) {
      wantOpen = true;
      return;
    }
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    scroll(true);
    (!input.disabled ? input : !stopBtn.hidden ? stopBtn : closeBtn).focus();
  }

  function close() {
    if (!panel || panel.hidden) return;
    const hadFocus = panel.contains(shadow.activeElement);
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    if (hadFocus) launcher.focus();
  }

  function focusables() {
    return [...panel.querySelectorAll("button, textarea, a[href], [tabindex]")].filter(
      (el) => !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0
    );
  }

  function onPanelKey(e) {
    if (e.key === "Escape") {
      const tip = panel.querySelector(".tip:not([hidden])");
      if (tip) tip.hidden = true; // dismiss a tooltip first
      else close();
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

  // ---- Build the UI ----
  function mount() {
    const host = h("div", { id: "careerbot-widget", "data-theme": theme });
    host.style.setProperty("--accent", accent);
    shadow = host.attachShadow({ mode: "open" });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      if (!("adoptedStyleSheets" in shadow)) throw new Error("unsupported");
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      shadow.append(h("style", {}, CSS_TEXT)); // fallback for older browsers
    }
    const side = left ? " left" : "";

    launcher = h("button", {
      type: "button", class: "launcher" + side, lang: "en", "aria-label": "Open career chat",
      "aria-expanded": "false", "aria-controls": "cb-panel", "data-testid": "launcher",
      onclick: () => (panel.hidden ? open() : close()),
    }, icon(CHAT_ICON));

    closeBtn = h("button", {
      type: "button", class: "x", "aria-label": "Close chat", "data-testid": "close", onclick: close,
    }, "×");
    const subtitle = career ? `Answers from the ${careerTitle} guide` : "Answers from our career guides";
    notice = h("div", { class: "notice", role: "status", "data-testid": "notice", hidden: true });
    log = h("div", {
      class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions text",
      "aria-label": "Conversation", tabindex: 0, "data-testid": "messages",
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
    sendBtn = h("button", { type: "button", class: "btn", "data-testid": "send", onclick: () => send(input.value) }, "Send");
    stopBtn = h("button", {
      type: "button", class: "btn sec", "data-testid": "stop", hidden: true,
      onclick: () => ctrl && ctrl.abort(),
    }, "Stop");

    panel = h("div", {
      id: "cb-panel", class: "panel" + side, lang: "en", role: "dialog", "aria-label": "Career assistant",
      "data-testid": "panel", hidden: true, onkeydown: onPanelKey,
    }, [
      h("div", { class: "hd" }, [h("div", {}, [h("h2", {}, "Career assistant"), h("p", { class: "sub" }, subtitle)]), closeBtn]),
      notice,
      log,
      h("div", { class: "ft" }, [input, sendBtn, stopBtn]),
    ]);

    shadow.append(launcher, panel);
    document.body.append(host);
    host.style.setProperty("--on", onAccent(launcher));

    if (convId) restore();
    else welcome();
    if (wantOpen) open();
  }

  window.CareerBotWidget = Object.freeze({ open, close, version: "1.0.0" });
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount, { once: true });
})();
