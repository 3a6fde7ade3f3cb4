/* careerbot Plus UI — loaded by widget.js only when /v1/me says the verified token's plan is Plus.
 * A plan badge, the profile sheet, "Advice for me" (streamed, the plan as a cited checklist),
 * download and erase. Plain ES2020; server and visitor text is only ever set as text. */
(function () {
  "use strict";
  const W = window.CareerBotWidget;
  if (!W || window.careerbotPlus) return;
  window.careerbotPlus = true;

  const CSS = `.badge{display:inline-block;margin-left:6px;padding:1px 8px;border-radius:10px;background:var(--accent);
color:var(--on);font-size:12px;font-weight:700;vertical-align:middle}
.plusbar{display:flex;gap:6px;padding:6px 10px 0}
.plusbar .btn{flex:1;min-height:44px}
.sheet{flex:1;overflow-y:auto;overscroll-behavior:contain;padding:12px 14px;display:flex;flex-direction:column;gap:10px}
.sheet h3{margin:0;font-size:15px}
.sheet .fld{display:grid;gap:2px;font-size:13px}
.sheet .fld label{font-weight:600}
.sheet .fld small{color:var(--mut);font-size:12px}
.sheet input,.sheet textarea{width:100%;min-height:44px;padding:8px 10px;border:1px solid var(--mut);border-radius:8px;
background:var(--bg);color:var(--fg);font:inherit;font-size:16px;font-weight:400}
.sheet textarea{height:66px;resize:vertical;cursor:text}
.sheet [aria-invalid=true]{border-color:var(--err)}
.sheet .acts{display:flex;flex-wrap:wrap;gap:8px}
.sheet .btn{min-height:44px}
.sheet .lk{min-height:44px;font-size:14px}
.sheet .st{margin:0;font-size:13px}
.plan{margin:8px 0 0;padding:0;list-style:none;display:grid;gap:2px}
.plan-h{margin:8px 0 0;font-size:14px}
.plan li label{display:flex;gap:8px;align-items:flex-start;min-height:44px;padding:4px 0;cursor:pointer}
.plan input{width:20px;height:20px;margin:2px 0 0;flex:none;accent-color:var(--accent)}
.plan .done{text-decoration:line-through;color:var(--mut)}
.progress{align-self:flex-start;padding:8px 12px;border-radius:14px;background:var(--bub);font-size:14px}
.stopped{margin:0;font-size:13px;color:var(--mut)}`;

  const FIELDS = [ // [name, label, kind, hint]
    ["current_role", "Current role", "career", "Your job title today"],
    ["years_experience", "Years of experience", "years", ""],
    ["skills", "Skills", "list", "One per line, or separated by commas"],
    ["certifications", "Certifications", "list", "One per line, or separated by commas"],
    ["education", "Education", "text", "Your highest qualification"],
    ["location", "Location", "text", "City or region"],
    ["goal_career", "Goal", "career", "The career you want next"],
  ];
  const TICKS = "careerbot:ticks"; // plan items the visitor ticked off, on this device

  W.extend((x) => {
    const { h, root, panel, log, slot } = x;
    const sheetCss = new CSSStyleSheet();
    try {
      sheetCss.replaceSync(CSS);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheetCss];
    } catch (e) {
      root.append(h("style", {}, CSS));
    }
    const ticks = new Set(readTicks());
    let profile = null; // the saved profile, as the server returned it
    let running = null; // AbortController of the advice being streamed

    // ---- The badge and the two actions ----
    const heading = panel.querySelector(".hd h2");
    heading.append(" ", h("span", { class: "badge", "data-testid": "plan-badge" }, "Plus"));
    const profileBtn = h("button", {
      type: "button", class: "btn sec", "aria-expanded": "false", "aria-controls": "cb-sheet",
      "data-testid": "profile-open", onclick: () => (sheet.hidden ? openSheet() : closeSheet()),
    }, "My profile");
    const adviceBtn = h("button", { type: "button", class: "btn", "data-testid": "advice", onclick: advise }, "Advice for me");
    slot.append(h("div", { class: "plusbar", role: "group", "aria-label": "Plus" }, [profileBtn, adviceBtn]));

    // ---- The profile sheet ----
    const inputs = {};
    const careers = h("datalist", { id: "cb-careers" });
    const status = h("p", { class: "st", role: "status", "data-testid": "profile-status" });
    const form = h("form", { novalidate: true, onsubmit: (e) => { e.preventDefault(); save(); } },
      FIELDS.map(([name, label, kind, hint]) => {
        const id = "cb-f-" + name;
        const attrs = { id, name, "data-testid": "field-" + name, autocomplete: "off", "aria-describedby": hint ? id + "-hint" : null };
        let el;
        if (kind === "list") el = h("textarea", Object.assign({ rows: 2, maxlength: 4000 }, attrs));
        else if (kind === "years") el = h("input", Object.assign({ type: "number", min: 0, max: 60, step: 0.5, inputmode: "decimal" }, attrs));
        else el = h("input", Object.assign({ type: "text", maxlength: name === "education" ? 200 : 120 }, attrs));
        if (kind === "career") {
          el.setAttribute("list", "cb-careers");
          el.addEventListener("input", () => suggest(el.value));
        }
        inputs[name] = el;
        return h("div", { class: "fld" }, [h("label", { for: id }, label), el, hint ? h("small", { id: id + "-hint" }, hint) : null]);
      }));
    form.append(careers, h("div", { class: "acts" }, [
      h("button", { type: "submit", class: "btn", "data-testid": "profile-save" }, "Save profile"),
      h("button", { type: "button", class: "btn sec", onclick: closeSheet }, "Close"),
    ]));
    const data = h("div", { class: "acts" });
    const sheet = h("section", { id: "cb-sheet", class: "sheet", "aria-label": "Your profile", "data-testid": "profile-sheet", hidden: true },
      [h("h3", {}, "Your profile"), status, form, h("h3", {}, "Your data"), data]);
    log.before(sheet);
    dataActions();
    // Typing a chat message shows the conversation again.
    panel.querySelector("[data-testid=input]").addEventListener("focus", () => {
      if (!sheet.hidden) hideSheet();
    });

    function showSheet() {
      sheet.hidden = false;
      log.hidden = true;
      profileBtn.setAttribute("aria-expanded", "true");
    }

    function openSheet() {
      showSheet();
      fill(profile);
      inputs.current_role.focus();
    }

    function hideSheet() {
      sheet.hidden = true;
      log.hidden = false;
      profileBtn.setAttribute("aria-expanded", "false");
    }

    function closeSheet() {
      hideSheet();
      profileBtn.focus();
    }

    function fill(p) {
      for (const [name, , kind] of FIELDS) {
        const v = p ? p[name] : null;
        inputs[name].value = v == null ? "" : kind === "list" ? [].concat(v).join("\n") : String(v);
        inputs[name].removeAttribute("aria-invalid");
      }
    }

    function body() {
      const out = {};
      for (const [name, , kind] of FIELDS) {
        const v = inputs[name].value.trim();
        if (kind === "list") out[name] = v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
        else if (kind === "years") out[name] = v === "" ? null : Number(v);
        else out[name] = v || null;
      }
      return out;
    }

    async function save() {
      status.textContent = "Saving…";
      for (const el of Object.values(inputs)) el.removeAttribute("aria-invalid");
      try {
        const res = await x.api("/v1/profile", {
          method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body()),
        });
        if (!res.ok) return failed(res);
        profile = await res.json();
        status.textContent = "Saved.";
      } catch (e) {
        status.textContent = "Can't reach the career assistant.";
      }
    }

    // A refused save: the server's message, and the fields it names marked.
    async function failed(res) {
      const copy = res.clone();
      status.textContent = (await x.httpError(res))[0];
      try {
        const err = await copy.json();
        for (const d of (err && Array.isArray(err.details) ? err.details : [])) {
          const name = String(d.field || "").split(".").find((part) => inputs[part]);
          if (name) inputs[name].setAttribute("aria-invalid", "true");
        }
      } catch (e) { /* not JSON */ }
      const bad = form.querySelector("[aria-invalid=true]");
      if (bad) bad.focus();
    }

    // Career names for the two career fields, from the guide index's title search.
    let asked = "";
    let timer = 0;
    function suggest(q) {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        q = q.trim();
        if (q.length < 2 || q === asked) return;
        asked = q;
        try {
          const res = await x.api("/v1/careers?limit=8&q=" + encodeURIComponent(q));
          const list = res.ok ? await res.json() : [];
          careers.replaceChildren(...(Array.isArray(list) ? list : []).map((c) =>
            h("option", { value: String(c.name), label: c.matched ? `${c.matched} → ${c.name}` : null })));
        } catch (e) { /* autocomplete is a nicety */ }
      }, 150);
    }

    // "Download my data" and "Erase my data" (after a confirmation).
    function dataActions() {
      const lk = (text, testid, onclick) => h("button", { type: "button", class: "btn sec", "data-testid": testid, onclick }, text);
      data.replaceChildren(
        lk("Download my data", "download", async () => {
          const res = await x.api("/v1/profile/export");
          if (!res.ok) return (status.textContent = (await x.httpError(res))[0]);
          const a = h("a", { href: URL.createObjectURL(await res.blob()), download: "careerbot-data.json" });
          document.body.append(a);
          a.click();
          a.remove();
        }),
        lk("Erase my data", "erase", () => {
          data.replaceChildren(h("span", { class: "st" }, "Erase your profile, chats and feedback?"),
            lk("Yes, erase everything", "erase-confirm", erase), lk("Cancel", "erase-cancel", () => {
              dataActions();
              data.firstChild.focus();
            }));
          data.querySelector("button").focus();
        }));
    }

    async function erase() {
      const res = await x.api("/v1/profile", { method: "DELETE" });
      dataActions();
      if (!res.ok) return (status.textContent = (await x.httpError(res))[0]);
      profile = null;
      ticks.clear();
      saveTicks();
      fill(null);
      W.newChat(); // the chat's log too; it focuses the chat input, which hides the sheet
      showSheet();
      status.textContent = "Your data was erased.";
      data.firstChild.focus();
    }

    // ---- Advice for me ----
    async function advise() {
      if (running || adviceBtn.disabled) return;
      if (!profile) {
        openSheet();
        status.textContent = "Save your profile first: advice is worked out from it.";
        return;
      }
      if (!sheet.hidden) hideSheet();
      x.open();
      log.querySelectorAll(".welcome").forEach((el) => el.remove());
      log.append(h("div", { class: "msg user", "data-testid": "message", "data-role": "user" }, "Advice for me"));
      const progress = h("div", { class: "progress", role: "status", "data-testid": "advice-progress" }, "Reading your profile…");
      log.append(progress);
      x.follow(null, true);
      running = new AbortController();
      const signal = running.signal;
      adviceBtn.disabled = true;
      x.busy(true, running);

      let failure = null;
      const a = { m: { citations: [], suggestions: [], plan: null }, done: false, row: null, bubble: null, r: null };
      const ensureRow = () => {
        if (a.row) return;
        a.bubble = h("div", { class: "msg bot", "data-testid": "message", "data-role": "assistant", "aria-busy": "true" });
        a.row = h("div", { class: "row" }, a.bubble);
        progress.before(a.row);
        a.r = x.renderer(a.bubble);
      };
      const on = {
        meta(d) {
          if (d.conversation_id) x.adopt(String(d.conversation_id)); // a reload shows this advice
          a.m.id = d.message_id;
          a.m.mode = d.mode;
          progress.textContent = "Working out your plan…";
        },
        delta(d) {
          ensureRow();
          a.r.push(d.text == null ? "" : String(d.text));
          progress.textContent = "Writing your advice…";
          x.follow(a.row);
        },
        plan(d) { a.m.plan = d.plan && typeof d.plan === "object" ? d.plan : null; },
        citations(d) { a.m.citations = Array.isArray(d.citations) ? d.citations : []; },
        suggestions(d) { a.m.suggestions = d.suggestions; },
        done(d) {
          a.done = true;
          a.m.id = d.message_id || a.m.id;
        },
        error(d) { failure = (d && d.message) || "Something went wrong."; },
      };

      try {
        const ask = { question: null, career: profile.goal_career ? null : x.career || null };
        const res = await x.api("/v1/advice/stream", {
          method: "POST", headers: { "Content-Type": "application/json", Accept: "text/event-stream" },
          body: JSON.stringify(ask), signal,
        });
        if (res.status === 422 && (await res.clone().json().catch(() => ({}))).error === "profile_required") {
          profile = null; // erased elsewhere (the privacy line, another tab)
          failure = "Save your profile first: advice is worked out from it.";
        } else if (!res.ok) failure = (await x.httpError(res))[0];
        else await read(res, on, () => a.done);
        if (!failure && !a.done) failure = "The advice stopped before it was complete.";
      } catch (e) {
        if (!signal.aborted) failure = "Can't reach the career assistant.";
      } finally {
        progress.remove();
        if (a.row) {
          a.r.end();
          a.bubble.removeAttribute("aria-busy");
          a.m.text = a.r.text;
          if (a.done) {
            checklist(a.bubble, a.m.plan);
            x.finish(a.row, a.bubble, a.m, true);
          }
        }
        if (signal.aborted) {
          (a.row || log).append(h("p", { class: "stopped", role: "status", "data-testid": "stopped" }, "Stopped"));
        } else if (failure) x.showError(failure);
        x.follow(a.row);
        running = null;
        adviceBtn.disabled = false;
        x.busy(false, null);
      }
    }

    // The plan's items as a checklist in place of their bullets, each keeping its [n] marker.
    function checklist(bubble, plan) {
      const items = planItems(plan);
      if (!items.length) return;
      const texts = items.map((it) => it.text);
      for (const li of bubble.querySelectorAll("li")) {
        const said = li.textContent.replace(/\s*\d+\s*$/, "").trim();
        if (texts.some((t) => said === t || said.startsWith(t))) {
          const list = li.parentElement;
          li.remove();
          if (!list.children.length) list.remove();
        }
      }
      const ul = h("ul", { class: "plan", "aria-label": "Your plan", "data-testid": "plan" }, items.map((it) => {
        const box = h("input", {
          type: "checkbox", checked: ticks.has(it.text), "data-testid": "plan-item-check",
          onchange: () => {
            if (box.checked) ticks.add(it.text);
            else ticks.delete(it.text);
            text.className = box.checked ? "done" : "";
            saveTicks();
          },
        });
        const text = h("span", { class: ticks.has(it.text) ? "done" : "" }, it.text);
        const cite = it.citations.flatMap((n) => [" ", h("a", { class: "cite", "data-n": String(n) }, String(n))]);
        return h("li", { "data-testid": "plan-item" }, h("label", {}, [box, h("span", {}, [text, ...cite])]));
      }));
      bubble.append(h("h3", { class: "plan-h" }, "Your plan"), ul);
    }

    // The plan's items in the server's order: the career move's when there is one, else every
    // {text, citation} of the plan (and of lists in it).
    function planItems(plan) {
      const ids = (v) => (Array.isArray(v) ? v : [v]).filter(Number.isInteger);
      const out = [];
      const take = (v, cited) => {
        if (v && typeof v === "object" && typeof v.text === "string" && v.text.trim()) {
          out.push({ text: v.text.trim(), citations: ids(cited(v)) });
        }
      };
      if (plan && plan.move && Array.isArray(plan.move.items)) {
        plan.move.items.forEach((v) => take(v, (x) => x.citations));
        return out;
      }
      for (const v of Object.values(plan || {})) (Array.isArray(v) ? v : [v]).forEach((x) => take(x, (y) => y.citation));
      return out;
    }

    function readTicks() {
      try { return JSON.parse(localStorage.getItem(TICKS) || "[]"); } catch (e) { return []; }
    }

    function saveTicks() {
      try { localStorage.setItem(TICKS, JSON.stringify([...ticks].slice(-200))); } catch (e) { /* storage blocked */ }
    }

    // The profile the server holds, so the sheet and "Advice for me" start from it.
    (async () => {
      try {
        const res = await x.api("/v1/profile");
        if (res.ok) profile = await res.json();
      } catch (e) { /* offline: the sheet starts empty */ }
      if (Object.values(inputs).every((el) => !el.value)) fill(profile); // not over the visitor's typing
    })();
  });

  // Server-sent events: call on[name](data) for each until stop() or the end.
  async function read(res, on, stop) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = "";
    const handle = (block) => {
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
      if (!data.length || !on[name]) return;
      let parsed;
      try { parsed = JSON.parse(data.join("\n")); } catch (e) { return; }
      on[name](parsed || {});
    };
    while (!stop()) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      let m;
      while (!stop() && (m = /\r?\n\r?\n/.exec(buf))) {
        handle(buf.slice(0, m.index));
        buf = buf.slice(m.index + m[0].length);
      }
    }
    if (stop()) reader.cancel().catch(() => {});
    else if ((buf += decoder.decode()).trim()) handle(buf);
  }
})();
