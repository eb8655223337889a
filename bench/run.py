"""keywright's benchmark: each work at each size, the machine's limits measured
in turn with the works held against them, the ratios against the goals, the
vendor's Python script beside it, and the growth from 10,000 to 1,000,000
licenses.

Run it through `scripts/bench.sh`, which builds the release binary and the
limit programs and installs this script's Python packages; see docs/benchmark.md.
"""

import argparse
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIB = 1024 * 1024


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes


@dataclass
class Measured:
    runs: list = field(default_factory=list)

    @property
    def seconds(self):
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_rss(self):
        return statistics.median(r.peak_rss for r in self.runs)

    def rate(self, count):
        return count / self.seconds


def run(command, stdin=None, stdout=subprocess.DEVNULL, env=None):
    """Runs one command to its end; its wall time and peak resident memory."""
    command = [str(part) for part in command]
    started = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source:
        process = subprocess.Popen(command, stdin=source, stdout=stdout, env=env)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"benchmark step failed ({process.returncode}): {' '.join(map(str, command))}")
    return Run(seconds, usage.ru_maxrss * 1024)


class Workspace:
    """A scratch home with its own database and file key store."""

    def __init__(self, root, name, binary, copy_of=None):
        self.dir = Path(root) / name
        self.binary = binary
        if copy_of:
            shutil.rmtree(self.dir, ignore_errors=True)
            shutil.copytree(copy_of.dir, self.dir)
        else:
            self.dir.mkdir(parents=True)
        self.env = dict(
            os.environ,
            HOME=str(self.dir),
            XDG_DATA_HOME=str(self.dir / "data"),
            XDG_CONFIG_HOME=str(self.dir / "config"),
            KEYWRIGHT_ACTOR="bench",
            NO_COLOR="1",
        )
        self.tokens = self.dir / "tokens.txt"

    @property
    def database(self):
        return self.dir / "data" / "keywright" / "keywright.db"

    def cmd(self, *args):
        return [self.binary, *map(str, args)]

    def quiet(self, *args):
        subprocess.run(self.cmd(*args), env=self.env, check=True, stdout=subprocess.DEVNULL)

    def output(self, *args):
        return subprocess.run(self.cmd(*args), env=self.env, check=True, capture_output=True, text=True).stdout

    def time(self, *args, stdin=None, stdout=subprocess.DEVNULL):
        return run(self.cmd(*args), stdin=stdin, stdout=stdout, env=self.env)

    def set_up(self):
        self.quiet("init", "--key-store", "file", "-q")
        self.quiet("tenant", "create", "Bench Co", "--slug", "bench", "-q")
        self.quiet("product", "create", "app", "--name", "App", "--feature", "sso", "-q")
        self.quiet("customer", "create", "bench@example.com", "-q")
        return self

    def issue(self, count):
        with open(self.tokens, "wb") as out:
            return self.time(
                "license", "issue", "--product", "app", "--customer", "bench@example.com",
                "--feature", "sso", "--duration", "1y", "--count", count, "--yes", "-q", stdout=out,
            )

    def remove(self):
        shutil.rmtree(self.dir, ignore_errors=True)


class Bench:
    def __init__(self, args):
        self.args = args
        self.root = Path(tempfile.mkdtemp(prefix="keywright-bench-", dir=args.scratch))
        self.limits = {}
        self.results = {}
        self.growth = {}

    def repeat(self, make_run, runs=None):
        measured = Measured()
        for _ in range(runs or self.args.runs):
            measured.runs.append(make_run())
        return measured

    def log(self, text):
        print(text, file=sys.stderr, flush=True)

    # The machine's limits, by the repository's smallest programs, each
    # measured in turn with the work held against it (a run of the work,
    # then one of its limit, and again): on a shared machine whose speed
    # drifts during the benchmark, both see the same machine.
    def limit_rate(self, work):
        """One measurement of `sign-verify` or `verify`: tokens per second."""
        command = [self.args.limits, work, str(self.args.limit_seconds)]
        return float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)

    def in_turn(self, make_run, make_limit, runs=None):
        """Runs of a work, each followed by one of its limit: both measured."""
        work, limit = Measured(), []
        for _ in range(runs or self.args.runs):
            work.runs.append(make_run())
            limit.append(make_limit())
        return work, limit

    def beside_rate(self, make_run, limit, name):
        """A work and the rate of its limit `limit`, measured in turn."""
        work, rates = self.in_turn(make_run, lambda: self.limit_rate(limit))
        self.limits[name] = statistics.median(rates)
        self.log(f"  limit {limit} beside {name}: {self.limits[name]:,.0f}/s")
        return work

    def beside_run(self, make_run, make_limit, runs=None):
        """A work and a limit that is itself a command run (an empty
        process, a bare scan), measured in turn."""
        work, limit = self.in_turn(make_run, make_limit, runs)
        return work, Measured(limit)

    def fresh(self, name):
        return Workspace(self.root, name, self.args.bin).set_up()

    # Growth: issue, export, verify and validate at each size.
    def measure_size(self, size, keep):
        self.log(f"size {size:,}")
        spaces = []

        def issue_once():
            space = self.fresh(f"issue-{size}-{len(spaces)}")
            spaces.append(space)
            return space.issue(size)

        issued = self.beside_rate(issue_once, "sign-verify", f"issue-{size}")
        data = spaces.pop()
        for space in spaces:
            space.remove()
        out = data.dir / "export.csv"
        scan_out = data.dir / "scan.csv"
        exported, scanned = self.beside_run(
            lambda: data.time("export", "licenses", "--out", out, "--yes", "-q"),
            lambda: run([self.args.limits, "csv-scan", data.database, scan_out]))
        verified = self.beside_rate(
            lambda: data.time("verify", "-", "--product", "app", stdin=data.tokens), "verify", f"verify-{size}")
        key = data.output("license", "list", "--limit", "1", "-q").strip()
        validated, noop = self.beside_run(
            lambda: data.time("validate", key, "-q"), lambda: run([self.args.limits, "noop"]),
            self.args.process_runs)
        last_page = max(1, size // 100)
        first = self.repeat(lambda: data.time("license", "list", "--limit", "100", "--page", 1), self.args.process_runs // 4 or 1)
        deep = self.repeat(lambda: data.time("license", "list", "--limit", "100", "--page", last_page), self.args.process_runs // 4 or 1)
        self.growth[size] = dict(
            issue=issued, export=exported, scan=scanned, verify=verified, validate=validated,
            noop=noop, list_first=first, list_deep=deep,
        )
        for name, m in self.growth[size].items():
            self.log(f"  {name}: {m.seconds:.3f} s, peak {m.peak_rss / MIB:.0f} MiB")
        if keep:
            return data
        data.remove()
        return None

    def measure_main(self, data, size):
        """Import, bulk revoke and the Python script at the main size."""
        self.log(f"main size {size:,}")
        csv_file = self.root / "import.csv"
        csv_file.write_text("product,customer,features,duration\n" + "app,bench@example.com,sso,1y\n" * size)
        spaces = []

        def import_once():
            space = self.fresh(f"import-{len(spaces)}")
            spaces.append(space)
            return space.time("license", "import", csv_file, "--yes", "-q")

        self.results["import"] = self.repeat(import_once)
        for space in spaces:
            space.remove()

        def revoke_once():
            space = Workspace(self.root, "revoke", self.args.bin, copy_of=data)
            return space.time("license", "revoke", "--bulk", "--product", "app", "--reason", "bench", "--yes", "-q")

        self.results["revoke"] = self.repeat(revoke_once)
        shutil.rmtree(self.root / "revoke", ignore_errors=True)

        key_file = self.root / "vendor.pem"
        key_file.write_text(subprocess.run(
            [sys.executable, "-c", PRIVATE_PEM], check=True, capture_output=True, text=True).stdout)
        public = self.root / "vendor.pub.pem"
        data_public = data.output("key", "export")
        public.write_text(data_public)
        script = HERE / "vendor_script.py"

        def python_issue():
            db = self.root / "vendor.db"
            db.unlink(missing_ok=True)
            return run([sys.executable, script, "issue", db, key_file, size])

        self.results["python_issue"] = self.repeat(python_issue)
        self.results["python_verify"] = self.repeat(
            lambda: run([sys.executable, script, "verify", public], stdin=data.tokens))
        for name in ("import", "revoke", "python_issue", "python_verify"):
            self.log(f"  {name}: {self.results[name].seconds:.3f} s")

    def measure_largest(self, data, size):
        self.log(f"largest size {size:,}: doctor")
        self.results["doctor"] = self.beside_rate(lambda: data.time("doctor", "-q"), "verify", "doctor")
        self.log(f"  doctor: {self.results['doctor'].seconds:.3f} s")


PRIVATE_PEM = """
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives import serialization
key = Ed25519PrivateKey.generate()
print(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
      serialization.NoEncryption()).decode(), end="")
"""


def exponent(sizes, seconds):
    """The slope of log(time) against log(size): 1 is linear, 0 is flat."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in seconds]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def fmt_rate(r):
    return f"{r:,.0f}/s"


def report(bench, main, largest, smallest):
    g, r, lim = bench.growth, bench.results, bench.limits
    rows = []

    def row(work, figure, limit, ratio, goal, met, python=""):
        rows.append((work, figure, limit, f"{ratio:.2f}×" if ratio is not None else "", goal, "yes" if met else "**no**", python))

    issue_rate = g[main]["issue"].rate(main)
    py_issue = r["python_issue"].rate(main)
    ratio = issue_rate / lim[f"issue-{main}"]
    row(f"1. `license issue --count {main:,}`", fmt_rate(issue_rate), f"{fmt_rate(lim[f'issue-{main}'])} sign+verify",
        ratio, "≥ 0.70× limit, ≥ 5× Python", ratio >= 0.7 and issue_rate >= 5 * py_issue,
        f"{fmt_rate(py_issue)} ({issue_rate / py_issue:.1f}×)")
    import_rate = r["import"].rate(main)
    ratio = import_rate / issue_rate
    row(f"2. `license import` ({main:,} rows)", fmt_rate(import_rate), f"{fmt_rate(issue_rate)} issue (1)", ratio, "≥ 0.80×", ratio >= 0.8)
    verify_rate = g[main]["verify"].rate(main)
    py_verify = r["python_verify"].rate(main)
    ratio = verify_rate / lim[f"verify-{main}"]
    row(f"3. `verify -` ({main:,} tokens)", fmt_rate(verify_rate), f"{fmt_rate(lim[f'verify-{main}'])} verify", ratio, "≥ 0.80×",
        ratio >= 0.8, f"{fmt_rate(py_verify)} ({verify_rate / py_verify:.1f}×)")
    doctor_rate = r["doctor"].rate(largest)
    ratio = doctor_rate / lim["doctor"]
    row(f"4. `doctor` ({largest:,} licenses)", fmt_rate(doctor_rate), f"{fmt_rate(lim['doctor'])} verify", ratio, "≥ 0.70×", ratio >= 0.7)
    export_rate = g[largest]["export"].rate(largest)
    scan_rate = g[largest]["scan"].rate(largest)
    ratio = export_rate / scan_rate
    row(f"5. `export licenses` ({largest:,} rows)", fmt_rate(export_rate), f"{fmt_rate(scan_rate)} SQLite→CSV scan", ratio, "≥ 0.70×", ratio >= 0.7)
    growth_mib = (g[largest]["export"].peak_rss - g[smallest]["export"].peak_rss) / MIB
    row(f"5. export peak memory, {largest:,} vs {smallest:,}", f"{g[largest]['export'].peak_rss / MIB:.0f} MiB vs {g[smallest]['export'].peak_rss / MIB:.0f} MiB",
        "", None, "≤ +16 MiB", growth_mib <= 16)
    revoke_rate = r["revoke"].rate(main)
    row(f"6. `license revoke --bulk` ({main:,})", fmt_rate(revoke_rate), "", None, "≥ 50,000/s", revoke_rate >= 50_000)
    peak = g[largest]["issue"].peak_rss / MIB
    row(f"7. `license issue --count {largest:,}` peak memory", f"{peak:.0f} MiB", "", None, "< 256 MiB", peak < 256)
    validate_ms = g[largest]["validate"].seconds * 1000
    noop = g[largest]["noop"].seconds
    ratio = g[largest]["validate"].seconds / noop
    row(f"8. `validate KEY` process ({largest:,} licenses)", f"{validate_ms:.2f} ms", f"{noop * 1000:.2f} ms empty process", ratio, "≤ 3×", ratio <= 3)
    first, deep = g[largest]["list_first"].seconds, g[largest]["list_deep"].seconds
    ratio = max(first, deep) / min(first, deep)
    row(f"9. `license list` page 1 / page {largest // 100:,} (100 a page)", f"{first * 1000:.0f} ms / {deep * 1000:.0f} ms", "", ratio, "within 2×", ratio <= 2)
    sizes = sorted(g)
    growth = (("issue", "≤ 1.15 (linear)", lambda e: e <= 1.15), ("export", "≤ 1.15 (linear)", lambda e: e <= 1.15),
              ("verify", "≤ 1.15 (linear)", lambda e: e <= 1.15), ("validate", "≤ 0.15 (flat)", lambda e: e <= 0.15))
    # A growth exponent needs two sizes at least (`--sizes 10000` alone has none).
    for work, goal, ok in growth if len(sizes) > 1 else ():
        e = exponent(sizes, [g[s][work].seconds for s in sizes])
        row(f"10. growth of {work}, {sizes[0]:,}–{sizes[-1]:,}", f"exponent {e:.2f}", "", None, goal, ok(e))
    header = ("Work", "keywright", "Limit (in turn)", "Ratio", "Goal", "Met", "Python script")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cells) + " |" for cells in rows]
    return "\n".join(lines)


def growth_table(bench):
    sizes = sorted(bench.growth)
    works = ("issue", "export", "verify", "validate", "list_first", "list_deep")
    lines = ["| Licenses | " + " | ".join(works) + " |", "|---|" + "---|" * len(works)]
    for s in sizes:
        cells = [f"{bench.growth[s][w].seconds:.3f} s" for w in works]
        lines.append(f"| {s:,} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def plot(bench, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = sorted(bench.growth)
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=110)
    for work, label in (("issue", "license issue --count N"), ("verify", "verify - (N tokens)"),
                        ("export", "export licenses (N rows)"), ("validate", "validate KEY (one process)")):
        ax.plot(sizes, [bench.growth[s][work].seconds for s in sizes], marker="o", label=label)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("licenses in the database")
    ax.set_ylabel("seconds (median)")
    ax.set_title(f"keywright growth on {machine()}", fontsize=9)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)


def machine():
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return f"{model}, {os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} {platform.release()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bin", required=True)
    parser.add_argument("--limits", required=True)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--main", type=int, default=100_000, help="the size of the import, revoke and Python figures")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--process-runs", type=int, default=40, help="runs of one-process point work")
    parser.add_argument("--limit-seconds", type=float, default=2.0)
    parser.add_argument("--out", required=True, help="folder for results.md and growth.png")
    parser.add_argument("--readme", help="a README whose benchmark section is replaced")
    parser.add_argument("--scratch", help="where the databases are made (default: the temporary folder)")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    if args.main not in sizes:
        sys.exit("--main must be one of --sizes")
    bench = Bench(args)
    try:
        for size in sizes:
            data = bench.measure_size(size, keep=size in (args.main, sizes[-1]))
            if size == args.main:
                bench.measure_main(data, size)
            if size == sizes[-1]:
                bench.measure_largest(data, size)
            if data:
                data.remove()
        write(bench, args, sizes)
    finally:
        shutil.rmtree(bench.root, ignore_errors=True)


def write(bench, args, sizes):
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    plot(bench, out / "growth.png")
    stamp = time.strftime("%Y-%m-%d")
    text = "\n".join([
        f"Measured {stamp} on {machine()}; medians of {args.runs} runs "
        f"({args.process_runs} for one-process point work); each limit measured in turn with the work held against it.",
        "",
        report(bench, args.main, sizes[-1], sizes[0]),
        "",
        "Growth (median seconds):",
        "",
        growth_table(bench),
        "",
    ])
    (out / "results.md").write_text(text)
    print(text)
    if args.readme:
        readme = Path(args.readme)
        start, end = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
        body = readme.read_text()
        if start in body and end in body:
            before, rest = body.split(start, 1)
            _, after = rest.split(end, 1)
            image = "![Growth: seconds against licenses, log–log](docs/benchmark/growth.png)"
            readme.write_text(f"{before}{start}\n{text}\n{image}\n{end}{after}")


if __name__ == "__main__":
    main()
