// Asks main for the plan while the app's modules are still downloading and being evaluated (issue 16);
// renderer/store/boot.ts takes the answer. A classic script, so it runs as soon as the page is parsed.
if (window.planner) window.plannerEarlyLoad = window.planner.loadPlan({});
