// Warren through the official Lemmy client, as every Lemmy app talks to it.
// Run by warren.api.v3.LemmyJsClientTest with WARREN_URL set and lemmy-js-client on NODE_PATH.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { LemmyHttp } = require("lemmy-js-client");
const baseUrl = process.env.WARREN_URL;
const password = "lemmylemmy-node";

test("register, log in, read the site, save settings, log out", async () => {
  const anonymous = new LemmyHttp(baseUrl);
  const username = "node_" + Math.random().toString(36).slice(2, 10);

  const registered = await anonymous.register({ username, password, password_verify: password, show_nsfw: true });
  assert.ok(registered.jwt, "an open site signs new accounts in at once");

  const login = await anonymous.login({ username_or_email: username, password });
  assert.ok(login.jwt);
  assert.equal(login.registration_created, false);
  assert.equal(login.verify_email_sent, false);

  const client = new LemmyHttp(baseUrl, { headers: { Authorization: `Bearer ${login.jwt}` } });
  const site = await client.getSite();
  assert.equal(site.my_user.local_user_view.person.name, username);
  assert.equal(site.site_view.local_site.registration_mode, "Open");
  assert.ok(site.all_languages.some(l => l.code === "en"));

  const saved = await client.saveUserSettings({ theme: "darkly", bio: "Hello from node", show_nsfw: false });
  assert.equal(saved.success, true);
  const after = await client.getSite();
  assert.equal(after.my_user.local_user_view.local_user.theme, "darkly");
  assert.equal(after.my_user.local_user_view.local_user.show_nsfw, false);
  assert.equal(after.my_user.local_user_view.person.bio, "Hello from node");

  const validated = await client.validateAuth();
  assert.equal(validated.success, true);

  const out = await client.logout();
  assert.equal(out.success, true);

  const anonymousAgain = await client.getSite();
  assert.equal(anonymousAgain.my_user, undefined, "a revoked token reads as anonymous");
  await assert.rejects(client.validateAuth(), /not_logged_in/);
  await assert.rejects(client.saveUserSettings({ theme: "x" }), /incorrect_login/);
});

test("errors arrive as Lemmy's names", async () => {
  const anonymous = new LemmyHttp(baseUrl);
  await assert.rejects(anonymous.login({ username_or_email: "nobody_here", password }), /incorrect_login/);
  await assert.rejects(
    anonymous.register({ username: "x", password, password_verify: password }),
    /invalid_name/,
  );
});
