import { SMALL_COUNTS } from '../text/number-words.js';

/**
 * An audit report: a security audit, an assessment, a penetration test. Its news is its result, how many findings
 * of what severity, not what the audited project is; so its post carries the sentence that counts them, from
 * wherever it stands in the opening (docs/teasers.md, "Composing the hook"). Blind readers of dev marked down
 * Dragonfly's audit («hook buries the result (19 findings)»), posted with a description of Dragonfly while «Recorded
 * in the audit report are 19 findings.» stood two paragraphs on, and Karmada's Chinese one («misses findings (6
 * issues, 1 high)»), posted with a sentence on its components.
 */

/** A title that reports an audit: «security audit», «Sicherheitsaudit», «auditoría», 「安全审计」, 「監査」, «보안 감사». */
const AUDIT_TITLE =
  /(?<![\p{L}])(?:audit|audits|assessment|pentest|penetration test|security review|findings|sicherheitsaudit|auditoría|auditoria|audyt|аудит\p{L}*|denetim\p{L}*)(?![\p{L}])|审计|審計|安全评估|安全評估|渗透测试|監査|脆弱性診断|보안 감사|보안 점검/iu;

/** A count, in digits or words: «19», «six», «a single», 「六」, «여섯». */
const COUNT = `${SMALL_COUNTS}|a single|one|eleven|dozens? of|duas|três|quatro|sete|oito|nove|dez|due|tre|quattro|sei|sette|otto|nove|dieci|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|чотири|п’ять|шість|сім|вісім|дев’ять|десять`;

/** What an audit finds, in the spaced languages: «findings», «issues», «Schwachstellen», «уязвимостей». */
const FOUND =
  'findings?|issues?|vulnerabilit(?:y|ies)|weakness(?:es)?|flaws?|bugs?|problems?|CVEs?|befunde?|schwachstellen|sicherheitslücken|probleme|vulnérabilités?|failles?|problèmes?|constats?|hallazgos?|vulnerabilidad(?:es)?|problemas?|fallos?|achados?|vulnerabilità|problemi|bevindingen|kwetsbaarheden|problemen|podatności|problem(?:ów|y)|уязвимост\\p{L}*|проблем\\p{L}*|находок|вразливост\\p{L}*|bulgu\\p{L}*|temuan|kerentanan';

/**
 * A count of what was found: «Recorded in the audit report are 19 findings.», «Ada Logics found 16 security
 * issues…», «a single low-severity finding», «vier Schwachstellen»; up to two words between the count and the noun.
 * In Chinese, Japanese and Korean a measure word and a few characters may stand between («六个对项目安全有影响的问题»,
 * «1 个高风险», 「6件の脆弱性」, «6개의 취약점»).
 */
const COUNTS_FINDINGS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${COUNT})\\s(?:[\\p{L}-]+\\s){0,2}(?:${FOUND})(?![\\p{L}])|(?:\\p{N}+|[一二两三四五六七八九十]+)\\s*(?:个|個|件|项|項|つの|개의?|건의?)?\\s*[^，。、,.\\s]{0,10}?(?:问题|問題|漏洞|发现|發現|风险|風險|缺陷|隐患|隱患|脆弱性|指摘|취약점|문제|결함)`,
  'iu',
);

export function auditTitle(title: string): boolean {
  return AUDIT_TITLE.test(title);
}

export function countsFindings(sentence: string): boolean {
  return COUNTS_FINDINGS.test(sentence);
}

/** The title's first word, a name in capitals or in a script without case: what the audit is of («Dragonfly», «Karmada»). */
const FIRST_NAME = /^[\s«“"'(]*(\p{Lu}[\p{L}\p{N}.+-]*\p{L}|\p{Lu}[\p{L}\p{N}]*)(?=[\s:：,，!！])/u;

/**
 * The project an audit's title names first: «Dragonfly completes security audit!», «Karmada 安全审计结果发布», «Servo
 * Security Report: findings and solutions». None where the title is no audit's.
 */
export function auditedName(title: string): string | undefined {
  const name = auditTitle(title) ? FIRST_NAME.exec(title)?.[1] : undefined;
  // «Security Audit of Widgetr», «Аудит безопасности Widgetr»: a title that opens on the audit names its project later.
  return name === undefined || AUDIT_TITLE.test(name) || AUDIT_WORD.test(name) ? undefined : name;
}
/** The words of an audit's kind a title may open on: «Security», «Sicherheits…», «Third-party». */
const AUDIT_WORD =
  /^(?:security|sicherheit\p{L}*|sécurité|seguridad|segurança|sicurezza|beveiliging|third-party|annual|independent)$/iu;
