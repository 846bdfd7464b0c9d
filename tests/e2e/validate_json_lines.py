"""Validates JSON Lines against a JSON Schema (python3-jsonschema, Draft 2020-12).

Usage: validate_json_lines.py SCHEMA FILE
Checks the schema itself first, then each line of FILE; prints one line per
invalid line (LINE: what is wrong) and exits 1 if there was any, else prints
how many lines were valid and exits 0.
"""
import json
import sys

import jsonschema


def main() -> int:
    schema_path, lines_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    bad = 0
    count = 0
    with open(lines_path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            count += 1
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                print(f"{number}: not JSON: {error}")
                bad += 1
                continue
            for error in validator.iter_errors(row):
                print(f"{number}: {error.message} at {list(error.absolute_path)}")
                bad += 1
    if bad:
        return 1
    print(f"{count} valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
