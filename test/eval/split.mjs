#!/usr/bin/env node
// Splits the evaluation set ONCE into dev (~60 %) and test (~40 %) at random, with a fixed seed, so that
// anyone can check that the split was not chosen by hand (see README.md beside this file).
//
//   node test/eval/split.mjs SOURCE_DIR   moves SOURCE_DIR/* (articles + manifest.json) into dev/ and test/
//                                         and writes a manifest.json in each (run once, on 2026-12-06)
//   node test/eval/split.mjs --check      recomputes the split from dev/ + test/ and fails if a file is on
//                                         the wrong side (so nobody moves an article later)
//
// The order is the manifest sorted by file name, shuffled by Fisher–Yates with mulberry32(SEED); the first
// round(60 %) go to dev. Never re-run it to get a "better" split: test is only ever scored.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const SEED = 0x12e7a1; // issue 12, eval
const DEV_SHARE = 0.6;
const here = path.dirname(fileURLToPath(import.meta.url));

/** file name → 'dev' | 'test' for the given entries. */
function assign(entries) {
  const files = entries.map((e) => e.file).sort();
  const rand = mulberry32(SEED);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [files[i], files[j]] = [files[j], files[i]];
  }
  const nDev = Math.round(files.length * DEV_SHARE);
  return new Map(files.map((f, i) => [f, i < nDev ? 'dev' : 'test']));
}

const readManifest = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const writeManifest = (dir, entries) =>
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    `${JSON.stringify(
      entries.sort((a, b) => a.file.localeCompare(b.file)),
      null,
      1,
    )}\n`,
  );

const arg = process.argv[2];
if (arg === '--check') {
  const sides = { dev: readManifest(path.join(here, 'dev')), test: readManifest(path.join(here, 'test')) };
  const expected = assign([...sides.dev, ...sides.test]);
  const wrong = Object.entries(sides).flatMap(([side, entries]) =>
    entries.filter((e) => expected.get(e.file) !== side).map((e) => `${e.file} is in ${side}`),
  );
  if (wrong.length) {
    console.error(`split changed since it was made:\n${wrong.join('\n')}`);
    process.exit(1);
  }
  console.log(`split ok: ${sides.dev.length} dev, ${sides.test.length} test`);
} else if (arg) {
  const entries = readManifest(arg);
  const side = assign(entries);
  for (const name of ['dev', 'test']) {
    const dir = path.join(here, name);
    if (fs.existsSync(path.join(dir, 'manifest.json'))) {
      console.error(`${dir} already has a manifest: the split is made once (use --check)`);
      process.exit(1);
    }
    fs.mkdirSync(dir, { recursive: true });
    const mine = entries.filter((e) => side.get(e.file) === name);
    for (const e of mine) fs.renameSync(path.join(arg, e.file), path.join(dir, e.file));
    writeManifest(dir, mine);
    console.log(`${name}: ${mine.length} articles`);
  }
} else {
  console.error('usage: node test/eval/split.mjs SOURCE_DIR | --check');
  process.exit(2);
}
