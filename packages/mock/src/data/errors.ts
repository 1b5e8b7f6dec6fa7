/**
 * Why a piece of data could not be used. `message` is written for the end customer
 * (the run fails with it, a decision answers 400 with it); `code` is for the API half.
 */
export type MockDataErrorCode =
  | 'empty_file'
  | 'unsupported_file'
  | 'malformed_file'
  | 'invalid_template'
  | 'invalid_answer'
  | 'unknown_question'
  | 'invalid_patch'
  | 'invalid_recipe';

export class MockDataError extends Error {
  override readonly name = 'MockDataError';
  readonly code: MockDataErrorCode;

  constructor(code: MockDataErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
