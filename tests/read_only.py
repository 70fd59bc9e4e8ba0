"""Run a command with a folder it cannot write: a real read-only folder, not a mock.

As root, permissions do not stop writes, so the folder is bind-mounted read-only in a
private mount namespace (``unshare --mount``) that only the command sees: writes fail with
EROFS exactly as on a read-only volume. Otherwise the folder is made read-only with chmod
for the command's duration.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

MOUNT_READ_ONLY = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'


def run_read_only(
    folder: Path, command: Sequence[str], *, env: dict[str, str], timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`command` with `folder` (which must exist) read-only for it; output as text."""
    if os.geteuid() == 0:
        unshare = shutil.which("unshare")
        if unshare is None:
            raise RuntimeError("running as root, the read-only tests need util-linux's unshare")
        argv = [unshare, "--mount", "--propagation", "private", "sh", "-c", MOUNT_READ_ONLY]
        result = _run([*argv, str(folder), *command], env=env, timeout=timeout)
        if "mount:" in result.stderr and result.returncode != 0:
            raise RuntimeError(f"could not mount {folder} read-only: {result.stderr}")
        return result
    modes = _make_read_only(folder)
    try:
        return _run(list(command), env=env, timeout=timeout)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)


def _run(
    argv: list[str], *, env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, check=False, env=env, capture_output=True, text=True, timeout=timeout
    )


def _make_read_only(folder: Path) -> dict[Path, int]:
    modes: dict[Path, int] = {}
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        modes[path] = mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    return modes


MOUNT_FULL = 'mount -t tmpfs -o size="$1" tmpfs "$0" && cp -a "$2"/. "$0"/ && shift 2 && exec "$@"'


def run_on_a_full_disk(
    source: Path, mountpoint: Path, command: Sequence[str], *, env: dict[str, str], spare_kib: int
) -> subprocess.CompletedProcess[str]:
    """`command` with a copy of `source` at `mountpoint` on a tmpfs of its own, sized to
    leave only `spare_kib` free: a real full disk, seen by that command alone (root only)."""
    used_kib = sum(p.stat().st_size for p in source.rglob("*") if p.is_file()) // 1024
    size = f"{used_kib + spare_kib + 64}k"  # + room for directories and block rounding
    argv = ["unshare", "--mount", "--propagation", "private", "sh", "-c", MOUNT_FULL]
    result = _run([*argv, str(mountpoint), size, str(source), *command], env=env, timeout=120)
    if "mount:" in result.stderr and result.returncode != 0:
        raise RuntimeError(f"could not mount a tmpfs at {mountpoint}: {result.stderr}")
    return result
