// A page reached inside the app (a link, the redirect after signing in or out) starts with focus
// on its heading, which a screen reader then reads. Focus left on the page's body (the pressed
// link went with the old page) or on the header's link just followed would say nothing of the new
// page. Only then: a ticket page focuses its own heading, and a field may have focus already.
(() => {
  let path = location.pathname;
  const bare = (pathname) => pathname.replace(/\/+$/, "");
  const followed = (element) =>
    element.tagName === "A" && bare(new URL(element.href, location.href).pathname) === bare(location.pathname);
  // The phone's menu: its item keeps focus while the menu closes, then hands it back to the Menu
  // button (or the body). After a page reached from it, neither says anything of the new page.
  const inMenu = (element) => element && element.closest && element.closest('[role="menu"]');
  const menuButton = (element) => element && element.getAttribute && element.getAttribute("aria-haspopup") === "menu";
  // old: the heading before the change (taken before the new page can be drawn)
  const arrived = (old, fromMenu) => {
    if (location.pathname === path) return;
    path = location.pathname;
    const idle = (element) =>
      !element || element === document.body || followed(element) || (fromMenu && (inMenu(element) || menuButton(element)));
    (function focusHeading(tries) {
      const active = document.activeElement;
      if (!idle(active)) return;
      const heading = document.querySelector("main h1");
      if (!heading || (heading === old && tries) || (fromMenu && document.querySelector('[role="menu"]') && tries)) {
        if (tries) requestAnimationFrame(() => focusHeading(tries - 1));
        return;
      }
      focus(heading);
      // A page drawn again once its data is in may replace its heading: focus would fall to the body
      // (or, from the menu, go back to the Menu button as the menu closes).
      (function keep(frames) {
        const now = document.querySelector("main h1");
        const lost = document.activeElement === document.body || (fromMenu && menuButton(document.activeElement));
        if (lost && now) focus(now);
        if (frames) requestAnimationFrame(() => keep(frames - 1));
      })(90);
    })(120);
  };
  const focus = (heading) => {
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  };
  for (const name of ["pushState", "replaceState"]) {
    const original = history[name];
    history[name] = function (...args) {
      const old = document.querySelector("main h1");
      // (the menu's items send the app's redirect: by then the menu may have closed already)
      const fromMenu = Boolean(inMenu(document.activeElement) || menuButton(document.activeElement));
      const result = original.apply(this, args);
      setTimeout(() => arrived(old, fromMenu));
      return result;
    };
  }
  window.addEventListener("popstate", () => {
    const old = document.querySelector("main h1");
    setTimeout(() => arrived(old));
  });
})();
