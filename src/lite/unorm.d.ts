/** unorm has no types; it is imported only for the String.prototype.normalize it defines. */
declare module 'unorm';
