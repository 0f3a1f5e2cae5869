// Pasting files (a screenshot from the clipboard) into a composer attaches them
// through that composer's dropzone, exactly as if they had been dropped there:
// the same checks, progress and upload (an HTTP upload, never the websocket).
document.addEventListener("paste", (event) => {
  const files = Array.from(event.clipboardData?.files || []);
  if (!files.length) return;
  const composer = event.target?.closest?.("[data-evidence-composer]");
  const input = composer?.querySelector("[data-evidence-zone] input[type=file]");
  if (!input) return;
  event.preventDefault();
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event("change", { bubbles: true }));
});
