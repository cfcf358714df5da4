// Where a quote goes after the PDF: the agent's mail app (mailto:, RFC 6068) or WhatsApp
// (wa.me, which takes a text but no file), opened through the desktop shell or the browser.

// Line breaks as CRLF (RFC 6068); spaces as %20, never +.
const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function quoteMailtoUrl(email: string, subject: string, body: string): string {
  const to = encodeURIComponent(email.trim()).replace(/%40/g, '@');
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** wa.me wants the number as digits only, country code first. */
export function quoteWhatsAppUrl(phoneE164: string, text: string): string {
  return `https://wa.me/${phoneE164.replace(/\D/g, '')}?text=${encode(text)}`;
}

/**
 * Opens a mail or WhatsApp link: the desktop shell hands it to the system (false when its
 * allow-list refuses the link), a browser opens the mail app or a new tab.
 */
export async function openQuoteLink(url: string): Promise<boolean> {
  if (window.desk) {
    return (await window.desk.invoke('shell:openExternal', { url })).opened;
  }
  if (url.startsWith('mailto:')) window.location.href = url;
  else window.open(url, '_blank', 'noopener,noreferrer');
  return true;
}

/** Saves the PDF the way the desk saves every file it makes: a download. */
export function downloadPdf(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The PDF as base64, for the e-mail route. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
