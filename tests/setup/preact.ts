/**
 * Preact runs effects "after paint": requestAnimationFrame raced with a 100 ms timeout whose
 * handler calls `cancelAnimationFrame`. When a test file ends within those 100 ms, vitest has
 * already removed jsdom's globals and the late timeout throws "cancelAnimationFrame is not
 * defined", an unhandled error that fails the run. Scheduling effects with a plain timeout (the
 * hook preact offers for this) leaves nothing behind that needs jsdom.
 */
import { options } from 'preact';

options.requestAnimationFrame = (flush) => {
  setTimeout(flush, 0);
};
