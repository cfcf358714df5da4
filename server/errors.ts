// Client errors with a stable code the desk translates (shared/sync/README.md).
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** More fields of the error body (e.g. a 409 generationChanged's generation and ackedSeq). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const invalidRequest = (message: string) => new HttpError(400, 'invalidRequest', message);
export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);
