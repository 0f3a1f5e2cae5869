"""Real servers for the several-worker tests and benchmarks/load.py: a throwaway
Redis (persistence off, 127.0.0.1), a PostgreSQL database (a fresh database in
the throwaway server of scripts/postgres.sh when TEST_POSTGRES_URL is set, else
a throwaway cluster of its own), and Reflex production backends, each its own
process tree (`reflex run --env prod --backend-only`, Granian), as
scripts/start --scale runs them."""

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(check, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.1)
    raise TimeoutError(f"{what} did not come up in {timeout:.0f} s")


@contextlib.contextmanager
def redis_server():
    """A throwaway Redis on 127.0.0.1, persistence off; yields its URL."""
    import redis

    if shutil.which("redis-server") is None:
        raise RuntimeError("redis-server is missing: scripts/test installs Debian's redis-server")
    port, directory = free_port(), tempfile.mkdtemp(prefix="support-studio-redis-")
    process = subprocess.Popen(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            directory,
            "--logfile",
            f"{directory}/redis.log",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}"
    try:
        _wait(lambda: redis.Redis.from_url(url).ping(), "Redis")
        yield url
    finally:
        process.terminate()
        process.wait(10)
        shutil.rmtree(directory, ignore_errors=True)


def _postgres_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not found:
        raise RuntimeError("PostgreSQL is missing: scripts/postgres.sh installs Debian's postgresql")
    return found[-1]


@contextlib.contextmanager
def _postgres_cluster():
    """A throwaway PostgreSQL cluster (as scripts/postgres.sh makes one); yields its server URL."""
    directory = Path(tempfile.mkdtemp(prefix="support-studio-pg-"))
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:
        shutil.chown(directory, "postgres")
    password, port, bin_dir = secrets.token_hex(16), free_port(), _postgres_bin()
    (directory / "pw").write_text(password + "\n")
    if as_postgres:
        shutil.chown(directory / "pw", "postgres")
    subprocess.run(
        [
            *as_postgres,
            bin_dir / "initdb",
            "-D",
            directory / "data",
            "-U",
            "postgres",
            f"--pwfile={directory / 'pw'}",
            "--auth=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_postgres,
            bin_dir / "pg_ctl",
            "start",
            "-D",
            directory / "data",
            "-l",
            directory / "server.log",
            "-w",
            "-o",
            f"-c listen_addresses=127.0.0.1 -p {port} -k {directory} -c fsync=off -c max_connections=300",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres:{password}@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_postgres, bin_dir / "pg_ctl", "stop", "-D", directory / "data", "-m", "fast", "-w"],
            capture_output=True,
        )
        shutil.rmtree(directory, ignore_errors=True)


@contextlib.contextmanager
def postgres_database():
    """A fresh, empty PostgreSQL database; yields its URL and drops it afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    with contextlib.ExitStack() as stack:
        server = os.environ.get("TEST_POSTGRES_URL") or stack.enter_context(_postgres_cluster())
        name = f"scale_{secrets.token_hex(4)}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield make_url(server).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def app_environment(db_url: str, redis_url: str | None = None, **extra: str) -> dict[str, str]:
    environment = {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{ROOT / '.tools/node_modules/.bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "REFLEX_DB_URL": db_url,
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        **extra,
    }
    environment.pop("REFLEX_REDIS_URL", None)
    if redis_url:
        environment["REFLEX_REDIS_URL"] = redis_url
        # As scripts/start --scale runs it: a worker keeps the tabs it serves leased.
        environment.setdefault("REFLEX_OPLOCK_ENABLED", "true")
    return environment


def prepare_database(db_url: str) -> None:
    """Migrations and the demo panel, as scripts/start runs them."""
    environment = app_environment(db_url)
    for command in ([BIN / "reflex", "db", "migrate"], [sys.executable, "-m", "support_studio.demo_data"]):
        done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True)
        if done.returncode:
            raise RuntimeError(f"{command} failed:\n{done.stdout}\n{done.stderr}")


class Backend:
    """A production backend: `reflex run --env prod --backend-only` with `workers`
    Granian worker processes on one port, in its own process group."""

    def __init__(
        self,
        db_url: str,
        redis_url: str | None = None,
        workers: int = 1,
        port: int | None = None,
        log: Path | None = None,
        **extra_env: str,
    ):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.log = log or Path(tempfile.mkstemp(prefix="support-studio-backend-", suffix=".log")[1])
        self._environment = app_environment(
            db_url, redis_url, REFLEX_USE_GRANIAN="true", GRANIAN_WORKERS=str(workers), **extra_env
        )
        self.process: subprocess.Popen | None = None

    def start(self) -> "Backend":
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [BIN / "reflex", "run", "--env", "prod", "--backend-only", "--backend-port", str(self.port)],
                cwd=ROOT,
                env=self._environment,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

        def up() -> bool:
            if self.process.poll() is not None:
                raise RuntimeError(f"backend exited:\n{self.log.read_text()[-3000:]}")
            with urllib.request.urlopen(f"{self.url}/ping", timeout=2) as answer:
                return answer.status == 200 and len(self.worker_pids()) >= self.workers

        try:
            _wait(up, f"backend on :{self.port}", timeout=120)
        except TimeoutError:
            raise TimeoutError(f"backend on :{self.port} did not come up:\n{self.log.read_text()[-3000:]}") from None
        return self

    def worker_pids(self) -> list[int]:
        """The processes that serve requests (Granian's workers, not its supervisor)."""
        import psutil

        if self.process is None or self.process.poll() is not None:
            return []
        children = psutil.Process(self.process.pid).children(recursive=True)
        return [child.pid for child in children]

    def memory(self) -> int:
        """Resident memory of the worker processes, in bytes."""
        import psutil

        total = 0
        for pid in self.worker_pids():
            with contextlib.suppress(psutil.NoSuchProcess):
                total += psutil.Process(pid).memory_info().rss
        return total

    def cpu_seconds(self) -> float:
        import psutil

        total = 0.0
        for pid in self.worker_pids():
            with contextlib.suppress(psutil.NoSuchProcess):
                times = psutil.Process(pid).cpu_times()
                total += times.user + times.system
        return total

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        # Granian's workers are in the same process group: make sure none is left.
        _wait(lambda: not _port_open(self.port), f"port {self.port} to close", timeout=20)

    def __enter__(self) -> "Backend":
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex(("127.0.0.1", port)) == 0
