/** A script gives up: the run ends `failed` with this message as its `error`. */
export class RunFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunFailure';
  }
}
