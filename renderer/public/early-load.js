// Starts what the first screen needs while the app's modules download, rather than after they have run
// (issue 16): the plan (renderer/store/boot.ts takes the answer), the texts of the language last shown,
// and the platform's date and number data. A classic script in <head>, so it runs as the page is parsed.
(function startEarly() {
  var language = 'en';
  try {
    // The language last shown: renderer/i18n/guess-language.ts remembers it under the same key.
    if (window.localStorage.getItem('planner.interfaceLanguage') === 'zh-CN') language = 'zh-CN';
  } catch {
    // Storage refused: English, as guess-language.ts falls back to.
  }

  // Its texts start downloading now too, alongside the entry chunk rather than after it has run (note 0024).
  // The build lists each language's files (scripts/vite/start-preload-plugin.ts).
  try {
    var listed = document.querySelector('meta[name="planner-start-preload"]');
    var files = listed ? JSON.parse(listed.getAttribute('content') || '{}')[language] || [] : [];
    for (var i = 0; i < files.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = files[i];
      document.head.appendChild(link);
    }
  } catch {
    // Only a head start: without it the texts load when the app asks for them.
  }

  // While the code downloads the page has nothing else to do: the platform loads its date and number data
  // the first time a formatter is made (20-30 ms), so make the first screen's kinds now, not while the first
  // screen is drawn. Once the page is parsed (readyState "interactive"), when every module and preload link
  // has been asked for: a timer set here ran before the parser went on past this script and held back every
  // module request by 70-100 ms (note 0031). Module scripts run after this point, so it is still ahead of them.
  function warmFormatters() {
    try {
      new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(0);
      new Intl.NumberFormat(language, { style: 'currency', currency: 'USD' }).format(0);
      new Intl.PluralRules(language).select(1);
    } catch {
      // Nothing depends on it.
    }
  }
  document.addEventListener('readystatechange', function whenParsed() {
    if (document.readyState === 'loading') return;
    document.removeEventListener('readystatechange', whenParsed);
    // The plan is asked for once the code has been: main answers both on one thread, and reading and
    // checking the plan first held back every module file behind it, while the code can be evaluated
    // as the plan is read (note 0031). The lock state goes first: the app reads it before the plan
    // (features/plan-files/lock-gate.ts), and asked only once the code had run, it was a round trip of its
    // own in front of a plan that had long arrived.
    if (window.planner) {
      if (window.planner.getLockState) window.plannerEarlyLockState = window.planner.getLockState({});
      window.plannerEarlyLoad = window.planner.loadPlan({});
    }
    warmFormatters();
  });
})();
