// What the desk says about a new password while it is typed: the shared policy's verdict and
// whether the repeat matches. The server decides again on submit.
import {
  passwordProblem,
  type PasswordOwner,
  type PasswordProblem,
} from '../../../shared/accounts/password-policy';

export type NewPasswordState = {
  problem: PasswordProblem | null;
  mismatch: boolean;
  ready: boolean;
};

export function newPasswordState(
  password: string,
  repeat: string,
  owner: PasswordOwner,
  common: ReadonlySet<string> | null,
): NewPasswordState {
  const problem = passwordProblem(password, owner, common);
  const mismatch = repeat !== '' && repeat !== password;
  return { problem, mismatch, ready: problem === null && repeat === password };
}
