import type { ReactNode } from 'react';

// Tags the message files may use inside t.rich(); keep the set small so translators see few tags.
export const richTags = {
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
};
