"""The one list of extractor modules, each reading one contract doc_type."""

from __future__ import annotations

from woondossier.model import DocType

from . import Extractor

# The registry. Order only breaks exact ties in score; every module is asked every time.
from . import (
    arbeidsovereenkomst,
    bankafschrift,
    brp_uittreksel,
    huisbewaring_aanvraag,
    huurovereenkomst_onderhuur,
    inkomensverklaring,
    mantelzorgverklaring,
)

EXTRACTORS: tuple[Extractor, ...] = (
    brp_uittreksel,
    inkomensverklaring,
    huurovereenkomst_onderhuur,
    mantelzorgverklaring,
    huisbewaring_aanvraag,
    arbeidsovereenkomst,
    bankafschrift,
)
BY_TYPE: dict[DocType, Extractor] = {module.DOC_TYPE: module for module in EXTRACTORS}

