"""python -m samples.blind --split dev|heldout|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13|fresh14|fresh15|fresh16|fresh17|fresh18|fresh19|fresh20|fresh21|fresh22|fresh23|fresh24|fresh25|fresh26|fresh27|fresh28|fresh29|fresh30|fresh31|fresh32 --out DIR [--seed N] [--per-layout K] [--batches B]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samples.blind.corpus import RENDERINGS, SPLITS, generate_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.blind", description="Write a blind test corpus with its truth.")
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, help="default: the split's own seed")
    parser.add_argument("--per-layout", type=int, default=1)
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--renderings", nargs="+", choices=RENDERINGS, default=list(RENDERINGS))
    args = parser.parse_args(argv)
    written = generate_corpus(args.out, args.split, args.seed, args.per_layout, args.renderings, args.batches)
    print(f"{len(written)} files written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
