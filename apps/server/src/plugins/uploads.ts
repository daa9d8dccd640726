import type { FastifyRequest } from "fastify";
import { validationError } from "@parkpilot/services";
import { textProblem } from "./well-formed-text";

export interface ReceivedUpload {
  readonly fileName: string;
  readonly body: Buffer;
  /** A text field sent before the file (multipart fields after it are not read). */
  field(name: string): string | undefined;
}

/**
 * The one file of a multipart upload, with its name checked: a file part without a file name
 * (what FormData.append("file", blob) sends) and a name that is not storable text are refused
 * as bad input, naming the part, rather than failing where the name is stored.
 */
export const receiveUpload = async (request: FastifyRequest, expected: string): Promise<ReceivedUpload> => {
  if (!request.isMultipart()) throw validationError(`Expected multipart/form-data with ${expected}`);
  const file = await request.file();
  if (!file) throw validationError("No file in the upload", [{ path: "file", message: "required" }]);
  const fileName = file.filename?.trim() ?? "";
  if (fileName === "") throw validationError("The file has no name", [{ path: "file", message: "the file part needs a file name (filename=… in its Content-Disposition)" }]);
  const nameProblem = textProblem(fileName);
  if (nameProblem) throw validationError("Invalid file name", [{ path: "file", message: `the file name ${nameProblem}` }]);
  if (fileName.length > 255) throw validationError("Invalid file name", [{ path: "file", message: "the file name must be at most 255 characters" }]);
  const body = await file.toBuffer();
  return {
    fileName,
    body,
    field(name) {
      const part = file.fields[name];
      return part && !Array.isArray(part) && part.type === "field" && typeof part.value === "string" ? part.value : undefined;
    },
  };
};
