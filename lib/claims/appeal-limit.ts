// The longest explanation with a request to look at a denied claim again (an appeal), in characters. On its
// own, with no imports, so the browser's form can use it without pulling in the server's code.
export const appealMaxLength = 4000;
