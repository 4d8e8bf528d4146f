import * as fs from "fs";
import * as path from "path";
import { compiledValidator, FORM_VALIDATOR_FILE, VALIDATOR_FILE } from "../tools/compileTemplateSchema";
import formSchema from "../../src/kinds/form/selfeval.schema.json";

describe("the template schema", () => {
  test("is the contract's, unchanged", () => {
    const ours = fs.readFileSync(path.join(__dirname, "../../src/template/template.schema.json"), "utf8");
    const contract = fs.readFileSync(path.join(__dirname, "../../../shared/spec/template.schema.json"), "utf8");
    expect(JSON.parse(ours)).toEqual(JSON.parse(contract));
  });
  test("its precompiled validator is current (run npm run schema after changing the schema)", () => {
    expect(fs.readFileSync(VALIDATOR_FILE, "utf8")).toBe(compiledValidator());
    expect(fs.readFileSync(FORM_VALIDATOR_FILE, "utf8")).toBe(compiledValidator(formSchema));
  });
});
