import { describe, expect, test } from '@jest/globals';
import type { Article } from '../../../src/article/article.js';
import { auditedName, auditTitle, countsFindings } from '../../../src/teaser/audit-result.js';
import { draftTeaser } from '../../../src/teaser/draft.js';

/** docs/teasers.md, "Composing the hook": an audit report's news is its result, and its subject its first tag. */
function article(lang: string, title: string, blocks: string[], tags: string[] = []): Article {
  return { id: 'test', url: 'https://example.org/a', lang, title, body: blocks.join('\n\n'), tags };
}
const draft = (a: Article) => draftTeaser(a, { maxHashtags: 3, maxEmoji: 2 });

describe('an audit report, by its title', () => {
  test.each([
    ['Dragonfly completes security audit!', 'Dragonfly'],
    ['Knative Completes Third-Party Security Audit', 'Knative'],
    ['Servo Security Report: findings and solutions', 'Servo'],
    ['Widgetr schließt Sicherheitsaudit ab', 'Widgetr'],
    ['Karmada 安全审计结果发布', 'Karmada'],
    ['Widgetr のセキュリティ監査が完了しました', 'Widgetr'],
    ['Widgetr 보안 감사 결과', 'Widgetr'],
    ['Аудит безопасности Widgetr завершён', undefined],
    ['Security Audit of Widgetr', undefined],
  ])('«%s» reports an audit of %s (its first word, where it is a name and no word of the audit)', (title, name) => {
    expect(auditTitle(title)).toBe(true);
    expect(auditedName(title)).toBe(name);
  });

  test.each(['Widgetr 2.0 is out', 'Widgetr 2.0 发布', 'Merci à nos contributeurs'])('«%s» is none', (title) => {
    expect(auditTitle(title)).toBe(false);
    expect(auditedName(title)).toBeUndefined();
  });
});

describe('the sentence that counts what the audit found, in any language', () => {
  test.each([
    'Recorded in the audit report are 19 findings.',
    'Ada Logics found 16 security issues of which all except for one have been fixed.',
    'The audit produced a single low-severity finding.',
    'As part of this audit, four vulnerabilities were identified.',
    'Das Audit ergab vier Schwachstellen, zwei davon kritisch.',
    'L’audit a révélé 3 vulnérabilités, toutes corrigées.',
    'Аудит выявил 5 уязвимостей.',
    'Shielder 识别了六个对项目安全有影响的问题。',
    '1 个高风险，1 个中风险，2 个低风险，2 个提示。',
    '監査では6件の脆弱性が見つかりました。',
    '감사에서 6개의 취약점이 발견되었습니다.',
  ])('%s', (sentence) => {
    expect(countsFindings(sentence)).toBe(true);
  });

  test.each([
    'Dragonfly functions as file distribution for peer-to-peer technologies.',
    'Over four engineer weeks, the team reviewed the scheduler.',
    'Karmada 利用多个组件、CLI 工具和附加组件来扩展标准 Kubernetes 功能。',
  ])('what the project is, or how the audit ran, counts nothing found: %s', (sentence) => {
    expect(countsFindings(sentence)).toBe(false);
  });
});

describe('its post: the result, from anywhere in the opening, rather than what the project is', () => {
  const opening = [
    'This summer, Trail of Bits and OSTIF collaborated on a security audit of widgetr.',
    'A CNCF Incubating Project, widgetr functions as file distribution for peer-to-peer technologies.',
  ];
  const process =
    'The audit team approached the audit by using static and manual testing, with semgrep and CodeQL tooling.';
  const result = 'Recorded in the audit report are 19 findings.';

  test('the count two paragraphs on follows the lede, in place of the description beside it (dev15, Dragonfly)', () => {
    const d = draft(article('en', 'Widgetr completes security audit!', [opening.join(' '), process, result]));
    expect(d.sentences).toEqual([opening[0], result]);
  });

  test('a lede too long to leave it room gives way to the title, beside which it fits (dev9, Knative)', () => {
    const lede =
      'Widgetr is happy to announce the completion of its third-party security audit conducted by Ada Logics and facilitated by the Open Source Technology Improvement Fund.';
    const found =
      'Ada Logics found 16 security issues of which all except for one have been fixed with upstream patches.';
    const d = draft(
      article('en', 'Widgetr Completes Third-Party Security Audit', [
        lede,
        'The audit mainly focused on the three core Widgetr subprojects: Eventing, Serving and Pkg.',
        'Widgetr Extensions are optional plugins and extensions for different Widgetr use cases.',
        found,
      ]),
    );
    expect(d.sentences).toEqual(['Widgetr Completes Third-Party Security Audit.', found]);
  });

  test('the same count is no news under a title that reports no audit', () => {
    const d = draft(article('en', 'Widgetr joins the CNCF', [opening.join(' '), process, result]));
    expect(d.sentences).not.toContain(result);
  });
});

describe('its first tag: the project audited, however the body writes it', () => {
  test('a brand in small letters is the tag its title capitalises, not a name the site filed it under', () => {
    const d = draft(
      article(
        'en',
        'Widgetr completes security audit!',
        [
          'This summer, Trail of Bits and OSTIF collaborated on a security audit of widgetr.',
          'Recorded in the audit report are 19 findings, and widgetr fixed them all.',
        ],
        ['security', 'OSTIF', 'widgetr', 'containerd'],
      ),
    );
    expect(d.hashtags[0]).toBe('Widgetr');
  });
});
