import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// findBy… and waitFor wait for a state, not for a time: give them room on a busy machine (the
// suite runs two test files at once, beside Chromium and server processes). A test that waits
// for something that never comes still fails, well inside Vitest's 30 s.
configure({ asyncUtilTimeout: 10_000 });
