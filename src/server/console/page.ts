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
  :root { --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; --accent:#0969da; --warn:#9a6700; }
  * { box-sizing: border-box; }
  body { margin:0; font:15px/1.45 system-ui, sans-serif; color:var(--fg); background:#fff; }
  header { padding:.8rem 1rem; border-bottom:1px solid var(--line); display:flex; flex-wrap:wrap; gap:.4rem 1rem; align-items:baseline; }
  header h1 { font-size:1.2rem; margin:0; }
  header a { color:var(--accent); }
  main { display:grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap:1.2rem; padding:1rem; }
  main > section { min-width:0; }
  @media (max-width: 900px) { main { grid-template-columns: minmax(0, 1fr); } }
  fieldset { border:1px solid var(--line); border-radius:6px; margin:0 0 .8rem; padding:.6rem .8rem; min-width:0; }
  label { display:block; font-weight:600; margin:.4rem 0 .2rem; }
  textarea, input[type=url], input[type=text], input[type=datetime-local] {
    width:100%; max-width:100%; font:inherit; padding:.4rem; border:1px solid var(--line); border-radius:6px; }
  textarea { min-height:12rem; font-family: ui-monospace, monospace; font-size:13px; }
  .post textarea { min-height:7rem; border:0; border-radius:0 0 8px 8px; font:inherit; background:#fff; }
  .row { display:flex; gap:.5rem 1rem; flex-wrap:wrap; align-items:center; }
  .row label { display:inline; font-weight:normal; }
  select { font:inherit; padding:.35rem; border:1px solid var(--line); border-radius:6px; }
  button { font:inherit; padding:.4rem .9rem; border-radius:6px; border:1px solid var(--accent); background:var(--accent); color:#fff; cursor:pointer; }
  button.secondary { background:#fff; color:var(--accent); }
  button.danger { background:#fff; color:var(--bad); border-color:var(--bad); }
  .post { border:1px solid var(--line); border-radius:8px; margin-bottom:.8rem; background:var(--bg); }
  .post h3 { margin:0; padding:.4rem .8rem; font-size:.95rem; display:flex; flex-wrap:wrap; gap:.5rem; justify-content:space-between; border-bottom:1px solid var(--line); }
  .post pre, .sent { margin:0; white-space:pre-wrap; overflow-wrap:anywhere; font:inherit; }
  .post pre { padding:.6rem .8rem; }
  .pair { display:grid; grid-template-columns:minmax(0, 1fr) minmax(0, 1fr); gap:.6rem; }
  @media (max-width: 600px) { .pair { grid-template-columns:minmax(0, 1fr); } }
  .writer { padding:0 .8rem .5rem; margin:0; font-size:.85rem; }
  .count.ok { color:var(--ok); } .count.over { color:var(--bad); font-weight:700; }
  .error { color:var(--bad); white-space:pre-wrap; overflow-wrap:anywhere; } .note { color:var(--muted); }
  .badge { display:inline-block; font-size:.75rem; padding:0 .4rem; border-radius:1rem; border:1px solid var(--warn); color:var(--warn); margin-left:.3rem; }
  .posts { list-style:none; margin:0; padding:0; }
  .posts li { border:1px solid var(--line); border-radius:8px; padding:.5rem .7rem; margin-bottom:.6rem; overflow-wrap:anywhere; }
  .posts .head { display:flex; flex-wrap:wrap; gap:.3rem .8rem; align-items:baseline; }
  .posts .actions { display:flex; flex-wrap:wrap; gap:.4rem; margin-top:.4rem; }
  .state-published { color:var(--ok); } .state-failed, .state-held { color:var(--bad); } .state-cancelled, .state-retracted { color:var(--muted); }
  .state-draft { color:var(--warn); }
  section.list { grid-column: 1 / -1; }
  .day h3 { margin:.6rem 0 .2rem; font-size:1rem; } .day ul { margin:0; padding-left:1.2rem; }
</style>
</head>
<body>
<header><h1>crier</h1><span>Articles in, teasers out.</span><a href="/admin/queues">Queues</a><a href="/openapi.json">API</a></header>
<main>
  <section aria-labelledby="compose-title">
    <h2 id="compose-title">Article</h2>
    <form id="compose" novalidate>
      <fieldset>
        <label for="source">Markdown with front matter, plain text, a JSON article, or a page URL</label>
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
          <label><input type="checkbox" id="review" name="review"> Hold for review (draft)</label>
        </div>
      </fieldset>
      <div class="row"><button type="submit" id="enqueue">Enqueue</button><span id="result" role="status"></span></div>
    </form>
  </section>
  <section aria-labelledby="preview-title">
    <h2 id="preview-title">Preview</h2>
    <p class="note">Each post can be edited; its counter is the platform's own.</p>
    <div id="preview" aria-live="polite"><p>Paste an article to see its posts.</p></div>
  </section>
  <section class="list" aria-labelledby="scheduled-title">
    <h2 id="scheduled-title">Scheduled</h2>
    <div id="scheduled"><p class="note">Nothing scheduled.</p></div>
  </section>
  <section class="list" aria-labelledby="list-title">
    <div class="row"><h2 id="list-title">Posts</h2>
      <select id="state" aria-label="Filter by state">
        <option value="">all</option><option>draft</option><option>scheduled</option><option>held</option><option>publishing</option>
        <option>published</option><option>failed</option><option>cancelled</option><option>retracting</option><option>retracted</option>
      </select>
      <button type="button" class="secondary" id="refresh">Refresh</button>
      <span class="note" id="live">updates every 3 s</span>
    </div>
    <ul class="posts" id="posts"></ul>
  </section>
</main>
<script type="module">
const $ = (id) => document.getElementById(id);
const NAMES = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c !== undefined && c !== null && c !== ''));
  return node;
};
// A link only to an http(s) address: a platform's answer is not trusted to be one (javascript:, data:).
const web = (url) => (URL.canParse(url) && /^https?:$/.test(new URL(url).protocol) ? url : undefined);

/** The operator's texts, per platform, from the editable preview cards (only those changed). */
const edits = {};
let lastPreview;

function request() {
  const source = $('source').value.trim();
  const params = new URLSearchParams();
  const platforms = [...document.querySelectorAll('input[name=platform]:checked')].map((i) => i.value);
  params.set('platforms', platforms.join(','));
  if ($('canonical').value) params.set('url', $('canonical').value);
  if ($('thread').checked) params.set('thread', '1');
  let body, type;
  // As the CLI reads a file: a URL is fetched, JSON is an article, front matter is Markdown, the rest plain text.
  if (/^https?:\\/\\/\\S+$/.test(source)) { body = JSON.stringify({ url: source }); type = 'application/json'; }
  else if (source.startsWith('{')) { body = source; type = 'application/json'; }
  else if (source.startsWith('---')) { body = source; type = 'text/markdown'; }
  else { body = source; type = 'text/vnd.crier.plain'; }
  return { params, body, type, platforms };
}

async function call(method, path, body, type) {
  const res = await fetch(path, { method, body, headers: type ? { 'content-type': type } : {} });
  const data = res.status === 204 ? null : await res.json();
  if (!res.ok) throw new Error(data?.message ?? res.statusText);
  return data;
}

let timer;
function schedulePreview(event) {
  // Only a change of the article (or of what is asked) writes the posts again; the "when" choices do not.
  const target = event?.target;
  if (!(target && (['source', 'canonical', 'thread'].includes(target.id) || target.name === 'platform'))) return;
  for (const key of Object.keys(edits)) delete edits[key];
  clearTimeout(timer); timer = setTimeout(preview, 350);
}
function scheduleCount() { clearTimeout(timer); timer = setTimeout(preview, 300); }

/** The preview; with edited texts, the server checks them by the platform's rules and counts them. */
async function preview() {
  const { params, body, type, platforms } = request();
  const box = $('preview');
  if (!$('source').value.trim() || platforms.length === 0) { box.replaceChildren(el('p', { textContent: 'Paste an article to see its posts.' })); return; }
  try {
    let data = await call('POST', '/v1/preview?' + params, body, type);
    if (Object.keys(edits).length > 0) {
      data = await call('POST', '/v1/preview?' + params, JSON.stringify({ ...articleFields(data.article), posts: edits }), 'application/json');
    }
    lastPreview = data;
    const { article, posts, problems = {}, cost, writers, extractive, warnings = [] } = data;
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
      const label = NAMES[platform] + (by ? (by.writer === 'ai' ? ' · AI' : ' · extractive') : '');
      // The post to send is editable (one part), counted by the platform's own rules on the server.
      const written = parts.map((part, i) => {
        const problem = problems[platform];
        const length = problem?.length ?? part.length;
        const limit = problem?.limit ?? part.limit;
        const over = problem !== undefined || length > limit;
        const count = el('span', { className: 'count ' + (over ? 'over' : 'ok'), textContent: length + ' / ' + limit });
        const title = label + (parts.length > 1 ? ' ' + (i + 1) + '/' + parts.length : '');
        const editable = parts.length === 1;
        const text = el('textarea', { value: edits[platform] ?? part.text, ariaLabel: title + ' text', readOnly: !editable, spellcheck: true });
        text.dataset.platform = platform;
        text.addEventListener('input', () => { edits[platform] = text.value; scheduleCount(); });
        const bill = platform === 'x' && cost?.x && i === 0 ? el('span', { className: 'note', textContent: 'X bill ≈ $' + cost.x.usd.toFixed(3) }) : '';
        return el('article', { className: 'post', ariaLabel: title + ' post' },
          el('h3', {}, el('span', { textContent: title }), bill, count), text,
          problem ? el('p', { className: 'error', role: 'alert', textContent: problem.message }) : '',
          note && i === 0 ? el('p', { className: 'note writer', textContent: note }) : '');
      });
      if (extractive?.[platform]) {
        const side = postCards(platform, extractive[platform], NAMES[platform] + ' · extractive engine', '');
        cards.push(el('div', { className: 'pair' }, el('div', {}, ...written), el('div', {}, ...side)));
      } else cards.push(...written);
    }
    // Keep the caret where the operator is typing.
    const focused = document.activeElement?.dataset?.platform;
    box.replaceChildren(...cards);
    if (focused) { const t = box.querySelector('textarea[data-platform=' + focused + ']'); t?.focus(); t?.setSelectionRange(t.value.length, t.value.length); }
  } catch (error) {
    box.replaceChildren(el('p', { className: 'error', textContent: error.message }));
  }
}

/** The article as the preview read it, to send back as JSON with the operator's texts. */
function articleFields(article) {
  const { id, url, title, lang, body, summary, tags, image, publishAt } = article;
  return Object.fromEntries(Object.entries({ id, url, title, lang, body, summary, tags, image, publishAt }).filter(([, v]) => v !== undefined));
}

async function enqueue(event) {
  event.preventDefault();
  let { params, body, type } = request();
  const when = document.querySelector('input[name=when]:checked').value;
  if (when === 'at' && !$('at').value) {
    // Never "now" by accident: "At" needs its date and time.
    $('result').textContent = 'Choose the date and time for "At" (or pick "Now").';
    $('at').focus();
    return;
  }
  if (when === 'slot') params.set('slot', '1');
  if (when === 'at') params.set('at', new Date($('at').value).toISOString());
  if ($('review').checked) params.set('review', '1');
  if (Object.keys(edits).length > 0 && lastPreview) {
    body = JSON.stringify({ ...articleFields(lastPreview.article), posts: edits });
    type = 'application/json';
  }
  try {
    const result = await call('POST', '/v1/articles?' + params, body, type);
    $('result').textContent = 'Enqueued ' + result.id + (result.review ? ' (draft: approve it below)' : '');
    await refresh();
  } catch (error) {
    $('result').textContent = error.message;
  }
}

const at = (iso) => (iso ? new Date(iso).toLocaleString() : '');

function action(label, className, run, confirmText) {
  return el('button', { type: 'button', className, textContent: label, onclick: async () => {
    if (confirmText && !window.confirm(confirmText)) return;
    try { await run(); } catch (error) { $('result').textContent = error.message; }
    await refresh();
  } });
}

function describe(post) {
  if (post.state === 'scheduled' && post.nextAttemptAt) return 'retrying, next attempt at ' + at(post.nextAttemptAt);
  if (post.state === 'scheduled' && post.attempts > 0 && post.lastError) return 'retrying, next attempt at ' + at(post.dueAt);
  if (post.state === 'scheduled' || post.state === 'draft') return 'due ' + at(post.dueAt);
  if (post.state === 'published') return 'published ' + at(post.publishedAt);
  if (post.state === 'retracted') return 'retracted ' + at(post.retraction?.retractedAt);
  return '';
}

async function refresh() {
  const state = $('state').value;
  const { items } = await call('GET', '/v1/articles?limit=100' + (state ? '&state=' + state : ''));
  const rows = [];
  const days = new Map();
  for (const article of items) {
    const base = '/v1/articles/' + encodeURIComponent(article.id);
    for (const post of article.posts) {
      const name = NAMES[post.platform] + (post.account !== 'default' ? ' (' + post.account + ')' : '');
      const live = post.dryRun ? undefined : web(post.remote[0]?.url);
      const actions = [];
      if (post.state === 'draft' || post.state === 'held') actions.push(action('Approve', '', () => call('POST', base + '/approve?platform=' + post.platform)));
      if (['draft', 'scheduled', 'held', 'failed'].includes(post.state)) actions.push(action('Cancel', 'danger', () => call('DELETE', base)));
      if (post.state === 'failed') actions.push(action('Retry', 'secondary', () => call('POST', base + '/retry?platform=' + post.platform)));
      if (post.state === 'published') actions.push(action('Retract', 'danger', () => call('POST', base + '/retract?platform=' + post.platform),
        'Delete this post from ' + name + '? It cannot be undone.'));
      const error = post.lastError && post.state !== 'published' ? el('div', { className: 'error', textContent: (post.state === 'held' ? 'held: ' : 'last error: ') + post.lastError }) : '';
      rows.push(el('li', { ariaLabel: name + ' post of ' + (article.title ?? article.id) },
        el('div', { className: 'head' },
          web(article.url) ? el('a', { href: article.url, textContent: article.title ?? article.id, target: '_blank', rel: 'noopener' }) : el('span', { textContent: article.id }),
          el('strong', { textContent: name }),
          el('span', { className: 'state state-' + post.state, textContent: post.state + (post.edited ? ', edited' : '') }),
          post.dryRun ? el('span', { className: 'badge', textContent: 'dry run' }) : '',
          el('span', { className: 'note', textContent: describe(post) }),
          post.attempts > 1 ? el('span', { className: 'note', textContent: post.attempts + ' attempts' }) : '',
          live ? el('a', { href: live, textContent: 'open post', target: '_blank', rel: 'noopener' }) : ''),
        post.text ? el('p', { className: 'sent', textContent: post.text.join('\\n\\n') }) : '',
        error,
        actions.length > 0 ? el('div', { className: 'actions' }, ...actions) : ''));
      if (post.state === 'scheduled' || post.state === 'draft') {
        const due = new Date(post.dueAt);
        const day = due.toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
        const slot = due.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
        const list = days.get(day) ?? new Map();
        days.set(day, list);
        list.set(slot, [...(list.get(slot) ?? []), name + ': ' + (article.title ?? article.id) + (post.state === 'draft' ? ' (draft)' : '')]);
      }
    }
  }
  $('posts').replaceChildren(...rows);
  const byDay = [...days.entries()].map(([day, slots]) => el('div', { className: 'day' }, el('h3', { textContent: day }),
    el('ul', {}, ...[...slots.entries()].sort().map(([slot, names]) => el('li', { textContent: slot + ' — ' + names.join('; ') })))));
  $('scheduled').replaceChildren(...(byDay.length > 0 ? byDay : [el('p', { className: 'note', textContent: 'Nothing scheduled.' })]));
}

$('compose').addEventListener('input', schedulePreview);
$('compose').addEventListener('submit', enqueue);
$('preview').addEventListener('input', (event) => event.stopPropagation());
$('state').addEventListener('change', refresh);
$('refresh').addEventListener('click', refresh);
const show = (error) => { $('posts').replaceChildren(el('li', { className: 'error', textContent: error.message })); };
refresh().catch(show);
// Live state: the list follows the workers (polling: one small GET every 3 s while the page is visible).
setInterval(() => { if (document.visibilityState === 'visible') refresh().catch(show); }, 3000);
</script>
</body>
</html>
`;
