/**
 * First module of every legacy (Internet Explorer 11) bundle: what swc's polyfill-by-usage cannot
 * see. Async functions compile to helpers that call Promise; the engine folds text with
 * String.prototype.normalize, which IE11 lacks and core-js does not provide (unorm defines it
 * only where it is missing).
 */
import 'core-js/es/promise';
import 'unorm';
