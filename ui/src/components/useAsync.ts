import { useCallback, useEffect, useState } from "preact/hooks";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; error: unknown }
  | { state: "ready"; value: T };

/** Runs `load` when `deps` change; `reload` runs it again (after a change). */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): [Loaded<T>, () => Promise<void>] {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    try {
      setResult({ state: "ready", value: await run() });
    } catch (error) {
      setResult({ state: "error", error });
    }
  }, [run]);
  useEffect(() => {
    let live = true;
    setResult({ state: "loading" });
    run().then(
      (value) => live && setResult({ state: "ready", value }),
      (error: unknown) => live && setResult({ state: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [run]);
  return [result, reload];
}
