"""Benchmark `careers import` and the load of the catalogues it installs.

    python bench/imports.py --esco DIR [--fr-labels DIR] --onet DIR [--wages FILE]

Each import runs as a whole process pinned to one CPU core (``sched_setaffinity``),
timed from outside with its peak memory; then, on the installed catalogue, with today's
loader and cache: the first ``list`` (parse, validate, write the cache), a warm ``list``
and a warm ``show`` (median of ``--runs``); then, with both installed, ``profile
from-occupation`` from each and ``show ROLE --official``. The user directory and the cache live in a
temporary directory. The paths are the full downloads (the project's shared copy in
development); the test suite runs this script on the small fixtures only.
"""

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import careers_command, run_once  # noqa: E402


def pinned(cmd: list[str]) -> list[str]:
    """The command run on one core (the first this process may use)."""
    if not hasattr(os, "sched_setaffinity"):
        return cmd
    core = min(os.sched_getaffinity(0))
    code = "import os, sys; os.sched_setaffinity(0, {%d}); os.execvp(sys.argv[1], sys.argv[1:])"
    return [sys.executable, "-c", code % core, *cmd]


def measure(label: str, cmd: list[str], env: dict[str, str], runs: int) -> dict[str, object]:
    times, peaks = [], []
    cpus = []
    for _ in range(runs):
        elapsed, peak, cpu = run_once(cmd, env)
        times.append(elapsed)
        peaks.append(peak)
        cpus.append(cpu)
    return {
        "command": label,
        "median_s": round(statistics.median(times), 3),
        "median_cpu_s": round(statistics.median(cpus), 3),
        "runs": runs,
        "peak_rss_mib": round(max(peaks) / 1024, 1),
    }


def bench_one(
    name: str, args: list[str], role: str, base: list[str], env: dict[str, str], runs: int
) -> list[dict[str, object]]:
    rows = [measure(f"import {name} (one core)", pinned([*base, "import", name, *args]), env, 1)]
    cache = Path(env["CAREERS_HOME"]) / "cache"
    for item in cache.glob("*") if cache.is_dir() else []:
        item.unlink()
    listing = [*base, "list", "--catalog", name]
    rows.append(measure(f"list --catalog {name} (first load)", listing, env, 1))
    rows.append(measure(f"list --catalog {name} (warm)", listing, env, runs))
    for label, argv in warm_commands(role, name, base, env).items():
        rows.append(measure(f"{label} --catalog {name} (warm)", argv, env, runs))
    manifest = json.loads((Path(env["CAREERS_HOME"]) / "catalogues" / f"{name}.json").read_text())
    size = (Path(env["CAREERS_HOME"]) / "catalogues" / f"{name}.yaml").stat().st_size
    rows[0]["counts"] = manifest["counts"]
    rows[0]["catalogue_mib"] = round(size / 2**20, 1)
    return rows


def bench_mapping(
    args: argparse.Namespace, base: list[str], env: dict[str, str]
) -> list[dict[str, object]]:
    """With the taxonomies installed: `profile from-occupation` from each (saving, in the
    temporary home) and `show ROLE --official` beside both, warm."""
    run_once([*base, "list"], env)  # the bundled catalogue, cached: the runs below are warm
    rows = []
    for name, role in (("esco", args.esco_role), ("onet", args.onet_role)):
        if getattr(args, name):
            cmd = [*base, "profile", "from-occupation", role, "--catalog", name, "--yes"]
            label = f"profile from-occupation {role} --catalog {name} (warm)"
            rows.append(measure(label, cmd, env, args.runs))
    official = [*base, "show", args.official_role, "--official"]
    rows.append(measure(f"show {args.official_role} --official (warm)", official, env, args.runs))
    return rows


def warm_commands(
    role: str, name: str, base: list[str], env: dict[str, str]
) -> dict[str, list[str]]:
    """The commands of issue 16's budgets on an installed catalogue: on ``role``, its
    first skill, a word of its name, five of its skills as a profile, and the path to
    the farthest of its 30 closest roles that `path` counts as a neighbour."""
    import subprocess

    def json_of(*args: str) -> Any:
        cmd = [*base, *args, "--catalog", name, "--format", "json"]
        return json.loads(subprocess.run(cmd, env=env, capture_output=True, check=True).stdout)

    shown = json_of("show", role)
    skills = [s["id"] for s in shown["skills"]]
    profile = ", ".join(f"{s}:3" for s in skills[:5])
    near = json_of("similar", role, "--top", "30")["similar"]
    linked = [n for n in near if n["overlap"] >= 0.25]  # neighbours in the graph of `path`
    far = (linked or near[:1])[-1]["id"]
    # the closest role's overlap, rounded down: the JSON's figure is rounded, and a floor
    # rounded up would leave that role out of the graph
    floor = math.floor(near[0]["overlap"] * 1000) / 1000
    reach = [] if linked else ["--min-overlap", str(floor)]
    word = shown["name"]["en"].split()[0]
    cat = ["--catalog", name]
    return {
        f"show {role}": [*base, "show", role, *cat],
        f"skill {skills[0]}": [*base, "skill", skills[0], *cat],
        f"search {word}": [*base, "search", word, *cat],
        "match (5 skills, --top 10)": [*base, "match", "--skills", profile, "--top", "10", *cat],
        f"similar {role}": [*base, "similar", role, *cat],
        f"gap {role} (5 skills)": [*base, "gap", role, "--skills", profile, *cat],
        f"path {role} {far}": [*base, "path", role, far, *reach, *cat],
        "list": [*base, "list", *cat],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark careers import (whole processes).")
    parser.add_argument("--esco", help="folder of the ESCO CSV download")
    parser.add_argument("--fr-labels", help="folder of an ESCO French export")
    parser.add_argument("--esco-role", default="accountant")
    parser.add_argument("--onet", help="folder of the O*NET database text files")
    parser.add_argument("--wages", help="BLS OEWS national CSV")
    parser.add_argument("--onet-role", default="accountants-and-auditors")
    parser.add_argument("--official-role", default="statistician", help="for show --official")
    parser.add_argument("--runs", type=int, default=5, help="runs per warm command (median)")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    base = careers_command(args.python)
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="careers-bench-import-") as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERS_")}
        env.update(CAREERS_HOME=home, XDG_CACHE_HOME=str(Path(home) / "xdg"), COLUMNS="100")
        if args.esco:
            extra = ["--fr-labels", args.fr_labels] if args.fr_labels else []
            rows += bench_one("esco", [args.esco, *extra], args.esco_role, base, env, args.runs)
        if args.onet:
            extra = ["--wages", args.wages] if args.wages else []
            rows += bench_one("onet", [args.onet, *extra], args.onet_role, base, env, args.runs)
        if rows:
            rows += bench_mapping(args, base, env)
    if not rows:
        parser.error("give --esco DIR and/or --onet DIR")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "imports.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print("| command | median (s) | CPU (s) | runs | peak RSS (MiB) |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['command']} | {row['median_s']} | {row['median_cpu_s']} | {row['runs']} "
            f"| {row['peak_rss_mib']} |"
        )
    for row in rows:
        if "counts" in row:
            print(f"{row['command']}: {row['counts']}, {row['catalogue_mib']} MiB of YAML")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
