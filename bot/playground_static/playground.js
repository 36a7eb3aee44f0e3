// The playground page: one persona's chat with the bot, long-polled from /playground/api.
// Message text only ever reaches the page through textContent and text nodes, never innerHTML.
"use strict";

(() => {
  const API = "/playground/api";
  const LONG_POLL = 25;
  const $ = (id) => document.getElementById(id);
  const state = {
    personas: [], places: [], bot: null, current: null, revision: 0,
    messages: new Map(), keyboard: undefined, commands: undefined, latest: null, seen: {},
    generation: 0, abort: null,
  };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === "class") node.className = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value);
    }
    node.append(...children);
    return node;
  }

  function webUrl(raw) {
    try {
      const url = new URL(raw);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function link(href, text) {
    return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text);
  }

  async function call(path, options = {}) {
    const response = await fetch(API + path, {
      ...options,
      headers: options.body ? { "Content-Type": "application/json" } : {},
    });
    const data = await response.json().catch(() => ({ ok: false, error: response.statusText }));
    if (!data.ok) throw new Error(data.error || "request failed");
    return data;
  }

  const post = (path, body) => call(path, { method: "POST", body: JSON.stringify(body) });
  const chatPath = (suffix = "") => `/chats/${encodeURIComponent(state.current.key)}${suffix}`;

  // ---------------------------------------------------------------- text and entities

  const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

  function plain(parent, text, inLink) {
    if (inLink) return parent.append(text);
    let at = 0;
    for (const match of text.matchAll(URL_IN_TEXT)) {
      const raw = match[0].replace(/[.,;:!?)\]}»”’]+$/, "");
      const href = webUrl(raw);
      if (!href) continue;
      parent.append(text.slice(at, match.index), link(href, raw));
      at = match.index + raw.length;
    }
    parent.append(text.slice(at));
  }

  function entityNode(entity, inner, fromBot) {
    const simple = { bold: "strong", italic: "em", underline: "u", strikethrough: "s", code: "code" };
    if (simple[entity.type]) return { root: el(simple[entity.type]) };
    if (entity.type === "pre") {
      const code = el("code");
      return { root: el("pre", {}, code), box: code };
    }
    if (entity.type === "blockquote" || entity.type === "expandable_blockquote") {
      return { root: el("blockquote") };
    }
    if (entity.type === "spoiler") {
      const span = el("span", { class: "spoiler", tabindex: "0", title: "Spoiler: click to show" });
      span.addEventListener("click", () => span.classList.add("shown"));
      span.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") span.classList.add("shown");
      });
      return { root: span };
    }
    if (entity.type === "text_link" || entity.type === "url") {
      const href = webUrl(entity.type === "url" ? inner : entity.url || "");
      if (href) return { root: link(href, ""), isLink: true };
      // tg://user?id= shows the person's name, other schemes their text: never a link.
      const mention = /^tg:\/\/user\?/i.test(entity.url || "");
      return { root: el("span", mention ? { class: "mention" } : {}), isLink: true };
    }
    if (entity.type === "bot_command" && fromBot) {
      return { root: el("button", { type: "button", class: "command", onclick: () => send(inner) }) };
    }
    return { root: el("span") };
  }

  function build(parent, text, start, end, entities, inLink, fromBot) {
    let pos = start;
    for (let i = 0; i < entities.length;) {
      const entity = entities[i];
      let j = i + 1;
      while (j < entities.length && entities[j].offset < entity.end) j++;
      const inner = entities.slice(i + 1, j).map((e) => ({ ...e, end: Math.min(e.end, entity.end) }));
      if (entity.offset > pos) plain(parent, text.slice(pos, entity.offset), inLink);
      const node = entityNode(entity, text.slice(entity.offset, entity.end), fromBot);
      const box = node.box || node.root;
      build(box, text, entity.offset, entity.end, inner, inLink || node.isLink, fromBot);
      parent.append(node.root);
      pos = entity.end;
      i = j;
    }
    if (pos < end) plain(parent, text.slice(pos, end), inLink);
  }

  // Entity offsets count UTF-16 code units, as JavaScript strings do.
  function renderText(text, entities, fromBot) {
    const box = el("div", { class: "text" });
    const sorted = (entities || [])
      .filter((e) => e.length > 0 && e.offset >= 0 && e.offset < text.length)
      .map((e) => ({ ...e, end: Math.min(e.offset + e.length, text.length) }))
      .sort((a, b) => a.offset - b.offset || b.end - a.end);
    build(box, text, 0, text.length, sorted, false, fromBot);
    return box;
  }

  // ---------------------------------------------------------------- messages

  function placeName(location) {
    const near = state.places.find(
      (p) => Math.abs(p.latitude - location.latitude) < 1e-6 && Math.abs(p.longitude - location.longitude) < 1e-6,
    );
    const where = `${location.latitude.toFixed(4)}, ${location.longitude.toFixed(4)}`;
    return near ? `📍 ${near.name} (${where})` : `📍 Location ${where}`;
  }

  function inlineKeyboard(message) {
    const box = el("div", { class: "inline-keyboard", role: "group", "aria-label": "Buttons" });
    for (const row of message.buttons) {
      const line = el("div", { class: "row" });
      for (const button of row) {
        const href = button.kind === "url" ? webUrl(button.url) : null;
        if (href) line.append(link(href, `${button.text} ↗`));
        else if (button.kind === "callback") {
          line.append(el("button", { type: "button", onclick: (e) => press(message.id, button.data, e.currentTarget) }, button.text));
        } else line.append(el("button", { type: "button", disabled: "" }, button.text));
      }
      box.append(line);
    }
    return box;
  }

  function messageNode(message) {
    const who = message.from_bot ? (state.bot ? state.bot.first_name : "Bot") : state.current.first_name;
    const item = el("li", { class: `message ${message.from_bot ? "bot" : "user"}`, "data-id": String(message.id) });
    const bubble = el("div", { class: "bubble" }, el("span", { class: "visually-hidden" }, `${who}: `));
    if (message.location) bubble.append(el("div", { class: "text" }, placeName(message.location)));
    else bubble.append(renderText(message.text || "", message.entities, message.from_bot));
    const time = new Date(message.date * 1000);
    const meta = el("time", { datetime: time.toISOString() }, time.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    bubble.append(el("div", { class: "meta" }, message.edited ? "edited · " : "", meta));
    item.append(bubble);
    if (message.buttons) item.append(inlineKeyboard(message));
    return item;
  }

  function upsert(message) {
    const list = $("messages");
    const old = list.querySelector(`li[data-id="${message.id}"]`);
    if (message.deleted) {
      state.messages.delete(message.id);
      if (old) old.remove();
      return;
    }
    state.messages.set(message.id, message);
    const node = messageNode(message);
    if (old) return old.replaceWith(node);
    const later = [...list.children].find((li) => Number(li.dataset.id) > message.id);
    list.insertBefore(node, later || null);
  }

  // ---------------------------------------------------------------- keyboards and menus

  function renderReplyKeyboard(keyboard) {
    const box = $("reply-keyboard");
    box.replaceChildren();
    box.hidden = !keyboard;
    if (!keyboard) $("places").hidden = true;
    $("composer-input").placeholder = (keyboard && keyboard.placeholder) || "Write a message or a /command";
    for (const row of (keyboard && keyboard.rows) || []) {
      const line = el("div", { class: "row" });
      for (const button of row) {
        const node = el("button", { type: "button" }, button.text);
        if (button.request_location) {
          node.setAttribute("aria-expanded", "false");
          node.setAttribute("aria-controls", "places");
          node.addEventListener("click", () => togglePlaces(node));
        } else if (button.request_contact) node.disabled = true;
        else node.addEventListener("click", () => send(button.text));
        line.append(node);
      }
      box.append(line);
    }
  }

  function togglePlaces(button) {
    const panel = $("places");
    panel.hidden = !panel.hidden;
    button.setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) $("places-list").querySelector("button").focus();
  }

  function closePlaces() {
    $("places").hidden = true;
    const opener = document.querySelector("[aria-controls='places']");
    if (opener) {
      opener.setAttribute("aria-expanded", "false");
      opener.focus();
    }
  }

  function renderPlaces() {
    const list = $("places-list");
    for (const place of state.places) {
      list.append(el("button", { type: "button", onclick: () => share(place) }, `📍 ${place.name}`));
    }
    $("places-cancel").addEventListener("click", closePlaces);
  }

  function renderMenu(commands) {
    const list = $("menu-list");
    list.replaceChildren();
    for (const c of commands) {
      const button = el("button", { type: "button", onclick: () => { toggleMenu(false); send(`/${c.command}`); } },
        el("span", { class: "cmd" }, `/${c.command}`), el("span", { class: "desc" }, c.description));
      list.append(el("li", {}, button));
    }
    $("menu-button").hidden = commands.length === 0;
  }

  function toggleMenu(open) {
    const menu = $("menu");
    menu.hidden = !(open ?? menu.hidden);
    $("menu-button").setAttribute("aria-expanded", String(!menu.hidden));
    if (!menu.hidden) {
      const first = menu.querySelector("button");
      if (first) first.focus();
    }
  }

  // ---------------------------------------------------------------- personas

  function renderPersonas() {
    const list = $("personas");
    list.replaceChildren();
    for (const persona of state.personas) {
      const current = state.current && persona.key === state.current.key;
      const badge = el("span", { class: "badge", hidden: "" }, el("span", { class: "visually-hidden" }, "new messages"));
      const button = el("button", {
        type: "button", "aria-pressed": String(Boolean(current)), "data-persona": persona.key,
        onclick: () => select(persona.key, true),
      }, el("span", { class: "name" }, persona.first_name), el("span", { class: "role" }, persona.label), badge);
      list.append(el("li", {}, button));
    }
    updateBadges();
  }

  function updateBadges() {
    for (const button of document.querySelectorAll("[data-persona]")) {
      const key = button.dataset.persona;
      const unread = state.latest && state.latest[key] > (state.seen[key] || 0) && key !== state.current.key;
      button.querySelector(".badge").hidden = !unread;
    }
  }

  function select(key, focusInput) {
    const persona = state.personas.find((p) => p.key === key) || state.personas[0];
    if (state.abort) state.abort.abort();
    state.current = persona;
    state.generation += 1;
    state.revision = 0;
    state.keyboard = state.commands = undefined;
    state.messages.clear();
    $("messages").replaceChildren();
    $("places").hidden = true;
    toggleMenu(false);
    if (location.hash !== `#${persona.key}`) history.replaceState(null, "", `#${persona.key}`);
    $("chat-title").textContent = `${persona.first_name} · ${persona.role}`;
    $("chat-sub").textContent = `@${persona.username} · ${persona.hint}`;
    $("composer-label").textContent = `Message to the bot as ${persona.first_name}`;
    document.title = `${persona.first_name} (${persona.role}) · Playground`;
    for (const button of document.querySelectorAll("[data-persona]")) {
      button.setAttribute("aria-pressed", String(button.dataset.persona === persona.key));
    }
    poll(state.generation);
    if (focusInput) $("composer-input").focus();
  }

  // ---------------------------------------------------------------- talking to the server

  function nearBottom() {
    const log = $("log");
    return log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  }

  function apply(data) {
    const follow = state.revision === 0 || nearBottom();
    for (const message of data.messages) upsert(message);
    state.revision = Math.max(state.revision, data.revision);
    const keyboardJson = JSON.stringify(data.keyboard);
    if (keyboardJson !== state.keyboard) {
      state.keyboard = keyboardJson;
      renderReplyKeyboard(data.keyboard);
    }
    const commandsJson = JSON.stringify(data.commands);
    if (commandsJson !== state.commands) {
      state.commands = commandsJson;
      renderMenu(data.commands);
    }
    state.latest = data.activity;
    state.seen[state.current.key] = data.activity[state.current.key];
    for (const key of Object.keys(data.activity)) if (!(key in state.seen)) state.seen[key] = data.activity[key];
    updateBadges();
    const empty = $("empty");
    empty.hidden = state.messages.size > 0;
    empty.textContent = "No messages yet. Say hello: send /start.";
    if (follow || data.messages.some((m) => !m.from_bot)) scrollDown();
  }

  function scrollDown() {
    const log = $("log");
    log.scrollTop = log.scrollHeight;
  }

  async function poll(generation) {
    let wait = 0;
    while (generation === state.generation) {
      const controller = new AbortController();
      state.abort = controller;
      try {
        const data = await call(`${chatPath()}?since_revision=${state.revision}&wait=${wait}`, { signal: controller.signal });
        if (generation !== state.generation) return;
        apply(data);
        setStatus("");
        wait = LONG_POLL;
      } catch (error) {
        if (generation !== state.generation) return;
        setStatus("Reconnecting to the playground…");
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }

  function setStatus(text) {
    $("status").textContent = text;
  }

  async function send(text) {
    if (!text.trim()) return false;
    try {
      await post(chatPath("/messages"), { text });
      return true;
    } catch (error) {
      toast(`Not sent: ${error.message}`);
      return false;
    }
  }

  async function press(messageId, data, button) {
    button.disabled = true;
    button.classList.add("busy");
    try {
      const result = await post(chatPath("/callbacks"), { message_id: messageId, data });
      if (result.answer && result.answer.text) toast(result.answer.text, result.answer.show_alert);
    } catch (error) {
      toast(error.message);
    } finally {
      button.disabled = false;
      button.classList.remove("busy");
    }
  }

  async function share(place) {
    closePlaces();
    try {
      await post(chatPath("/locations"), { place: place.key });
    } catch (error) {
      toast(`Not sent: ${error.message}`);
    }
    $("composer-input").focus();
  }

  let toastTimer = 0;
  function toast(text, long) {
    const box = $("toast");
    box.textContent = text;
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { box.hidden = true; }, long ? 8000 : 4000);
  }

  // ---------------------------------------------------------------- start

  function wireComposer() {
    const input = $("composer-input");
    const grow = () => {
      input.style.height = "auto";
      input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
    };
    input.addEventListener("input", grow);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        $("composer").requestSubmit();
      }
      if (event.key === "Escape") toggleMenu(false);
    });
    $("composer").addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = input.value;
      if (await send(text)) {
        input.value = "";
        grow();
      }
      input.focus();
    });
    $("menu-button").addEventListener("click", () => toggleMenu());
    $("menu").addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        toggleMenu(false);
        $("menu-button").focus();
      }
    });
  }

  async function start() {
    wireComposer();
    try {
      const data = await call("/personas");
      Object.assign(state, { personas: data.personas, places: data.places, bot: data.bot });
    } catch (error) {
      setStatus(`The playground is not available: ${error.message}`);
      return;
    }
    renderPlaces();
    renderPersonas();
    select(location.hash.slice(1), false);
    window.addEventListener("hashchange", () => {
      if (location.hash.slice(1) !== state.current.key) select(location.hash.slice(1), false);
    });
  }

  start();
})();
