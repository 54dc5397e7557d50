"""The three loaders: policy files (CONTRACT.md §6), register.csv and aanvraag.json (§2).

What a broken input does must be clear: a register cell that is not in the column's
vocabulary is a `RegisterError` naming the row and column; an empty cell is unknown.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from validators import COLUMNS, available_policies, load_application, load_policy, load_register
from validators.policy import parse_policy
from woondossier.errors import ApplicationError, PolicyError, RegisterError

# --- policies ---------------------------------------------------------------------------

SECTION_6 = {
    # parameter: (alliantie, kennemer_wonen, woonopmaat, generic)
    "brp_max_age_months": (3, 3, 3, 3),
    "cohabitation_years": (2, 2, 2, 2),
    "max_rent_share": (Decimal("0.40"),) * 4,
    "single_lodging": (False, True, False, True),
    "renovation_blocks": (False, True, False, True),
    "first_two_years_family_only": (True, False, False, False),
    "house_sitting_min_absence_months": (3, 3, 2, 3),
    "house_sitting_max_months": (12, 12, 12, 12),
    "house_sitting_notice_weeks": (4, 4, 4, 4),
    "house_sitting_min_tenancy_years": (None, None, 2, None),
    "sitter_rules": (False, False, True, True),
}
ORDER = ("alliantie", "kennemer_wonen", "woonopmaat", "generic")


def test_the_four_policies_ship():
    assert available_policies() == ("alliantie", "generic", "kennemer_wonen", "woonopmaat")


@pytest.mark.parametrize("parameter", SECTION_6)
def test_policy_numbers_match_section_6(parameter):
    assert tuple(getattr(load_policy(name), parameter) for name in ORDER) == SECTION_6[parameter]


@pytest.mark.parametrize("name", ORDER)
def test_policy_occupancy_table_and_fixed_numbers(name):
    policy = load_policy(name)
    assert policy.max_occupancy == {1: 1, 2: 2, 3: 3, 4: 5, 5: 7}
    assert policy.max_occupancy_extra_per_room == 2
    assert (policy.family_only_years, policy.house_sitting_once_per_years, policy.sitter_min_age) == (2, 5, 18)
    assert 0 < policy.field_confidence_threshold < 1
    assert policy.name == name


def test_policy_is_frozen():
    with pytest.raises(ValueError):
        load_policy("generic").brp_max_age_months = 6


@pytest.mark.parametrize("name", ["de_alliantie", "", "../generic", "Generic"])
def test_unknown_policy_is_a_policy_error(name):
    with pytest.raises(PolicyError, match="unknown policy"):
        load_policy(name)


def _generic_text() -> str:
    return (Path(__file__).resolve().parents[2] / "validators" / "policies" / "generic.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        pytest.param(lambda t: t.replace("brp_max_age_months = 3", "brp_max_age_maanden = 3"), "brp_max_age_maanden",
                     id="misspelt-key"),  # fmt: skip
        pytest.param(lambda t: t.replace("brp_max_age_months = 3", "brp_max_age_months = -1"), "brp_max_age_months",
                     id="negative-number"),  # fmt: skip
        pytest.param(lambda t: t.replace("single_lodging = true", "single_lodging = \"ja\""), "single_lodging",
                     id="not-a-boolean"),  # fmt: skip
        pytest.param(lambda t: t.replace("max_rent_share = 0.40", "max_rent_share = 1.5"), "max_rent_share",
                     id="share-above-one"),  # fmt: skip
        pytest.param(lambda t: t.replace("3 = 3\n", ""), "without gaps", id="gap-in-occupancy-table"),
        pytest.param(lambda t: t.replace("4 = 5", "4 = 2"), "never fewer", id="shrinking-occupancy"),
        pytest.param(lambda t: t.replace("house_sitting_min_absence_months = 3", "house_sitting_min_absence_months = 12"),
                     "below house_sitting_max_months", id="min-absence-not-below-max"),  # fmt: skip
        pytest.param(lambda t: "name = \"x\"\n" + t, "must not set 'name'", id="sets-its-name"),
        pytest.param(lambda t: t + "\n[[broken\n", "not valid TOML", id="bad-toml"),
    ],
)
def test_invalid_policy_file_is_a_policy_error_naming_the_problem(edit, message):
    with pytest.raises(PolicyError, match=message) as caught:
        parse_policy("generic", edit(_generic_text()))
    assert caught.value.file == "generic.toml"


def test_unedited_policy_text_parses():
    assert parse_policy("generic", _generic_text()) == load_policy("generic")


# --- register.csv ---------------------------------------------------------------------

HEADER = ",".join(COLUMNS)
GOOD = "T-1,Jan de Vries,Kerkstraat,12,1012AB,Amsterdam,3,1040.00,2015-06-01,false,false,false,false,false,,false"
GOOD_2 = GOOD.replace("T-1,", "T-2,", 1)


def _write(tmp_path: Path, *lines: str, name: str = "register.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cell(line: str, column: str, value: str) -> str:
    """`line` (of unquoted cells) with `column` set to `value`, quoted when it holds a comma."""
    cells = line.split(",")
    cells[COLUMNS.index(column)] = f'"{value}"' if "," in value else value
    return ",".join(cells)


def test_register_loads_typed_values(tmp_path):
    register = load_register(_write(tmp_path, HEADER, GOOD, GOOD_2))
    assert len(register) == 2
    first = register.get("T-1")
    assert first.rooms == 3 and first.monthly_rent == Decimal("1040.00")
    assert first.lease_start == date(2015, 6, 1)
    assert first.rent_arrears is False and first.last_house_sitting_end is None
    assert register.get("T-9") is None and register.get(None) is None


def test_register_normalises_postcode_house_number_case_and_spaces(tmp_path):
    line = _cell(_cell(_cell(GOOD, "postcode", "1012 ab"), "house_number", " 12 a"), "rent_arrears", " TRUE")
    first = load_register(_write(tmp_path, HEADER, line)).get("T-1")
    assert (first.postcode, first.house_number, first.rent_arrears) == ("1012AB", "12A", True)


@pytest.mark.parametrize(
    "column", ["rent_arrears", "nuisance_file", "fraud_file", "renovation_urgency", "active_lodging",
               "major_maintenance_planned", "rooms", "monthly_rent", "lease_start", "last_house_sitting_end"],  # fmt: skip
)
def test_register_empty_cell_is_unknown(tmp_path, column):
    register = load_register(_write(tmp_path, HEADER, _cell(GOOD, column, "")))
    assert getattr(register.get("T-1"), column) is None


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("rent_arrears", "ja"), ("nuisance_file", "1"), ("fraud_file", "yes"), ("active_lodging", "nee"),
        ("major_maintenance_planned", "f"), ("renovation_urgency", "onbekend"),
        ("lease_start", "01-06-2015"), ("lease_start", "2015-02-30"), ("last_house_sitting_end", "2020/01/01"),
        ("monthly_rent", "1.040,00"), ("monthly_rent", "-5.00"), ("monthly_rent", "€1040"),
        ("rooms", "0"), ("rooms", "3.5"), ("rooms", "drie"),
        ("postcode", "ABCD12"), ("house_number", "twaalf"),
    ],
)
def test_register_bad_cell_names_row_and_column(tmp_path, column, value):
    path = _write(tmp_path, HEADER, GOOD_2, _cell(GOOD, column, value))
    with pytest.raises(RegisterError) as caught:
        load_register(path)
    error = caught.value
    assert (error.row, error.column, error.file) == (3, column, str(path))
    assert f"row 3, column {column}" in str(error) and repr(value) in str(error)


def test_register_row_numbers_count_blank_lines(tmp_path):
    path = _write(tmp_path, HEADER, GOOD_2, "", _cell(GOOD, "rent_arrears", "ja"))
    with pytest.raises(RegisterError, match="row 4, column rent_arrears"):
        load_register(path)


def test_register_skips_blank_lines(tmp_path):
    assert len(load_register(_write(tmp_path, HEADER, "", GOOD, " , ,", GOOD_2))) == 2


@pytest.mark.parametrize(
    ("lines", "row", "column", "message"),
    [
        pytest.param((HEADER, GOOD, GOOD), 3, "tenancy_id", "appears twice", id="duplicate-tenancy"),
        pytest.param((HEADER, _cell(GOOD, "tenancy_id", "")), 2, "tenancy_id", "every row needs", id="no-tenancy-id"),
        pytest.param((HEADER, GOOD.rsplit(",", 1)[0]), 2, "major_maintenance_planned", "15 cells", id="short-row"),
        pytest.param((HEADER, GOOD.rsplit(",", 3)[0]), 2, "active_lodging", "13 cells", id="three-cells-short"),
        pytest.param((HEADER, GOOD + ",x"), 2, "major_maintenance_planned", "17 cells", id="extra-cell"),
        pytest.param((HEADER.replace("rooms", "kamers"),), 1, "kamers", "unknown column", id="unknown-column"),
        pytest.param((HEADER.replace(",rooms", ""),), 1, "rooms", "missing column", id="missing-column"),
        pytest.param((HEADER + ",rooms",), 1, "rooms", "appear twice", id="duplicate-column"),
    ],
)
def test_register_structure_errors_name_row_and_column(tmp_path, lines, row, column, message):
    with pytest.raises(RegisterError, match=message) as caught:
        load_register(_write(tmp_path, *lines))
    assert (caught.value.row, caught.value.column) == (row, column)


def test_register_trailing_comma_is_not_a_shifted_column(tmp_path):
    # pandas would turn the first column into an index here and shift every value.
    register = load_register(_write(tmp_path, HEADER, GOOD + ",", GOOD_2 + ","))
    assert register.get("T-1").tenant_name == "Jan de Vries" and register.get("T-1").major_maintenance_planned is False


def test_register_header_only_is_an_empty_register(tmp_path):
    assert len(load_register(_write(tmp_path, HEADER))) == 0


def test_register_with_byte_order_mark_and_crlf(tmp_path):
    path = tmp_path / "register.csv"
    path.write_bytes(("\ufeff" + HEADER + "\r\n" + GOOD + "\r\n").encode("utf-8"))
    assert load_register(path).get("T-1").city == "Amsterdam"


def test_register_quoted_cell_with_comma(tmp_path):
    line = _cell(GOOD, "tenant_name", "Vries, Jan de")
    assert load_register(_write(tmp_path, HEADER, line)).get("T-1").tenant_name == "Vries, Jan de"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"", "is empty", id="empty-file"),
        pytest.param(b"\n\n", "is empty", id="blank-lines-only"),
        pytest.param((HEADER + "\n" + GOOD.replace("Jan", "J\xe1n") + "\n").encode("latin-1"), "not UTF-8", id="latin-1"),
    ],
)
def test_register_unusable_file(tmp_path, content, message):
    path = tmp_path / "register.csv"
    path.write_bytes(content)
    with pytest.raises(RegisterError, match=message):
        load_register(path)


def test_register_missing_file_or_folder(tmp_path):
    with pytest.raises(RegisterError, match="does not exist"):
        load_register(tmp_path / "nope.csv")
    with pytest.raises(RegisterError, match="is a folder"):
        load_register(tmp_path)


# --- aanvraag.json ---------------------------------------------------------------------

AANVRAAG = {
    "application_id": "A-2026-000123", "type": "medehuur", "corporation": "alliantie", "tenancy_id": "T-10023",
    "submitted_on": "2026-11-02", "tenant_name": "Jan de Vries", "applicant_name": "Fatima El Amrani",
    "applicant_relationship": "partner",
}  # fmt: skip


def _aanvraag(tmp_path: Path, data: object = None, text: str | None = None) -> Path:
    path = tmp_path / "aanvraag.json"
    path.write_text(text if text is not None else json.dumps(AANVRAAG if data is None else data), encoding="utf-8")
    return path


def test_application_loads(tmp_path):
    application = load_application(_aanvraag(tmp_path))
    assert application.type.value == "medehuur" and application.corporation.value == "alliantie"
    assert application.submitted_on == date(2026, 11, 2)
    assert application.applicant_relationship.value == "partner"


def test_application_optional_fields_and_extra_keys(tmp_path):
    data = {**AANVRAAG, "tenancy_id": "", "applicant_name": "  ", "portal_version": 7}
    del data["applicant_relationship"]
    application = load_application(_aanvraag(tmp_path, data))
    assert (application.tenancy_id, application.applicant_name, application.applicant_relationship) == (None, None, None)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        pytest.param({"type": "medehuurder"}, "type", id="unknown-type"),
        pytest.param({"type": None}, "type", id="type-null"),
        pytest.param({"corporation": "ymere"}, "corporation", id="unknown-corporation"),
        pytest.param({"applicant_relationship": "neighbour"}, "applicant_relationship", id="unknown-relationship"),
        pytest.param({"submitted_on": "02-11-2026"}, "submitted_on", id="date-not-iso"),
        pytest.param({"submitted_on": "2026-11-02T10:00"}, "submitted_on", id="timestamp"),
        pytest.param({"submitted_on": "2026-02-30"}, "submitted_on", id="no-such-day"),
        pytest.param({"submitted_on": None}, "submitted_on", id="date-null"),
        pytest.param({"application_id": " "}, "application_id is empty", id="empty-id"),
    ],
)
def test_application_invalid_value_is_an_application_error(tmp_path, change, message):
    with pytest.raises(ApplicationError, match=message) as caught:
        load_application(_aanvraag(tmp_path, {**AANVRAAG, **change}))
    assert caught.value.file.endswith("aanvraag.json")


@pytest.mark.parametrize("key", ["application_id", "type", "corporation", "submitted_on"])
def test_application_missing_key_is_named(tmp_path, key):
    data = {k: v for k, v in AANVRAAG.items() if k != key}
    with pytest.raises(ApplicationError, match=f"{key} is missing"):
        load_application(_aanvraag(tmp_path, data))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param('{"application_id": "A-1",', "not valid JSON", id="truncated"),
        pytest.param("", "not valid JSON", id="empty"),
        pytest.param("[1, 2]", "one JSON object", id="array"),
        pytest.param('"medehuur"', "one JSON object", id="string"),
    ],
)
def test_application_invalid_json_is_an_application_error(tmp_path, text, message):
    with pytest.raises(ApplicationError, match=message):
        load_application(_aanvraag(tmp_path, text=text))


def test_application_missing_or_not_utf8(tmp_path):
    with pytest.raises(ApplicationError, match="is missing"):
        load_application(tmp_path / "aanvraag.json")
    path = tmp_path / "aanvraag.json"
    path.write_bytes(json.dumps({**AANVRAAG, "tenant_name": "Jan de Vri\u00ebs"}, ensure_ascii=False).encode("latin-1"))
    with pytest.raises(ApplicationError, match="UTF-8"):
        load_application(path)


# --- register.csv: a quote at the start of a cell (issue 20) ---------------------------


def _rows(count: int) -> list[str]:
    return [GOOD.replace("T-1,", f"T-{n},", 1) for n in range(1, count + 1)]


def test_register_quote_opened_and_never_closed_is_refused_at_its_row(tmp_path):
    # On b0e8589 this made 33 of 34 rows silently disappear and later row numbers shift.
    rows = _rows(34)
    rows[0] = rows[0].replace(",Jan de Vries,", ',"Jan de Vries,', 1)
    with pytest.raises(RegisterError, match="a quote opens a cell") as caught:
        load_register(_write(tmp_path, HEADER, *rows))
    assert caught.value.row == 2


@pytest.mark.parametrize(
    "name", ['"Jan" de Vries', '"Jan de Vries"', '"""Jan"" de Vries"'], ids=["quote-closed-mid-cell", "quoted", "doubled-quotes"]
)
def test_register_quote_at_the_start_of_a_cell_never_drops_a_row(tmp_path, name):
    rows = _rows(34)
    rows[0] = rows[0].replace(",Jan de Vries,", f",{name},", 1)
    register = load_register(_write(tmp_path, HEADER, *rows))
    assert len(register) == 34 and "Jan" in register.get("T-1").tenant_name
    assert register.get("T-34").tenant_name == "Jan de Vries"


def test_register_loads_every_row_the_csv_module_reads(tmp_path):
    import csv

    rows = _rows(5)
    rows[2] = rows[2].replace(",Kerkstraat,", ',"Kerk""straat",', 1)
    path = _write(tmp_path, HEADER, *rows)
    with path.open(encoding="utf-8", newline="") as handle:
        read = [r[0] for r in csv.reader(handle)][1:]
    assert sorted(load_register(path).rows) == sorted(read)
