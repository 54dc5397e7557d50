"""Build the committed sample inbox: applications, register and their ground truth.

    python -m samples.inbox_builder --out samples/inbox

writes `samples/inbox/<application_id>/` (aanvraag.json and the documents, rendered
born-digital, scanned or photographed), `samples/inbox/register.csv`, and
`samples/inbox.expected.json`: per application the decision and check statuses a
careful analyst gives it. The truth comes from how each scenario was built (see
`samples/scenarios/`), never from running woondossier.
Deterministic: the same code writes the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import shutil
from pathlib import Path
from typing import Any

from samples.generator.render import render_digital, render_photo, render_scan
from samples.scenarios import SCENARIOS, Doc, RawFile, Scenario

REGISTER_COLUMNS = (
    "tenancy_id", "tenant_name", "street", "house_number", "postcode", "city", "rooms",
    "monthly_rent", "lease_start", "rent_arrears", "nuisance_file", "fraud_file",
    "renovation_urgency", "active_lodging", "last_house_sitting_end", "major_maintenance_planned",
)  # fmt: skip


def layout_module(doc_type: str):
    import importlib

    return importlib.import_module(f"samples.generator.{doc_type}")


def render(doc: Doc, rng: random.Random) -> list[tuple[str, bytes]]:
    spec = layout_module(doc.doc_type).make(rng, doc.layout, **doc.overrides)
    if doc.rendering == "digital":
        return [(doc.name, render_digital(spec))]
    if doc.rendering == "scan":
        return [(doc.name, render_scan(spec, rng))]
    photos = render_photo(spec, rng)
    if len(photos) == 1:
        return [(doc.name, photos[0])]
    stem, suffix = doc.name.rsplit(".", 1)
    return [(f"{stem}-{i}.{suffix}", photo) for i, photo in enumerate(photos, start=1)]


def register_csv(scenarios: list[Scenario]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REGISTER_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for s in scenarios:
        if s.register is not None:
            writer.writerow({k: _csv_value(s.register.get(k)) for k in REGISTER_COLUMNS})
    return buffer.getvalue()


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def build(out: Path, expected_path: Path) -> list[Scenario]:
    scenarios = [make(random.Random(f"woondossier-sample:{i}")) for i, make in enumerate(SCENARIOS)]
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for index, s in enumerate(scenarios):
        folder = out / s.application_id
        folder.mkdir()
        (folder / "aanvraag.json").write_text(json.dumps(s.aanvraag, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        rng = random.Random(f"woondossier-sample-render:{index}")
        for item in s.files:
            outputs = [(item.name, item.data)] if isinstance(item, RawFile) else render(item, rng)
            for name, data in outputs:
                (folder / name).write_bytes(data)
    (out / "register.csv").write_text(register_csv(scenarios), encoding="utf-8")
    expected = {
        s.application_id: {"type": s.type, "corporation": s.corporation, "decision": s.decision, "checks": s.checks, "note": s.note}
        for s in scenarios
    }
    expected_path.write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return scenarios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("samples/inbox"))
    parser.add_argument("--expected", type=Path, default=Path("samples/inbox.expected.json"))
    args = parser.parse_args()
    scenarios = build(args.out, args.expected)
    print(f"{len(scenarios)} applications written to {args.out}")


if __name__ == "__main__":
    main()

