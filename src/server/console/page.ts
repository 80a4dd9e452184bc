/**
 * The operator console: one small page, no framework, no build step. It talks to the same HTTP API
 * as any other client (the browser sends the token it prompted for with every request).
 */
export const CONSOLE_PAGE = /* html */ `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>crier console</title>
<style>
  :root { --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; --accent:#0969da; }
  * { box-sizing: border-box; }
  body { margin:0; font:15px/1.45 system-ui, sans-serif; color:var(--fg); background:#fff; }
  header { padding:.8rem 1.2rem; border-bottom:1px solid var(--line); display:flex; gap:1rem; align-items:baseline; }
  header h1 { font-size:1.2rem; margin:0; }
  header a { color:var(--accent); }
  main { display:grid; grid-template-columns: minmax(320px, 1fr) minmax(320px, 1fr); gap:1.2rem; padding:1.2rem; }
  @media (max-width: 900px) { main { grid-template-columns: 1fr; } }
  fieldset { border:1px solid var(--line); border-radius:6px; margin:0 0 .8rem; padding:.6rem .8rem; }
  label { display:block; font-weight:600; margin:.4rem 0 .2rem; }
  textarea, input[type=url], input[type=text], input[type=datetime-local] {
    width:100%; font:inherit; padding:.4rem; border:1px solid var(--line); border-radius:6px; }
  textarea { min-height:16rem; font-family: ui-monospace, monospace; font-size:13px; }
  .row { display:flex; gap:1rem; flex-wrap:wrap; align-items:center; }
  .row label { display:inline; font-weight:normal; }
  select { font:inherit; padding:.35rem; border:1px solid var(--line); border-radius:6px; }
  button { font:inherit; padding:.45rem 1rem; border-radius:6px; border:1px solid var(--accent); background:var(--accent); color:#fff; cursor:pointer; }
  button.secondary { background:#fff; color:var(--accent); }
  .post { border:1px solid var(--line); border-radius:8px; margin-bottom:.8rem; background:var(--bg); }
  .post h3 { margin:0; padding:.4rem .8rem; font-size:.95rem; display:flex; justify-content:space-between; border-bottom:1px solid var(--line); }
  .pair { display:grid; grid-template-columns:1fr 1fr; gap:.6rem; }
  .writer { padding:0 .8rem .5rem; margin:0; font-size:.85rem; }
  .post pre { margin:0; padding:.6rem .8rem; white-space:pre-wrap; word-break:break-word; font:inherit; }
  .count.ok { color:var(--ok); } .count.over { color:var(--bad); font-weight:700; }
  .error { color:var(--bad); white-space:pre-wrap; } .note { color:var(--muted); }
  table { width:100%; border-collapse:collapse; font-size:.9rem; }
  th, td { text-align:left; padding:.3rem .4rem; border-bottom:1px solid var(--line); vertical-align:top; }
  .state-published { color:var(--ok); } .state-failed { color:var(--bad); } .state-cancelled { color:var(--muted); }
  section.list { grid-column: 1 / -1; }
</style>
</head>
<body>
<header><h1>crier</h1><span>Articles in, teasers out.</span><a href="/admin/queues">Queues</a><a href="/openapi.json">API</a></header>
<main>
  <section aria-labelledby="compose-title">
    <h2 id="compose-title">Article</h2>
    <form id="compose">
      <fieldset>
        <label for="source">Markdown with front matter, a JSON article, or a page URL</label>
        <textarea id="source" name="source" spellcheck="false" placeholder="---&#10;title: …&#10;url: https://…&#10;---&#10;&#10;Text…"></textarea>
        <label for="canonical">Canonical URL (when the article has none)</label>
        <input id="canonical" name="canonical" type="url" placeholder="https://example.org/my-article">
      </fieldset>
      <fieldset>
        <legend>Platforms</legend>
        <div class="row">
          <label><input type="checkbox" name="platform" value="x" checked> X</label>
          <label><input type="checkbox" name="platform" value="bluesky" checked> Bluesky</label>
          <label><input type="checkbox" name="platform" value="mastodon" checked> Mastodon</label>
          <label><input type="checkbox" id="thread" name="thread"> As a thread</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>When</legend>
        <div class="row">
          <label><input type="radio" name="when" value="now" checked> Now</label>
          <label><input type="radio" name="when" value="slot"> Next posting slot</label>
          <label><input type="radio" name="when" value="at"> At</label>
          <input id="at" name="at" type="datetime-local" aria-label="Date and time">
        </div>
      </fieldset>
      <div class="row"><button type="submit" id="enqueue">Enqueue</button><span id="result" role="status"></span></div>
    </form>
  </section>
  <section aria-labelledby="preview-title">
    <h2 id="preview-title">Preview</h2>
    <div id="preview" aria-live="polite"><p>Paste an article to see its posts.</p></div>
  </section>
  <section class="list" aria-labelledby="list-title">
    <div class="row"><h2 id="list-title">Posts</h2>
      <select id="state" aria-label="Filter by state">
        <option value="">all</option><option>scheduled</option><option>publishing</option>
        <option>published</option><option>failed</option><option>cancelled</option>
      </select>
      <button type="button" class="secondary" id="refresh">Refresh</button>
    </div>
    <table><thead><tr><th>Article</th><th>Platform</th><th>State</th><th>Due</th><th>Attempts</th><th>Post / error</th><th></th></tr></thead>
    <tbody id="posts"></tbody></table>
  </section>
</main>
<script type="module">
const $ = (id) => document.getElementById(id);
const NAMES = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};
// A link only to an http(s) address: a platform's answer is not trusted to be one (javascript:, data:).
const web = (url) => (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? url : undefined);

function request() {
  const source = $('source').value.trim();
  const params = new URLSearchParams();
  const platforms = [...document.querySelectorAll('input[name=platform]:checked')].map((i) => i.value);
  params.set('platforms', platforms.join(','));
  if ($('canonical').value) params.set('url', $('canonical').value);
  if ($('thread').checked) params.set('thread', '1');
  let body, type;
  if (/^https?:\\/\\/\\S+$/.test(source)) { body = JSON.stringify({ url: source }); type = 'application/json'; }
  else if (source.startsWith('{')) { body = source; type = 'application/json'; }
  else { body = source; type = 'text/markdown'; }
  return { params, body, type, platforms };
}

async function call(method, path, body, type) {
  const res = await fetch(path, { method, body, headers: type ? { 'content-type': type } : {} });
  const data = res.status === 204 ? null : await res.json();
  if (!res.ok) throw new Error(data?.message ?? res.statusText);
  return data;
}

let timer;
function schedulePreview() { clearTimeout(timer); timer = setTimeout(preview, 350); }

async function preview() {
  const { params, body, type, platforms } = request();
  const box = $('preview');
  if (!$('source').value.trim() || platforms.length === 0) { box.replaceChildren(el('p', { textContent: 'Paste an article to see its posts.' })); return; }
  try {
    const { article, posts, writers, extractive, warnings = [] } = await call('POST', '/v1/preview?' + params, body, type);
    const cards = [el('p', { textContent: article.title + ' — ' + article.lang })];
    for (const warning of warnings) cards.push(el('p', { className: 'note', textContent: warning }));
    // With the AI writer configured: its post and the extractive engine's side by side, and who wrote what.
    const postCards = (platform, parts, label, note) => parts.map((part, i) => {
      const over = part.length > part.limit;
      const count = el('span', { className: 'count ' + (over ? 'over' : 'ok'), textContent: part.length + ' / ' + part.limit });
      const title = label + ((parts.length > 1) ? ' ' + (i + 1) + '/' + parts.length : '');
      const children = [el('h3', {}, el('span', { textContent: title }), count), el('pre', { textContent: part.text })];
      if (note && i === 0) children.push(el('p', { className: 'note writer', textContent: note }));
      return el('article', { className: 'post', ariaLabel: title + ' post' }, ...children);
    });
    for (const platform of ['x', 'bluesky', 'mastodon']) {
      const parts = posts[platform] ?? [];
      if (parts.length === 0) continue;
      const by = writers?.[platform];
      const note = !by ? '' : by.writer === 'ai'
        ? 'Written by AI' + (by.notes?.length ? ' (' + by.notes.join('; ') + ')' : '')
        : 'Extractive' + (by.refused ? ' — AI refused: ' + by.refused : '');
      const written = postCards(platform, parts, NAMES[platform] + (by ? (by.writer === 'ai' ? ' · AI' : ' · extractive') : ''), note);
      if (extractive?.[platform]) {
        const side = postCards(platform, extractive[platform], NAMES[platform] + ' · extractive engine', '');
        cards.push(el('div', { className: 'pair' }, el('div', {}, ...written), el('div', {}, ...side)));
      } else cards.push(...written);
    }
    box.replaceChildren(...cards);
  } catch (error) {
    box.replaceChildren(el('p', { className: 'error', textContent: error.message }));
  }
}

async function enqueue(event) {
  event.preventDefault();
  const { params, body, type } = request();
  const when = document.querySelector('input[name=when]:checked').value;
  if (when === 'slot') params.set('slot', '1');
  if (when === 'at' && $('at').value) params.set('at', new Date($('at').value).toISOString());
  try {
    const result = await call('POST', '/v1/articles?' + params, body, type);
    $('result').textContent = 'Enqueued ' + result.id;
    await refresh();
  } catch (error) {
    $('result').textContent = error.message;
  }
}

async function refresh() {
  const state = $('state').value;
  const { items } = await call('GET', '/v1/articles?limit=100' + (state ? '&state=' + state : ''));
  const rows = [];
  for (const article of items) {
    for (const post of article.posts) {
      const live = web(post.remote[0]?.url);
      const link = live ? el('a', { href: live, textContent: 'open post', target: '_blank', rel: 'noopener' }) : el('span', { className: 'error', textContent: post.lastError ?? '' });
      const retry = post.state === 'failed' ? el('button', { className: 'secondary', textContent: 'Retry', onclick: async () => {
        await call('POST', '/v1/articles/' + article.id + '/retry?platform=' + post.platform); await refresh(); } }) : '';
      rows.push(el('tr', {},
        el('td', {}, web(article.url) ? el('a', { href: article.url, textContent: article.title ?? article.id, target: '_blank', rel: 'noopener' }) : article.id),
        el('td', { textContent: NAMES[post.platform] + (post.account !== 'default' ? ' (' + post.account + ')' : '') }),
        el('td', { className: 'state-' + post.state, textContent: post.state }),
        el('td', { textContent: post.dueAt ? new Date(post.dueAt).toLocaleString() : '' }),
        el('td', { textContent: String(post.attempts) }),
        el('td', {}, link), el('td', {}, retry)));
    }
  }
  $('posts').replaceChildren(...rows);
}

$('compose').addEventListener('input', schedulePreview);
$('compose').addEventListener('submit', enqueue);
$('state').addEventListener('change', refresh);
$('refresh').addEventListener('click', refresh);
refresh().catch((error) => { $('posts').replaceChildren(el('tr', {}, el('td', { className: 'error', colSpan: 7, textContent: error.message }))); });
</script>
</body>
</html>
`;
