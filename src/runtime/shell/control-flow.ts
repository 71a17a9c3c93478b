/** Non-local exits of the interpreter, thrown through the generator stack and caught where they end. */

export class BreakLoop {
  constructor(public levels: number) {}
}

export class ContinueLoop {
  constructor(public levels: number) {}
}

export class ReturnFromFunction {
  constructor(readonly status: number) {}
}

export class ExitShell {
  constructor(
    readonly status: number,
    /** `exec` replaced the shell, so its EXIT trap never runs. */
    readonly replaced = false,
  ) {}
}

/**
 * An error that ends a non-interactive shell (ash's EXERROR outside a redirection): the message is
 * printed as `sh: <message>` and the shell exits with status 2.
 */
export class ShellFatal {
  constructor(
    readonly message: string,
    readonly status = 2,
  ) {}
}
