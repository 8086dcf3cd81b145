// Warren's pages work without this file: every action is a form that posts and comes back.
// With it, votes, replies, edits and deletes happen in place: the form is posted with fetch, and
// the server answers with the changed piece of the page, which replaces the old one.
"use strict";

(function () {
  document.documentElement.classList.add("js");

  const FRAGMENT_HEADER = "X-Warren-Fragment";

  function formBody(form, submitter) {
    return new URLSearchParams(new FormData(form, submitter));
  }

  function showError(form, message) {
    let box = form.querySelector(".form-error");
    if (!box) {
      box = document.createElement("p");
      box.className = "form-error error";
      box.setAttribute("role", "alert");
      form.append(box);
    }
    box.textContent = message || "That did not work. Try again.";
  }

  function parse(html) {
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  // After a swap, keep the keyboard where it was: on the same control of the new element.
  function refocus(element, label) {
    if (!label) return;
    for (const control of element.querySelectorAll("button, a")) {
      if (control.getAttribute("aria-label") === label || control.textContent === label) {
        control.focus();
        return;
      }
    }
  }

  async function swap(form, submitter, body) {
    const target = document.getElementById(form.dataset.target);
    if (!target) return false;
    const response = await fetch(form.action, {
      method: "POST",
      body,
      headers: { [FRAGMENT_HEADER]: "1" },
      credentials: "same-origin",
    });
    const text = await response.text();
    if (!response.ok) {
      showError(form, text);
      return true;
    }
    const element = parse(text);
    if (!element) return true;
    const mode = form.dataset.swap;
    if (mode === "replace") {
      const label = submitter && (submitter.getAttribute("aria-label") || submitter.textContent);
      target.replaceWith(element);
      refocus(element, label);
    } else {
      if (mode === "prepend") target.prepend(element);
      else target.append(element);
      form.reset();
      const details = form.closest("details.inline-form");
      if (details) details.open = false;
      element.scrollIntoView({ block: "nearest" });
    }
    return true;
  }

  async function preview(form, submitter) {
    const box = document.getElementById("preview");
    const source = document.getElementById(submitter.dataset.preview);
    if (!box || !source) return false;
    const body = new URLSearchParams({ csrf: form.elements.csrf.value, body: source.value });
    const response = await fetch("/preview", {
      method: "POST",
      body,
      headers: { [FRAGMENT_HEADER]: "1" },
      credentials: "same-origin",
    });
    if (!response.ok) return false;
    const element = parse(await response.text());
    if (element) box.replaceWith(element);
    return true;
  }

  async function fetchTitle(form) {
    const url = form.elements.url.value.trim();
    const title = form.elements.name;
    if (!url) {
      showError(form, "Enter a URL first.");
      return true;
    }
    const response = await fetch("/api/v3/post/site_metadata?url=" + encodeURIComponent(url), {
      credentials: "same-origin",
    });
    const data = response.ok ? await response.json() : null;
    const found = data && data.metadata && data.metadata.title;
    if (found) title.value = found;
    else showError(form, "No title found at that link.");
    return true;
  }

  // form.submit() leaves out the button that was pressed (a vote's score), so carry it along.
  function plainSubmit(form, submitter) {
    if (submitter && submitter.name) {
      const carried = document.createElement("input");
      carried.type = "hidden";
      carried.name = submitter.name;
      carried.value = submitter.value;
      form.append(carried);
    }
    form.submit();
  }

  document.addEventListener("submit", async (event) => {
    const form = event.target;
    const submitter = event.submitter;
    let handler = null;
    if (submitter && submitter.hasAttribute("data-preview")) handler = () => preview(form, submitter);
    else if (submitter && submitter.hasAttribute("data-fetch-title")) handler = () => fetchTitle(form);
    else if (form.dataset.swap) {
      // Read the fields before the buttons are disabled: a disabled button's value is not sent.
      const body = formBody(form, submitter);
      handler = () => swap(form, submitter, body);
    }
    if (!handler) return;
    event.preventDefault();
    const buttons = form.querySelectorAll("button");
    buttons.forEach((b) => (b.disabled = true));
    try {
      // When the enhanced path cannot run, post the form the ordinary way.
      if (!(await handler())) plainSubmit(form, submitter);
    } catch (err) {
      showError(form, "Network error: " + err.message);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  });

  // Sort menus apply as soon as a choice is made.
  document.addEventListener("change", (event) => {
    const select = event.target;
    if (select.matches("select[data-autosubmit]")) select.form.requestSubmit();
  });
})();
