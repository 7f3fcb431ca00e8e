"""Measure skill extraction and role identification on real, public job ads.

    python bench/quality/evaluate.py              # texts already in bench/quality/texts/
    python bench/quality/evaluate.py --fetch      # fetch missing texts from their sources
    python bench/quality/evaluate.py --details    # also list each ad's misses and extras
    python bench/quality/evaluate.py --json out.json
    python bench/quality/evaluate.py --check-cli  # compare ranks with the careers CLI

The ads are other people's words, so the repository holds only where they are
(``sources.txt``: file, language, ``github:OWNER/REPO:PATH@COMMIT``, length in
characters), what a careful reader sees each one ask for (``labels.csv``: file, skill id
of ``data/roles.yaml``, the ad's own evidence words) and the role it is for
(``roles.csv``: file, language, role id, ``dev`` or ``heldout``, and a note when the ad's
role is missing from the catalogue and was mapped to the closest one).

Texts live in ``bench/quality/texts/`` (ignored by git). A missing text is fetched from
``raw.githubusercontent.com`` at the recorded commit when ``--fetch`` is given and the
network allows (plain urllib); otherwise a developer can place the file there by hand.
A text whose length differs from the recorded one is reported (and still used).

For each ad the script runs the tool's own skill finder (``careers_cli.cv`` when it
exists, else ``careers_cli.profile``) and ``careers_cli.matching.match`` on the levels the
finder gives, as ``careers match --from-text AD`` does, given also the roles the ad names
in its title (``careers_cli.cv.named_groups``, in older trees ``roles_named``, when the
tool has it; ``--no-names`` leaves them out, as the CLI still does), then prints:

* skill precision and recall, micro-averaged over ads; recall counts only in-scope labels
  (skills the loaded catalogue has);
* the rank of the ad's expected role, the share of ads whose role is first and in the top 3;
* the time per ad (finding skills plus matching, catalogue loading excluded);

for all ads, for the ``dev`` and ``heldout`` splits and for each language.
``--split dev`` (or ``heldout``) measures that split's ads only: the per-ad lines, the
``--details`` and the figures (the split and its languages) are of that split alone, so
tuning on ``dev`` never shows a held-out ad.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TEXTS = HERE / "texts"
RAW_URL = "https://raw.githubusercontent.com/{repo}/{commit}/{path}"


# --------------------------------------------------------------------------- the set


@dataclass
class Ad:
    file: str
    language: str
    source: str  # github:OWNER/REPO:PATH@COMMIT
    length: int
    role: str = ""
    split: str = "dev"
    labels: dict[str, str] = field(default_factory=dict)  # skill id -> evidence


def read_set(folder: Path = HERE) -> list[Ad]:
    ads: dict[str, Ad] = {}
    for line in (folder / "sources.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, language, source, length = line.split("\t")
        ads[name] = Ad(name, language, source, int(length))
    with open(folder / "roles.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ad = ads[row["file"]]
            ad.role, ad.split = row["role"], row["split"]
    with open(folder / "labels.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ads[row["file"]].labels[row["skill"]] = row["evidence"]
    return list(ads.values())


def raw_url(source: str) -> str:
    """``github:OWNER/REPO:PATH@COMMIT`` -> the raw file at that commit."""
    if not source.startswith("github:"):
        raise ValueError(f"unknown source kind: {source}")
    where, commit = source[len("github:") :].rsplit("@", 1)
    repo, path = where.split(":", 1)
    quoted = urllib.parse.quote(path)
    return RAW_URL.format(repo=repo, commit=commit, path=quoted)


def fetch(url: str, timeout: float = 20.0) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 (https only)
        data: bytes = response.read()
    return data


def ensure_texts(ads: Sequence[Ad], texts: Path, do_fetch: bool) -> list[str]:
    """Fetch the missing texts when asked; return messages about texts still missing or
    of another length than recorded."""
    texts.mkdir(exist_ok=True)
    problems = []
    for ad in ads:
        path = texts / ad.file
        if not path.exists() and do_fetch:
            try:
                path.write_bytes(fetch(raw_url(ad.source)))
            except (urllib.error.URLError, OSError, ValueError) as e:
                problems.append(f"{ad.file}: could not fetch {raw_url(ad.source)} ({e})")
                continue
        if not path.exists():
            problems.append(f"{ad.file}: missing (use --fetch, or place it in {texts})")
            continue
        length = len(read_text(path))
        if length != ad.length:
            problems.append(f"{ad.file}: {length} characters, {ad.length} recorded")
    return problems


def read_text(path: Path) -> str:
    # As the CLI does for --from-text: bytes decoded as UTF-8, line ends kept.
    return path.read_bytes().decode("utf-8")


# --------------------------------------------------------------------------- the tool


def extractor() -> tuple[str, Callable[[Any, str], Any], Callable[[Any], dict[str, int]]]:
    """The tool's skill finder: careers_cli.cv if it exists, else careers_cli.profile."""
    for name in ("careers_cli.cv", "careers_cli.profile"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        find = getattr(module, "find_skills", None)
        if find is None:
            continue
        to_levels = getattr(module, "levels_from_text", None)
        if to_levels is None:

            def to_levels(found: Any) -> dict[str, int]:
                return {skill_id(f): 3 for f in found}

        return name, find, to_levels
    raise SystemExit("no skill finder found (careers_cli.cv or careers_cli.profile)")


def skill_id(found: Any) -> str:
    return found if isinstance(found, str) else str(found.skill_id)


def match_options(matching: Any, by: str) -> Any:
    """Default match options; with ``by`` when the tool offers a choice of ordering."""
    options = matching.MatchOptions
    fields = getattr(options, "_fields", ())
    return options(by=by) if "by" in fields else options()


@dataclass
class Result:
    ad: Ad
    found: list[str]
    in_scope: set[str]
    ranking: list[str]
    seconds: float

    @property
    def true_positives(self) -> set[str]:
        return set(self.found) & set(self.ad.labels)

    @property
    def rank(self) -> int | None:
        return self.ranking.index(self.ad.role) + 1 if self.ad.role in self.ranking else None


def title_roles(index: Any, text: str, use: bool) -> tuple[Any, ...]:
    """The roles the ad names in its title, when the tool reads them and ``use`` is set
    (``careers_cli.cv.named_groups``: groups of roles named side by side; in older trees
    ``roles_named``: role ids); else none."""
    if not use:
        return ()
    cv = importlib.import_module("careers_cli.cv")
    find = getattr(cv, "named_groups", None) or getattr(cv, "roles_named", None)
    return tuple(find(index, text)) if find is not None else ()


def evaluate(
    ads: Sequence[Ad], texts: Path, by: str, names: bool = True
) -> tuple[str, float, list[Result]]:
    sys.path.insert(0, str(ROOT))
    from careers_cli import catalogue, matching

    start = time.perf_counter()
    index = catalogue.load(None, use_cache=False)  # the bundled catalogue; no cache written
    load_s = time.perf_counter() - start
    known = {s.id for s in index.catalogue.skills}
    name, find, to_levels = extractor()
    options = match_options(matching, by)
    results = []
    for ad in ads:
        text = read_text(texts / ad.file)
        start = time.perf_counter()
        found = find(index, text)
        levels = to_levels(found)
        named = title_roles(index, text, names)
        if named:
            options = options._replace(named=named)
        matches = matching.match(index, levels, options) if levels or named else []
        options = options._replace(named=()) if named else options
        seconds = time.perf_counter() - start
        results.append(
            Result(
                ad,
                [skill_id(f) for f in found],
                {s for s in ad.labels if s in known},
                [m.role.id for m in matches],
                seconds,
            )
        )
    return name, load_s, results


# --------------------------------------------------------------------------- figures


def figures(results: Iterable[Result]) -> dict[str, float | int]:
    results = list(results)
    found = sum(len(r.found) for r in results)
    labels = sum(len(r.in_scope) for r in results)
    hits = sum(len(r.true_positives & r.in_scope) for r in results)
    ranks = [r.rank for r in results]
    times = [r.seconds for r in results]
    return {
        "ads": len(results),
        "labels": labels,
        "found": found,
        "precision": hits / found if found else 0.0,
        "recall": hits / labels if labels else 0.0,
        "first": sum(1 for k in ranks if k == 1) / len(results) if results else 0.0,
        "top3": sum(1 for k in ranks if k is not None and k <= 3) / len(results)
        if results
        else 0.0,
        "mean_s": statistics.fmean(times) if times else 0.0,
        "max_s": max(times, default=0.0),
    }


def groups(results: Sequence[Result], split: str | None = None) -> list[tuple[str, list[Result]]]:
    """Rows of the summary: all ads, each split, each language; with ``split``, only that
    split and its languages."""
    out = [] if split else [("all", list(results))]
    for name in (split,) if split else ("dev", "heldout"):
        out.append((name, [r for r in results if r.ad.split == name]))
    for language in sorted({r.ad.language for r in results}):
        out.append((language, [r for r in results if r.ad.language == language]))
    return out


def report(
    name: str, load_s: float, results: Sequence[Result], details: bool, split: str | None = None
) -> str:
    lines = [f"extractor: {name}.find_skills   catalogue loaded in {load_s:.2f} s", ""]
    lines.append(f"{'ad':44} {'lang':4} {'split':7} {'P':>5} {'R':>5} {'rank':>4}  top 3")
    for r in results:
        tp = len(r.true_positives & r.in_scope)
        p = tp / len(r.found) if r.found else 0.0
        rec = tp / len(r.in_scope) if r.in_scope else 0.0
        rank = str(r.rank) if r.rank is not None else "-"
        top = ", ".join(r.ranking[:3])
        lines.append(
            f"{r.ad.file:44} {r.ad.language:4} {r.ad.split:7} {p:5.2f} {rec:5.2f} {rank:>4}  {top}"
        )
        if details:
            extra = sorted(set(r.found) - set(r.ad.labels))
            missed = sorted(r.in_scope - set(r.found))
            lines.append(f"    expected role: {r.ad.role}")
            lines.append(f"    found, not labelled: {', '.join(extra) or '-'}")
            lines.append(f"    labelled, not found: {', '.join(missed) or '-'}")
    lines.append("")
    lines.append(
        f"{'set':8} {'ads':>4} {'labels':>6} {'P':>5} {'R':>5} {'first':>6} {'top3':>6} "
        f"{'ms/ad':>6} {'max ms':>6}"
    )
    for label, group in groups(results, split):
        f = figures(group)
        lines.append(
            f"{label:8} {f['ads']:4} {f['labels']:6} {f['precision']:5.3f} {f['recall']:5.3f} "
            f"{f['first']:6.2f} {f['top3']:6.2f} {1000 * f['mean_s']:6.1f} "
            f"{1000 * f['max_s']:6.1f}"
        )
    return "\n".join(lines)


def as_json(
    name: str, load_s: float, results: Sequence[Result], split: str | None = None
) -> dict[str, Any]:
    return {
        "extractor": name,
        "catalogue_load_s": load_s,
        "figures": {label: figures(group) for label, group in groups(results, split)},
        "ads": [
            {
                "file": r.ad.file,
                "language": r.ad.language,
                "split": r.ad.split,
                "role": r.ad.role,
                "rank": r.rank,
                "top3": r.ranking[:3],
                "found": r.found,
                "missed": sorted(r.in_scope - set(r.found)),
                "extra": sorted(set(r.found) - set(r.ad.labels)),
                "seconds": r.seconds,
            }
            for r in results
        ],
    }


def cli_ranking(path: Path) -> list[str]:
    """The role ids that ``careers match --from-text PATH`` lists, best first."""
    script = Path(sys.executable).parent / "careers"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "careers_cli"]
    env = {**os.environ, "CAREERS_NO_CACHE": "1"}
    proc = subprocess.run(
        [*command, "match", "--from-text", str(path), "--top", "1000", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip() or f"exit {proc.returncode}")
    return [row["id"] for row in json.loads(proc.stdout)["roles"]]


def check_cli(results: Sequence[Result], texts: Path) -> list[str]:
    """Messages for the ads whose role rank differs between this script and the CLI."""
    messages = []
    for r in results:
        try:
            ranking = cli_ranking(texts / r.ad.file)
        except (RuntimeError, OSError, ValueError, KeyError, subprocess.TimeoutExpired) as e:
            messages.append(f"{r.ad.file}: the CLI failed ({e})")
            continue
        rank = ranking.index(r.ad.role) + 1 if r.ad.role in ranking else None
        if rank != r.rank:
            messages.append(f"{r.ad.file}: rank {r.rank} here, {rank} with the CLI")
    return messages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fetch", action="store_true", help="fetch missing texts")
    parser.add_argument("--details", action="store_true", help="list misses and extras")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--by", default="fit", help="match ordering, when the tool has one")
    parser.add_argument(
        "--check-cli", action="store_true", help="also run the careers CLI and compare ranks"
    )
    parser.add_argument(
        "--no-names",
        action="store_true",
        help="rank by the skills alone, ignoring the roles an ad names in its title",
    )
    parser.add_argument(
        "--split",
        choices=("dev", "heldout"),
        help="measure the ads of this split only (figures, per-ad lines and details)",
    )
    parser.add_argument("--set", type=Path, default=HERE, help="folder of the three lists")
    parser.add_argument("--texts", type=Path, default=TEXTS, help="folder of the ad texts")
    args = parser.parse_args(argv)
    ads = read_set(args.set)
    problems = ensure_texts(ads, args.texts, args.fetch)
    for message in problems:
        print(f"warning: {message}", file=sys.stderr)
    present = [ad for ad in ads if (args.texts / ad.file).exists()]
    missing = len(present) < len(ads)
    if args.split:
        present = [ad for ad in present if ad.split == args.split]
    if not present:
        print("no texts to evaluate", file=sys.stderr)
        return 1
    name, load_s, results = evaluate(present, args.texts, args.by, not args.no_names)
    print(report(name, load_s, results, args.details, args.split))
    if args.json:
        data = as_json(name, load_s, results, args.split)
        args.json.write_text(json.dumps(data, indent=2) + "\n")
    disagreements = check_cli(results, args.texts) if args.check_cli else []
    for message in disagreements:
        print(f"cli: {message}", file=sys.stderr)
    return 1 if missing or disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
