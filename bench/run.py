"""Benchmark careers as users run it: whole processes, timed from outside.

    python bench/run.py                 # full run: 1,000, 5,000 and 10,000 roles
    python bench/run.py --quick         # a tiny run (what the test suite checks)

What it measures (median wall time of N interleaved runs, and peak memory):

* start-up on the bundled catalogue, against two floors measured in the same run:
  ``careers list`` (warm cache) against ``python -c "import typer, rich.console,
  rich.table"``, ``careers --version`` and ``careers --help`` against
  ``python -c "import typer"``;
* on synthetic catalogues of 1,000, 5,000 and 10,000 roles over 20,000 skills
  (``bench/generate.py``): ``show``, ``match`` (20 skills), ``gap`` and ``rank``, each
  cold (the cache of that file deleted first) and warm; and the bare PyYAML C-loader
  parse of the same file, which the cold load is compared with.

* slow paths of issue 10: "did you mean" (``match --skills`` with 1 and with 1,000
  unknown names, typos of real names, on the bundled catalogue and on the first synthetic
  size: the cost per name is the difference divided by 999) and ``search`` with a word
  repeated 14,000 times against the word once.

It prints one table and writes it as JSON (``bench/out/results.json``). The user
directory and the cache live in a temporary directory, so nothing of yours is touched.
"""

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate, grown_skills  # noqa: E402

FLOOR = "import typer, rich.console, rich.table"  # what `careers list` is compared with
TYPER_FLOOR = "import typer"  # what `--version` and `--help` are compared with
YAML_PARSE = (
    "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), "
    "Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))"
)
# issue 16's budgets for a warm command on a large catalogue (seconds) and its peak memory
BUDGETS = {
    "show": 0.2,
    "skill": 0.3,
    "search": 0.3,
    "match": 0.5,
    "similar": 0.5,
    "gap": 0.3,
    "path": 1.0,
    "list": 0.6,
    "rank": 0.6,  # not in the list: held to the list's budget
}
RSS_BUDGET_MIB = 200
# command -> (the floor it is compared with, the largest ratio allowed)
TARGETS = {"list": ("rich", 1.25), "--version": ("typer", 1.1), "--help": ("typer", 1.1)}


def careers_command(python: str) -> list[str]:
    """The installed `careers` script beside the interpreter, else `python -m careers_cli`."""
    script = Path(python).parent / "careers"
    return [str(script)] if script.exists() else [python, "-m", "careers_cli"]


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, int, float]:
    """Wall time (s), peak resident memory (KiB) and CPU time (user + system, s) of one
    process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    assert proc.stderr is not None
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


class Series:
    """Timings of one command."""

    def __init__(self, label: str, cmd: list[str], before: object = None) -> None:
        self.label, self.cmd, self.before = label, cmd, before
        self.times: list[float] = []
        self.rss: list[int] = []
        self.cpu: list[float] = []

    def run(self, env: dict[str, str]) -> None:
        if callable(self.before):
            self.before()
        t, rss, cpu = run_once(self.cmd, env)
        self.times.append(t)
        self.rss.append(rss)
        self.cpu.append(cpu)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    def row(self) -> dict[str, object]:
        return {
            "command": self.label,
            "runs": len(self.times),
            "median_s": round(self.median, 4),
            "min_s": round(min(self.times), 4),
            "median_cpu_s": round(statistics.median(self.cpu), 4),
            "peak_rss_mib": round(max(self.rss) / 1024, 1),
        }


def interleave(series: list[Series], runs: int, env: dict[str, str]) -> None:
    for _ in range(runs):
        for s in series:
            s.run(env)


def machine() -> dict[str, object]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
    }


def time_quietly(cmd: list[str], env: dict[str, str]) -> float:
    """Wall time (s) of one process whose output (maybe large) is thrown away."""
    start = time.perf_counter()
    code = subprocess.call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    elapsed = time.perf_counter() - start
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed ({code})")
    return elapsed


def typos(names: list[str], count: int, seed: int = 10) -> list[str]:
    """Deterministic one-letter typos of real names (none a separator of --skills)."""
    rng = random.Random(seed)
    usable = [n for n in names if len(n) >= 5 and not set(n) & set(",;:")]
    out: list[str] = []
    while len(out) < count:
        name = rng.choice(usable)
        i = rng.randrange(1, len(name))
        out.append(name[:i] + rng.choice("qxzjkw") + name[i + 1 :])
    return out


def slow_paths(
    careers: list[str], catalogues: list[tuple[str, Path | None]], runs: int, env: dict[str, str]
) -> list[dict[str, object]]:
    """Rows for the slow paths of issue 10 (suggestions per name, repeated search words)."""
    sys.path.insert(0, str(ROOT))
    from careers_cli import catalogue

    rows: list[dict[str, object]] = []
    for label, path in catalogues:
        cat = ["--catalog", str(path)] if path else []
        index = catalogue.load(str(path) if path else None, use_cache=False)
        names = typos([s.name.en for s in index.catalogue.skills], 1000)
        known = index.catalogue.skills[0].id  # match needs one skill it knows
        base = [*careers, "match", *cat, "--top", "1", "--skills"]
        time_quietly([*base, f"{known}, {names[0]}"], env)  # the cache of this file
        one: list[float] = []
        many: list[float] = []
        for _ in range(runs):
            one.append(time_quietly([*base, f"{known}, {names[0]}"], env))
            many.append(time_quietly([*base, ", ".join([known, *names])], env))
        t1, t1000 = statistics.median(one), statistics.median(many)
        rows.append(
            {
                "catalogue": label,
                "skills": len(index.catalogue.skills),
                "case": "match --skills, 1 / 1,000 unknown names",
                "median_1_s": round(t1, 4),
                "median_1000_s": round(t1000, 4),
                "per_name_ms": round((t1000 - t1) / 999 * 1000, 4),
            }
        )
    once: list[float] = []
    repeated: list[float] = []
    for _ in range(runs):
        once.append(time_quietly([*careers, "search", "python"], env))
        repeated.append(time_quietly([*careers, "search", "python " * 14000], env))
    rows.append(
        {
            "catalogue": "bundled",
            "case": "search: 'python' once / 14,000 times",
            "median_1_s": round(statistics.median(once), 4),
            "median_14000_s": round(statistics.median(repeated), 4),
        }
    )
    return rows


def skill_name(path: Path, ident: str) -> str:
    """The English name of a skill of a generated catalogue (what `search` looks for: a
    name a user types, a few items hold all its words)."""
    import re

    pattern = re.compile(f'id: {ident}, name: {{en: "([^"]*)"')
    with path.open(encoding="utf-8") as lines:  # line by line: the benchmark stays small,
        for line in lines:  # and so do the children it forks (their peak RSS starts there)
            found = pattern.search(line)
            if found:
                return found.group(1)
    raise AssertionError(ident)


def size_commands(path: Path, size: int, n_skills: int) -> dict[str, list[str]]:
    """The commands timed on a synthetic catalogue (its middle role, 20 skills spread
    over the taxonomy, a skill's name, a path three related roles long)."""
    role = f"r{size // 2:05d}"
    skills = ", ".join(f"s{i * (n_skills // 20):05d}:{1 + i % 5}" for i in range(20))
    return {
        "show": ["show", role],
        "skill": ["skill", f"s{n_skills // 2:05d}"],
        "search": ["search", skill_name(path, f"s{n_skills // 2:05d}")],
        "match": ["match", "--skills", skills, "--top", "10"],
        "similar": ["similar", role],
        "gap": ["gap", role, "--skills", skills],
        "path": ["path", role, f"r{size // 2 + 3:05d}"],  # reachable by related links
        "list": ["list"],
        "rank": ["rank", "--top", "10"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark careers (whole processes).")
    parser.add_argument(
        "--sizes", default="1000,5000,10000", help="role counts of the synthetic catalogues"
    )
    parser.add_argument("--skills", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=10, help="runs per command (median)")
    parser.add_argument(
        "--cold-runs",
        type=int,
        default=None,
        help="runs of cold loads and of the YAML baseline (default: --runs)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a tiny run: 40 roles, 400 skills, 1 run"
    )
    parser.add_argument(
        "--slow-paths-only",
        action="store_true",
        help="skip the per-size tables: start-up and the slow paths of issue 10 only",
    )
    parser.add_argument(
        "--grow",
        action="store_true",
        help="catalogues whose skills, sources and texts grow with the roles (issue 16)",
    )
    parser.add_argument(
        "--warm-only", action="store_true", help="skip the cold loads and the YAML baseline"
    )
    parser.add_argument("--no-slow-paths", action="store_true", help="skip the slow paths")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.skills, args.runs = "40", 400, 1
    cold_runs = args.cold_runs or args.runs
    sizes = [int(s) for s in args.sizes.split(",") if s]
    args.out.mkdir(parents=True, exist_ok=True)

    # Byte-code for the package (an editable install has none until a first import).
    subprocess.run(
        [args.python, "-m", "compileall", "-q", str(ROOT / "careers_cli")],
        check=False,
        capture_output=True,
    )
    home = Path(tempfile.mkdtemp(prefix="careers-bench-"))
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CAREERS_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update({"CAREERS_HOME": str(home), "COLUMNS": "100", "NO_COLOR": "1"})
    careers = careers_command(args.python)
    results: dict[str, object] = {
        "machine": machine(),
        "runs": args.runs,
        "cold_runs": cold_runs,
        "startup": [],
        "sizes": [],
    }
    started = time.perf_counter()
    try:
        run_once([*careers, "list"], env)  # warm the bundled catalogue's cache
        startup = [
            Series("floor: import typer, rich.console, rich.table", [args.python, "-c", FLOOR]),
            Series("floor: import typer", [args.python, "-c", TYPER_FLOOR]),
            Series("list", [*careers, "list"]),
            Series("--version", [*careers, "--version"]),
            Series("--help", [*careers, "--help"]),
        ]
        interleave(startup, args.runs, env)
        floors = {"rich": startup[0].median, "typer": startup[1].median}
        for s in startup:
            row = s.row()
            if s.label in TARGETS:
                floor, limit = TARGETS[s.label]
                row["floor"] = startup[0 if floor == "rich" else 1].label
                row["ratio_to_floor"] = round(s.median / floors[floor], 3)
                row["target"] = limit
                row["ok"] = s.median / floors[floor] <= limit
            results["startup"].append(row)  # type: ignore[attr-defined]

        for size in [] if args.slow_paths_only else sizes:
            n_skills = grown_skills(size) if args.grow else args.skills
            grown = "-grown" if args.grow else ""
            path = args.out / f"roles-{size}-{n_skills}{grown}.yaml"
            if not path.exists():
                path.write_text(generate(size, n_skills, grow=args.grow), encoding="utf-8")
            cat = ["--catalog", str(path)]
            commands = size_commands(path, size, n_skills)
            sys.path.insert(0, str(ROOT))
            from careers_cli import store

            os.environ["CAREERS_HOME"] = str(home)
            os.environ.pop("CAREERS_CACHE_DIR", None)  # the cache goes under that home
            cache_file = store.database_file(str(path))

            def drop_cache(target: Path = cache_file) -> None:
                target.unlink(missing_ok=True)

            baseline = Series("PyYAML C-loader parse", [args.python, "-c", YAML_PARSE, str(path)])
            cold = [
                Series(f"{name} (cold)", [*careers, *argv, *cat], before=drop_cache)
                for name, argv in commands.items()
            ]
            timed = [] if args.warm_only else [baseline, *cold]
            interleave(timed, cold_runs, env)
            run_once([*careers, "rank", "--top", "1", *cat], env)  # make the cache
            warm = [
                Series(f"{name} (warm)", [*careers, *argv, *cat]) for name, argv in commands.items()
            ]
            interleave(warm, args.runs, env)
            rows = []
            for s in [*timed, *warm]:
                row = s.row()
                if s in cold:
                    row["ratio_to_yaml_parse"] = round(s.median / baseline.median, 3)
                    row["ok"] = s.median <= 1.15 * baseline.median
                if s in warm:
                    limit = BUDGETS[s.label.split()[0]]
                    row["target_s"] = limit
                    row["ok"] = s.median <= limit
                    row["cpu_ok"] = statistics.median(s.cpu) <= limit
                if s is not baseline:
                    row["rss_ok"] = max(s.rss) / 1024 <= RSS_BUDGET_MIB
                rows.append(row)
            results["sizes"].append(
                {  # type: ignore[attr-defined]
                    "roles": size,
                    "skills": n_skills,
                    "file_mb": round(path.stat().st_size / 1e6, 1),
                    "rows": rows,
                }
            )
        first = args.out / f"roles-{sizes[0]}-{args.skills}.yaml" if sizes else None
        if args.no_slow_paths:
            first = None
        if first and not first.exists():
            first.write_text(generate(sizes[0], args.skills), encoding="utf-8")
        synthetic = [(f"{sizes[0]:,} roles", first)] if first else []
        if not args.no_slow_paths:
            results["slow_paths"] = slow_paths(
                careers, [("bundled", None), *synthetic], max(1, args.runs // 2), env
            )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    results["elapsed_s"] = round(time.perf_counter() - started, 1)
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(report(results))
    return 0


def machine_line(results: dict[str, object], platform: bool = True) -> str:
    """The machine a report was measured on, as its first line."""
    m = results["machine"]
    assert isinstance(m, dict)
    line = f"Machine: {m['cpu']} ({m['cpus']} CPUs), Python {m['python']}"
    return f"{line}, {m['platform']}" if platform else line


def report(results: dict[str, object]) -> str:
    """The results as one Markdown table."""
    lines = [
        machine_line(results),
        f"Median of {results['runs']} interleaved runs (cold loads and the YAML baseline: "
        f"{results['cold_runs']}); peak RSS is the largest of the runs.",
        "",
        "| catalogue | command | median | CPU | vs floor / YAML | target | peak RSS |",
        "|---|---|---:|---:|---:|---|---:|",
    ]
    for row in results["startup"]:  # type: ignore[attr-defined]
        ratio = ""
        if "ratio_to_floor" in row:
            floor = "typer" if row["floor"] == "floor: import typer" else "typer+rich"
            ratio = f"{row['ratio_to_floor']:.2f} x {floor}"
        target = (
            f"<= {row['target']} x {'ok' if row['ok'] else 'MISSED'}" if "target" in row else ""
        )
        lines.append(
            f"| bundled | {row['command']} | {row['median_s'] * 1000:.0f} ms "
            f"| {row['median_cpu_s'] * 1000:.0f} ms | {ratio} "
            f"| {target} | {row['peak_rss_mib']} MiB |"
        )
    for size in results["sizes"]:  # type: ignore[attr-defined]
        label = f"{size['roles']:,} roles ({size['file_mb']} MB)"
        for row in size["rows"]:
            ratio = target = ""
            if "ratio_to_yaml_parse" in row:
                ratio = f"{row['ratio_to_yaml_parse']:.2f} x YAML"
                target = "<= 1.15 x YAML " + ("ok" if row["ok"] else "MISSED")
            if "target_s" in row:
                target = f"<= {row['target_s']} s: wall " + ("ok" if row["ok"] else "MISSED")
                target += ", CPU " + ("ok" if row["cpu_ok"] else "MISSED")
            rss = f"{row['peak_rss_mib']} MiB"
            if "rss_ok" in row and not row["rss_ok"]:
                rss += f" (over {RSS_BUDGET_MIB})"
            lines.append(
                f"| {label} | {row['command']} | {row['median_s']:.3f} s "
                f"| {row['median_cpu_s']:.3f} s | {ratio} "
                f"| {target} | {rss} |"
            )
    paths = results.get("slow_paths") or []
    if paths:
        lines += [
            "",
            "| catalogue | slow path | once | many | per unknown name |",
            "|---|---|---:|---:|---:|",
        ]
    for row in paths:  # type: ignore[attr-defined]
        many = row.get("median_1000_s", row.get("median_14000_s"))
        per = f"{row['per_name_ms']:.3f} ms" if "per_name_ms" in row else ""
        label = row["catalogue"] + (f" ({row['skills']:,} skills)" if "skills" in row else "")
        lines.append(
            f"| {label} | {row['case']} | {row['median_1_s']:.3f} s | {many:.3f} s | {per} |"
        )
    lines.append("")
    lines.append(f"Total time of the benchmark: {results['elapsed_s']} s")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
