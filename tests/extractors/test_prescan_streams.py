"""The decompression-bomb prescan ends on every ordinary stream (issue 20's guard, issue 18's files).

A Flate stream that inflates past one read chunk (1 MiB: an embedded font, a scanned
page's image) and is followed by the newline every PDF writes before `endstream` once
kept the prescan turning for ever: zlib keeps that byte as input it will never use. The
reader's child then ran until the file's time bound (minutes for one born-digital page).
Each check runs in its own interpreter with a time limit, so a prescan that does not
end fails the test instead of holding the suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

_MAKE = """
import random, zlib
from extractors import prescan
rng = random.Random({seed})
raw = bytes(rng.getrandbits(8) for _ in range(1 << 16)) * {blocks}
stream = zlib.compress(raw)
"""


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.mark.parametrize("blocks", [17, 33, 49])  # 1, 2 and 3 MiB and a bit
def test_a_stream_larger_than_a_chunk_with_its_newline_is_inflated_once(blocks):
    code = _MAKE.format(seed=blocks, blocks=blocks) + (
        "body = stream + b'\\n'\n"
        "print(prescan._inflates_past(body, 1, 1 << 30), prescan._inflates_past(body, 1, len(raw) - 1))\n"
    )
    assert _run(code) == "False True"


def test_a_pdf_with_a_large_font_stream_is_not_refused(tmp_path: Path):
    path = tmp_path / "font.pdf"
    code = _MAKE.format(seed=7, blocks=40) + (
        "pdf = (b'%PDF-1.7\\n1 0 obj\\n<</Filter /FlateDecode/Length ' + str(len(stream)).encode() + b'>>\\nstream\\n'\n"
        "       + stream + b'\\nendstream\\nendobj\\n%%EOF\\n')\n"
        f"open({str(path)!r}, 'wb').write(pdf)\n"
        f"from pathlib import Path\nprint(prescan.refusal(Path({str(path)!r})))\n"
    )
    assert _run(code) == "None"
