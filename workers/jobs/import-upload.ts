import { z } from 'zod';

export const importUploadJobName = 'import-upload';

/** An upload's id only: the file path and the actor are read from its row. */
export const importUploadPayloadSchema = z.object({ uploadId: z.number().int().positive() });
export type ImportUploadPayload = z.infer<typeof importUploadPayloadSchema>;

export const importUploadJobId = (uploadId: number) => `import-upload-${uploadId}`;
