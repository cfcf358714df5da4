// The in-page benchmark API, as the Node side of the harness sees it.
import type { BenchApi } from './main';

declare global {
  interface Window {
    bench: BenchApi;
    benchReady: boolean;
  }
}
