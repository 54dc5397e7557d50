"""The blind generator's layouts, one module per contract doc type (plus `unknown`).

Each module has `DOC_TYPE`, `LAYOUTS` (name -> function(Ctx) -> (html, truth)),
`HELDOUT`, the layouts that appear only in the held-out split, `FRESH`, the layouts
that appear only in the fresh split (and in neither dev nor held-out), `FRESH2`, the
layouts that appear only in the fresh2 split (and in no other), `FRESH3`, the layouts
that appear only in the fresh3 split (and in no other), `FRESH4`, the layouts that appear
only in the fresh4 split (and in no other), `FRESH5`, the layouts that appear only in the fresh5 split (and in no other), `FRESH6`, the layouts that appear
only in the fresh6 split (and in no other), `FRESH7`, the layouts that appear only in the fresh7 split (and in no other), `FRESH8`,
the layouts that appear only in the fresh8 split (and in no other), `FRESH9`, the layouts that appear only in the fresh9 split
(and in no other), `FRESH10`, the layouts that appear only in the fresh10 split (and in no other), `FRESH11`, the layouts
that appear only in the fresh11 split (and in no other), `FRESH12`, the layouts that appear only in the fresh12 split (and
in no other), `FRESH13`, the layouts that appear only in the fresh13 split (and in no other), `FRESH14`, the layouts that
appear only in the fresh14 split (and in no other), `FRESH15`, the layouts that appear only in the fresh15 split (and in no
other), `FRESH16`, the layouts that appear only in the fresh16 split (and in no other), `FRESH17`, the layouts that appear
only in the fresh17 split (and in no other), `FRESH18`, the layouts that appear only in the fresh18 split (and in no other),
`FRESH19`, the layouts that appear only in the fresh19 split (and in no other), `FRESH20`, the layouts that appear only in the
fresh20 split (and in no other), `FRESH21`, the layouts that appear only in the fresh21 split (and in no other), `FRESH22`, the
layouts that appear only in the fresh22 split (and in no other), `FRESH23`, the layouts that appear only in the fresh23 split (and in
no other), `FRESH24`, the layouts that appear only in the fresh24 split (and in no other), `FRESH25`, the layouts that appear only
in the fresh25 split (and in no other), `FRESH26`, the layouts that appear only in the fresh26 split (and in no other), `FRESH27`,
the layouts that appear only in the fresh27 split (and in no other), `FRESH28`, the layouts that appear only in the fresh28 split (and
in no other), `FRESH29`, the layouts that appear only in the fresh29 split (and in no other), `FRESH30`, the layouts that
appear only in the fresh30 split (and in no other), `FRESH31`, the layouts that appear only in the fresh31 split (and in no other),
and `FRESH32`, the layouts that appear only in the fresh32 split (and in no other).
"""

from samples.blind.layouts import (
    arbeidsovereenkomst,
    bankafschrift,
    brp_uittreksel,
    huisbewaring_aanvraag,
    huurovereenkomst_onderhuur,
    inkomensverklaring,
    mantelzorgverklaring,
    unknown,
)

MODULES = {m.DOC_TYPE: m for m in (brp_uittreksel, inkomensverklaring, bankafschrift, mantelzorgverklaring,
                                   huisbewaring_aanvraag, huurovereenkomst_onderhuur, arbeidsovereenkomst, unknown)}  # fmt: skip
