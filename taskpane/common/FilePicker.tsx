import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { UploadIcon } from "./icons";

/** A button that opens the file chooser and hands over the chosen file's bytes. */
export function FilePicker({ label, accept, onFile }: { readonly label: string; readonly accept: string; readonly onFile: (bytes: Uint8Array, name: string) => void }) {
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
          if (file) onFile(new Uint8Array(await file.arrayBuffer()), file.name);
          e.target.value = "";
        }}
      />
    </>
  );
}
