#!/usr/bin/env node
// A/B reading: two engines side by side, read blind, on the items where their posts differ (README.md beside this
// file, "A/B reading"). JUDGING.md's pack shows crier beside two baselines; this one shows crier's post from tree A,
// from tree B and the feed-bot template as an anchor, in a seeded random order, for the same reader's brief.
//
//   node test/eval/ab-reading.mjs pack OUT_DIR ROOT_A ROOT_B MANIFEST_DIR…   (each ROOT built: npm run build)
//   node test/eval/ab-reading.mjs score OUT_DIR SCORES.json…
//
// `pack` refuses test/eval/test unless --scoring-only is given: the held-out split is only ever scored, once a
// change is final, never read to choose between two versions of a rule.
// A reader who sees both versions notices small differences that a reader of JUDGING.md's pack does not (a third
// tag: +0.7 side by side, nothing measurable alone): trust the direction and the count of items won, not the size.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from './mulberry32.mjs';

const PLATFORMS = ['bluesky', 'mastodon'];

async function engine(root) {
  const at = (file) => import(path.join(path.resolve(root), 'dist', file));
  const { loadArticle } = await at('src/article/load.js');
  const { composeTeasers } = await at('src/teaser/compose.js');
  const { teaserOptions } = await at('src/teaser/options.js');
  const settings = (await at('src/config.js')).loadSettings();
  return async (file, entry) => {
    const article = await loadArticle(file, { url: entry.url, lang: entry.lang, fetch: settings.fetch });
    const teasers = composeTeasers(article, { platforms: PLATFORMS, teaser: teaserOptions(settings) });
    const text = (platform) => teasers[platform].map((part) => part.text).join('\n\n— next post in the thread —\n\n');
    return { article, text };
  };
}

async function pack(outDir, rootA, rootB, dirs, scoringOnly) {
  const [a, b] = [await engine(rootA), await engine(rootB)];
  const random = mulberry32(0x5eed4321);
  const shuffle = (xs) => {
    const out = xs.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  let md =
    '# Blind teaser reading\n\nFor each item: an article (its title and the start of its text, in its own language) and three\n' +
    "candidate posts for one platform, in random order. Judge them as the platform's social-media editor\n" +
    'of that publication would, for followers who read that language.\n\n';
  const key = {};
  const template = {};
  let n = 0;
  for (const dir of dirs) {
    if (path.basename(path.resolve(dir)) === 'test' && !scoringOnly)
      throw new Error(`${dir}: the held-out split is only scored (--scoring-only), never read to choose`);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    for (const entry of manifest) {
      const file = path.join(dir, entry.file);
      const [postA, postB] = [await a(file, entry), await b(file, entry)];
      const body = String(postA.article.body ?? '');
      const excerpt = body.length > 1500 ? `${body.slice(0, 1500)}…` : body;
      for (const platform of PLATFORMS) {
        const candidates = { A: postA.text(platform), B: postB.text(platform) };
        if (candidates.A === candidates.B) continue;
        candidates.template = `${postA.article.title}\n\n${postA.article.url}`;
        const item = `${String(++n).padStart(2, '0')}-${platform}`;
        const order = shuffle(['A', 'B', 'template']);
        key[item] = {
          file: `${path.basename(dir)}/${entry.file}`,
          platform,
          letters: Object.fromEntries(order.map((system, i) => ['ABC'[i], system])),
        };
        template[item] = { A: 0, B: 0, C: 0, best: 'A|B|C', defects: { A: [], B: [], C: [] } };
        md += `\n---\n\n## ${item} · ${platform} · language: ${entry.lang}\n\n**Article title:** ${postA.article.title}\n\n`;
        md += `**Start of the article:**\n\n> ${excerpt.replace(/\n/g, '\n> ')}\n\n`;
        order.forEach((system, i) => {
          md += `**Candidate ${'ABC'[i]}:**\n\n\`\`\`text\n${candidates[system]}\n\`\`\`\n\n`;
        });
      }
    }
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'pack.md'), md);
  fs.writeFileSync(path.join(outDir, 'key.json'), JSON.stringify(key, null, 1));
  fs.writeFileSync(path.join(outDir, 'scores.template.json'), JSON.stringify(template, null, 1));
  console.log(`ab-reading: ${n} items differ, in ${outDir}`);
}

function score(outDir, files) {
  const key = JSON.parse(fs.readFileSync(path.join(outDir, 'key.json'), 'utf8'));
  // Each file is one reader's: parts of a pack add up, and two readers of the same items count twice, each reading
  // on its own (merging the files by item would keep only the last reader's).
  const readings = files.flatMap((f) => Object.entries(JSON.parse(fs.readFileSync(f, 'utf8'))));
  const rows = {};
  for (const [item, s] of readings) {
    const k = key[item];
    if (k === undefined) continue;
    const by = Object.fromEntries(Object.entries(k.letters).map(([letter, system]) => [system, Number(s[letter])]));
    for (const group of ['all', k.platform]) {
      rows[group] ??= { n: 0, A: 0, B: 0, template: 0, bWins: 0, aWins: 0 };
      const row = rows[group];
      row.n++;
      row.A += by.A;
      row.B += by.B;
      row.template += by.template;
      if (by.B > by.A) row.bWins++;
      if (by.A > by.B) row.aWins++;
    }
  }
  for (const [group, r] of Object.entries(rows)) {
    const mean = (x) => (x / r.n).toFixed(2);
    console.log(
      `${group.padEnd(9)} ${r.n} item-readings: A ${mean(r.A)}, B ${mean(r.B)}, template ${mean(r.template)}; ` +
        `B better in ${r.bWins}, A better in ${r.aWins}, tied ${r.n - r.bWins - r.aWins}`,
    );
  }
}

const [command, outDir, ...rest] = process.argv.slice(2);
const flags = rest.filter((arg) => arg.startsWith('--'));
const args = rest.filter((arg) => !arg.startsWith('--'));
if (command === 'pack' && outDir && args.length >= 3) {
  try {
    await pack(outDir, args[0], args[1], args.slice(2), flags.includes('--scoring-only'));
  } catch (error) {
    console.error(`ab-reading: ${error.message}`);
    process.exit(1);
  }
} else if (command === 'score' && outDir && args.length >= 1) {
  score(outDir, args);
} else {
  console.error('usage: ab-reading.mjs pack OUT_DIR ROOT_A ROOT_B MANIFEST_DIR… | score OUT_DIR SCORES.json…');
  process.exit(2);
}
