// The longest written answer to a request for more information, in characters: a long story fits, a flood
// does not. On its own, with no imports, so the browser's form can use it without pulling in the server's
// validation (which reads the claim number with node:crypto's helpers).
export const answerMaxLength = 5000;
