// Signing out (or in as someone else) in one tab reaches the others at once: they
// leave their page for the sign-in page, which brings the person back afterwards.
// A studio draft is kept by the server when the tab reconnects, so nothing typed is lost.
// The script tag names the storage key and the sign-in page's addresses (data-*).
(() => {
  const { key, signIn, signedOut } = document.currentScript.dataset;
  window.addEventListener("storage", (event) => {
    if (event.key !== key || event.newValue === event.oldValue || location.pathname === signIn) return;
    if (event.newValue) {
      location.reload(); // another account on this browser: the page loads again as that account
      return;
    }
    const back = encodeURIComponent(location.pathname + location.search);
    location.assign(`${signedOut}&next=${back}`);
  });
})();
