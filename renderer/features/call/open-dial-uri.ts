/** Hands a `tel:`/`sip:`/`callto:` address to the softphone: through the desktop shell, or the browser. */
export function openDialUri(uri: string): void {
  if (window.desk) void window.desk.invoke('shell:openExternal', { url: uri });
  else window.location.href = uri;
}
