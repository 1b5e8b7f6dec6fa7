/**
 * Live stories each talk to their own mock through the page's one MSW worker, so on a docs
 * page (several stories in one frame) they would answer each other's requests. In docs they
 * render in their own iframe, each with its own worker client.
 */
export const isolatedInDocs = { inline: false, height: '720px' } as const;
