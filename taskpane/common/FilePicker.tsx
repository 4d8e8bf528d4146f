import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { UploadIcon } from "./icons";
import { sizeText, WORKBOOK_LIMITS } from "../../src/xlsx/limits";
import { Refused } from "../../src/messages";

/**
 * A button that opens the file chooser and hands over the chosen file's bytes. A file over the readers'
 * size limit is refused before it is read into memory, and any failure goes to `onFail` as a message.
 */
export function FilePicker({
  label,
  accept,
  onFile,
  onFail,
}: {
  readonly label: string;
  readonly accept: string;
  readonly onFile: (bytes: Uint8Array, name: string) => void;
  readonly onFail: (e: unknown) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button icon={<UploadIcon />} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        style={{ display: "none" }}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (!file) return;
          const limit = WORKBOOK_LIMITS.unpackedBytes;
          if (file.size > limit) {
            onFail(Refused.because("uploadTooLarge", { size: sizeText(file.size), limit: sizeText(limit) }));
            return;
          }
          try {
            onFile(new Uint8Array(await file.arrayBuffer()), file.name);
          } catch (err) {
            onFail(err);
          }
        }}
      />
    </>
  );
}
