"""A second, blind generator of test documents (issue 17).

Written from CONTRACT.md, the issue's list of variation and public descriptions of
real Dutch documents, by an author who has not read the extractors. HTML/CSS layouts
rendered by WeasyPrint (`layouts/`, `render.py`), people and places as data
(`data/`, `people.py`), scans degraded by augraphy and phone photos (`render.py`),
`dev`, `heldout`, `fresh`, `fresh2`, `fresh3`, `fresh4`, `fresh5`, `fresh6`, `fresh7`, `fresh8`, `fresh9`, `fresh10`, `fresh11`, `fresh12`, `fresh13`, `fresh14`, `fresh15`, `fresh16`, `fresh17`, `fresh18`, `fresh19`, `fresh20`, `fresh21`, `fresh22`, `fresh23`, `fresh24`, `fresh25`, `fresh26`, `fresh27`, `fresh28`, `fresh29`, `fresh30`, `fresh31` and `fresh32` splits (`corpus.py`).

    .venv/bin/python -m samples.blind --split dev --out /tmp/blind-dev
"""
