import { describe, expect, test } from '@jest/globals';
import { firstItemShown, presupposesFirst, titleGivesFirst } from '../../../src/teaser/additive.js';
import { clearsThroat, withoutPromise } from '../../../src/teaser/newsworthy.js';

// A sentence with an additive or alternative word, or a determiner pointing back, presupposes a first item the post
// must show before it (docs/teasers.md, "Composing the hook"). Leaning sentences (true) beside standalone ones
// (false), in every language of the set, with the words that look additive and are not.

describe('an additive or alternative word presupposes a first item', () => {
  test.each([
    // dev6, read blind: «hook out of context».
    ['ar', 'على الرغم من أن الإبلاغ عن ثغرات جديدة نادر، إلا أننا نوصي أيضًا باستخدام أحدث إصدارات Vue.', true],
    ['en', 'You must also be comfortable working from the command line.', true],
    ['ko', '새 API(예: onEffectCleanup)와 워치(watch) 일시중지·재개 기능도 추가되었습니다.', true],
    ['zh', '你还可以配置 IDE 来使用每日构建。', true],
    ['en', 'Alternatively, you can download Nim 2.0.8 from our nightlies builds.', true],
    ['en', 'If you pass a value that does not implement said protocol, Elixir will now emit a warning.', true],
    ['en', 'The aforementioned bug is fixed in 2.1.', true],
    ['en', 'The module is faster, too.', true],
    ['en', 'It works on Linux as well.', true],
    ['en', 'Instead, we rely on Browserslist defaults.', true],
    ['fr', 'Le module prend également en charge Windows.', true],
    ['fr', 'Nous publions aussi une version LTS.', true],
    ['de', 'Die Version enthält ebenfalls neue APIs.', true],
    ['de', 'Stattdessen empfehlen wir Vite.', true],
    ['es', 'También tenemos previsto evaluar distintos modelos.', true],
    ['pt', 'O pacote também suporta Windows.', true],
    ['it', 'Il pacchetto supporta anche Windows.', true],
    ['nl', 'Ook scoren deze componenten goed.', true],
    ['pl', 'Pakiet obsługuje również system Windows.', true],
    ['ru', 'Пакет также поддерживает Windows.', true],
    ['uk', 'Пакет також підтримує Windows.', true],
    ['cs', 'Balíček také podporuje Windows.', true],
    ['tr', 'Ayrıca yeni bir API eklendi.', true],
    ['tr', 'Bu sürüm de yeni bir API getiriyor.', true],
    ['id', 'Paket ini juga mendukung Windows.', true],
    ['fa', 'کتابخانه‌های جدید دیگری نیز به اکوسیستم Vite پیوسته‌اند.', true],
    ['he', 'הגרסה גם תומכת ב-Windows.', true],
    ['hi', 'इन दिनों वेब पते भी गैर-ASCII वर्ण शामिल कर सकते हैं.', true],
    ['bn', 'তিনিও এই প্রকল্পে কাজ করেন।', true],
    ['ja', '型推論も改善された。', true],
    ['ja', '上記のパッケージを使用している場合は、直ちにアップグレードしてください。', true],
    ['ko', '얼리 어답터들도 Vite 4.3 베타를 테스트했습니다.', true],
    ['zh', '该漏洞已被分配了 CVE 编号。', true],
    ['th', 'รองรับ Windows ด้วย', true],
    // The sentence gives its first item itself.
    ['en', 'Vite is not only faster but also smaller.', false],
    ['en', 'Beyond user-facing features, we have also implemented security measures.', false],
    ['en', 'It runs on Linux as well as Windows.', false],
    ['ru', 'Пакет поддерживает Linux, а также Windows.', false],
    ['pl', 'Pakiet obsługuje Linuksa, a także Windows.', false],
    ['de', 'Sowohl Linux als auch Windows werden unterstützt.', false],
    ['tr', 'Hem Linux hem de Windows destekleniyor.', false],
    ['zh', '这些实现能帮助验证约定的清晰度，也能确保它们适用于不同的库。', false],
    ['ja', 'Discordは賑わい、バグレポートも続々と寄せられています。', false],
    ['ja', 'Vue、Svelte、そしてAngularもサポートします。', false],
    ['ja', 'スキャナーも型推論もさらなる改善が見込まれます。', false],
    ['ko', '기존 배포는 계속 작동하며, 설치 아티팩트 또한 유지됩니다.', false],
    // Words that look additive and are not.
    ['en', 'The build is too slow on Windows.', false],
    ['en', 'It is also known as the Rust compiler.', false],
    ['en', 'Instead of npm, use pnpm.', false],
    ['en', 'In addition to bug fixes, Nim 2.0.8 brings a new allocator.', false],
    ['en', 'He said the release was ready.', false],
    ['fr', 'Le module est aussi rapide que Vite.', false],
    ['it', 'Anche se il bug è raro, aggiornate.', false],
    ['nl', 'Ook al is de bug zeldzaam, werk bij.', false],
    ['hi', 'किसी भी चरित्र कूटबन्धन का प्रयोग करें.', false],
    // «इसके साथ ही» after a dash or a comma joins the sentence's own list (dev7: the Hindi Hugging Face course); opening
    // a sentence it says «besides what was just said».
    ['hi', 'यह पाठ्यक्रम आपको ट्रान्सफ़ॉर्मर, डेटासेट - इसके साथ ही हब पुस्तकालयों के बारे में सिखाएगा।', false],
    ['hi', 'आप ट्रान्सफ़ॉर्मर सीखेंगे, साथ ही डेटासेट का उपयोग करना।', false],
    ['hi', 'साथ ही, आप सीखेंगे कि अपने मॉडलों के डेमो कैसे बनाएं।', true],
    ['bn', 'আরও তথ্য পাওয়া যাবে।', false],
    ['ja', 'いつもありがとうございます。', false],
    ['ja', 'もし問題があれば報告してください。', false],
    ['ja', 'Biome 2.0のリリースから、まだ1か月も経っていません。', false],
    ['ja', 'これは最も重要な変更です。', false],
    ['ja', '今後もコミュニティと協力します。', false],
    ['ko', 'Vite 4.3의 속도가 빨라졌습니다.', false],
    ['ko', '이 정도 개선은 드뭅니다.', false],
    ['ko', '새 도구를 도입했습니다.', false],
    ['ko', '어떤 경우에도 중요합니다.', false],
    ['zh', '你还是可以使用旧版本。', false],
    ['zh', '也许下个版本会修复它。', false],
    ['zh', '你都应该保证日常备份服务器。', false],
    ['zh', '即使你把所有代码合并成一个 chunk，也只执行真正使用的代码。', false],
    ['en', 'Vite 5 is faster.', false],
    // «another» before a goal, a reason, an example: the first one was told before (dev7, the Rust book's
    // concurrency chapter, "another main goal", «slightly out of context»); «another release» is news of its own.
    ['ja', '並行性を安全かつ効率的に扱うことは、Rustの別の主な目標です。', true],
    ['ru', 'Безопасное управление многопоточностью — ещё одна из основных целей Rust.', true],
    ['en', "Handling concurrent programming safely is another of Rust's major goals.", true],
    ['en', 'Another reason is speed.', true],
    ['en', 'Another release is out today.', false],
    ['es', 'Es otro de los objetivos del proyecto.', true],
    ['zh', '并发是 Rust 的另一个主要目标。', true],
    ['ko', '동시성은 러스트의 또 다른 주요 목표입니다.', true],
  ])('%s: %s → %s', (lang, sentence, expected) => {
    expect(presupposesFirst(sentence, lang)).toBe(expected);
  });
});

describe('the sentence that gives the first item', () => {
  test('is the one right before, shown in the post', () => {
    expect(firstItemShown(undefined, [])).toBe(true);
    expect(firstItemShown(null, [{ block: 0, index: 0 }])).toBe(false);
    expect(firstItemShown({ block: 2, index: 0 }, [undefined, { block: 2, index: 0 }])).toBe(true);
    expect(firstItemShown({ block: 2, index: 0 }, [{ block: 2, index: 1 }])).toBe(false);
  });
  test('or the title, when it names two things and the sentence speaks of the second', () => {
    const title = 'New Guide for Setting up Mail Servers for Delta Chat - and Upcoming Workshops!';
    expect(titleGivesFirst(title, 'You can also attend one of our workshops on the topic.')).toBe(true);
    expect(titleGivesFirst('每日构建', '你还可以配置 IDE 来使用每日构建。')).toBe(false);
  });
});

describe('a promise of what follows on the page', () => {
  test.each([
    ['Gleam v1.15.0 has been published, let’s go over what’s new.', 'Gleam v1.15.0 has been published.'],
    ["But first, let's look at some numbers.", "But first, let's look at some numbers."],
    ['Voici ce qui change.', 'Voici ce qui change.'],
    ['Vite 6 est sorti.', 'Vite 6 est sorti.'],
  ])('%s → %s', (sentence, expected) => {
    expect(withoutPromise(sentence)).toBe(expected);
  });
  test.each([
    ["Let's go over what's new.", true],
    ['Here’s what changed in 2.0.', true],
    ['Voici ce qui change dans cette version.', true],
    ['Vamos a ver las novedades.', true],
    ['Schauen wir uns die Neuerungen an.', true],
    ['Давайте посмотрим, что нового.', true],
    ['下面将介绍如何获取并结合你的工具来使用它。', true],
    ['We will outline the technical details in future articles.', true],
    ['Vite 6 adds the Environment API.', false],
    ['Let’s Encrypt issues certificates for 90 days.', false],
  ])('%s clears its throat: %s', (sentence, expected) => {
    expect(clearsThroat(sentence)).toBe(expected);
  });
});
