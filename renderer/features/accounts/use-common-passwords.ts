// The list of well-known passwords, loaded when a password form opens (it is large, and most
// desks never need it). Null until loaded: the server checks it anyway.
import { useEffect, useState } from 'react';

export function useCommonPasswords(): ReadonlySet<string> | null {
  const [list, setList] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    let live = true;
    void import('../../../shared/accounts/common-passwords').then(
      (m) => live && setList(m.COMMON_PASSWORDS),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return list;
}
