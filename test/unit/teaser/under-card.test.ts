import { describe, expect, test } from '@jest/globals';
import { type CardLead, leadsUnderCard, mainName } from '../../../src/teaser/under-card.js';

const lead = (title: string, sentence: string, more: Partial<CardLead> = {}): CardLead => ({
  title,
  sentence,
  ledes: [sentence],
  hashtags: [],
  lang: 'en',
  ...more,
});

describe('mainName: what the title is about', () => {
  test.each([
    ['Go 1.25 is released', ['golang'], 'Go 1.25'],
    ['Join the Flatcar Community on Discord', ['Flatcar', 'Discord'], 'Flatcar'],
    ['Video: What’s new in Strimzi 1.2.0', [], 'Strimzi 1.2.0'],
    ['ClickHouse MeetUp в Минске: итоги', [], 'clickhouse'],
    ['The state of things', [], undefined],
  ])('%s', (title, tags, name) => {
    expect(mainName(title, tags)).toBe(name);
  });
});

describe('leadsUnderCard: the title is left to the card only when the lede says it by itself', () => {
  test('a release lede that names the release and keeps its version', () => {
    const s = 'OpenTofu 1.12.0 introduces dynamic prevent_destroy and import by resource identity.';
    expect(leadsUnderCard(lead('OpenTofu v1.12.0', s, { hashtags: ['OpenTofu'] }))).toBe(true);
  });
  test('the first hashtag found in the sentence names the subject', () => {
    const s = 'Разверните свой сайт VitePress на популярных платформах, таких как Netlify и Vercel.';
    expect(
      leadsUnderCard(lead('Развёртывание вашего сайта VitePress', s, { hashtags: ['VitePress'], lang: 'ru' })),
    ).toBe(true);
  });
  test('not a sentence that is no lede', () => {
    const s = 'OpenTofu 1.12.0 introduces dynamic prevent_destroy.';
    expect(leadsUnderCard(lead('OpenTofu v1.12.0', s, { ledes: ['OpenTofu is a fork of Terraform.'] }))).toBe(false);
  });
  test('not without the title’s subject (dev4: a fix line that no longer named the release)', () => {
    expect(leadsUnderCard(lead('Istio 1.28.1 released', 'The release fixes a crash in the proxy.'))).toBe(false);
  });
  test('not when it opens on what came before (dev4: «The second is scheduled…»)', () => {
    expect(leadsUnderCard(lead('Istio 1.28.1 released', 'It brings Istio 1.28.1 fixes to the proxy.'))).toBe(false);
    expect(leadsUnderCard(lead('Istio 1.28.1 released', 'This Istio 1.28.1 patch fixes the proxy.'))).toBe(false);
    expect(leadsUnderCard(lead('Istio 1.28.1 released', 'However, Istio 1.28.1 fixes the proxy.'))).toBe(false);
  });
  test('not a participle whose subject is the title', () => {
    const s = "Reflecting on KubeVela's achievements in 2025 and our vision for the future.";
    expect(leadsUnderCard(lead('State of KubeVela 2025', s))).toBe(false);
  });
  test('not when it says too little of the title and drops its numbers', () => {
    const s = 'Istio now ships a new control plane for everyone.';
    expect(leadsUnderCard(lead('Istio 1.28 brings ambient multicluster beta', s, { hashtags: ['Istio'] }))).toBe(false);
  });
  test('not under a title that asks or warns: the title is the hook', () => {
    const s = 'Les données ouvertes (ou open data) constituent une ressource essentielle.';
    expect(leadsUnderCard(lead("A quoi sert l'open data ?", s, { hashtags: ['OpenData'], lang: 'fr' }))).toBe(false);
    const j = 'SNSなどで、「Misskey公式」などを名乗るアカウントが確認されています。';
    expect(
      leadsUnderCard(lead('Misskeyを騙るアカウントにご注意ください', j, { hashtags: ['Misskey'], lang: 'ja' })),
    ).toBe(false);
  });
});
