#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Debian packages install on a machine and the installed service starts.

Builds the .deb files with CPack, then, in a private mount and network namespace (unshare), lays a
throwaway tmpfs layer over /usr, /etc and /var (overlayfs): a copy of this machine that the test may
change and that vanishes with it. There it installs every package with `dpkg -i` (the real
maintainer scripts: system users, directories, the hall's certificate), checks what they made,
verifies the unit files with systemd-analyze, runs the unit's own ExecStartPre and ExecStart command
lines as its User= with a NOTIFY_SOCKET (expects READY=1 and WATCHDOG=1), and lets the installed
lobby display take a snapshot over wss:// trusting the hall's CA, as docs/operations.md says to set
it up. Needs root (CI and the development machines run as root); exits 77 (skipped) otherwise.
"""
import configparser
import glob
import json
import os
import pwd
import grp
import shlex
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import time
import urllib.request

SKIP = 77
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)
    return condition


def run(cmd, **kw):
    kw.setdefault("capture_output", True)
    kw.setdefault("text", True)
    kw.setdefault("timeout", 300)
    return subprocess.run(cmd, **kw)


def build_packages(build_dir, out_dir):
    started = time.monotonic()
    r = run(["cpack", "--config", os.path.join(build_dir, "CPackConfig.cmake"), "-B", out_dir], cwd=build_dir)
    if r.returncode != 0:
        print(r.stdout, r.stderr)
        sys.exit("cpack failed")
    debs = sorted(glob.glob(os.path.join(out_dir, "*.deb")))
    print(f"built {len(debs)} packages in {time.monotonic() - started:.1f} s", flush=True)
    return debs


def throwaway_system(layer):
    """tmpfs-backed overlays over /usr, /etc and /var: writes land in `layer` and die with the namespace."""
    os.makedirs(layer)
    run(["mount", "-t", "tmpfs", "tmpfs", layer], check=True)
    for d in ("usr", "etc", "var"):
        up, work = os.path.join(layer, "up", d), os.path.join(layer, "work", d)
        os.makedirs(up)
        os.makedirs(work)
        run(["mount", "-t", "overlay", "overlay", "-o", f"lowerdir=/{d},upperdir={up},workdir={work}", f"/{d}"],
            check=True)
    run(["ip", "link", "set", "lo", "up"], check=True)


def unit(path):
    p = configparser.ConfigParser(strict=False, interpolation=None)
    p.optionxform = str
    p.read(path)
    return p["Service"]


def as_user(user, cmd):
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--init-groups", "--"] + cmd


def mode_owner(path):
    st = os.stat(path)
    return stat.S_IMODE(st.st_mode), pwd.getpwuid(st.st_uid).pw_name, grp.getgrgid(st.st_gid).gr_name


def operations_steps():
    """The shell blocks of docs/operations.md marked `<!-- step: NAME -->`, in order."""
    doc = open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "operations.md")).read()
    steps = []
    for part in doc.split("<!-- step: ")[1:]:
        name = part.split(" -->", 1)[0]
        block = part.split("```sh\n", 1)[1].split("```", 1)[0]
        steps.append((name, block))
    return steps


def inside(debs, scratch):
    throwaway_system(os.path.join(scratch, "layer"))
    names = [run(["dpkg-deb", "-f", d, "Package"]).stdout.strip() for d in debs]
    debdir = os.path.dirname(debs[0])
    # docs/operations.md, followed from top to bottom: every marked step as written, as root.
    started = time.monotonic()
    steps = operations_steps()
    check(len(steps) >= 5, f"docs/operations.md has its marked steps ({[n for n, _ in steps]})")
    for name, block in steps:
        r = run(["bash", "-euo", "pipefail", "-c", block], cwd=debdir,
                env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        check(r.returncode == 0, f"operations.md step {name} runs as written" +
              ("" if r.returncode == 0 else ": " + (r.stdout + r.stderr)[-600:]))
    print(f"operations.md steps took {time.monotonic() - started:.1f} s", flush=True)
    r = run(["dpkg", "-i"] + debs, env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    check(r.returncode == 0, "dpkg -i installs " + ", ".join(names) + ("" if r.returncode == 0 else r.stdout + r.stderr))
    for n in names:
        status = run(["dpkg-query", "-W", "-f=${Status}", n]).stdout
        check(status == "install ok installed", f"{n} is installed ({status})")

    # What the maintainer scripts made.
    for user in ("servicehall", "hall-kiosk", "hall-lobby"):
        try:
            pw = pwd.getpwnam(user)
            check(pw.pw_uid < 1000 and pw.pw_shell.endswith("nologin"), f"system user {user} without a login shell")
        except KeyError:
            check(False, f"system user {user} exists")
    kiosk_groups = {g.gr_name for g in grp.getgrall() if "hall-kiosk" in g.gr_mem}
    check({"lp", "dialout", "video", "audio"} <= kiosk_groups, f"hall-kiosk may use printer, serial, camera, sound ({sorted(kiosk_groups)})")
    check(mode_owner("/var/lib/servicehall") == (0o750, "servicehall", "servicehall"), "/var/lib/servicehall belongs to servicehall, 0750")
    check(mode_owner("/var/backups/servicehall") == (0o750, "servicehall", "servicehall"), "/var/backups/servicehall belongs to servicehall, 0750")
    check(mode_owner("/etc/servicehall/tls/hall.key")[::2] == (0o640, "servicehall"), "the TLS key is readable by group servicehall only")
    check(mode_owner("/etc/servicehall/tls/hall-ca.key")[0] == 0o600, "the CA key is root's alone")
    check(mode_owner("/etc/servicehall/kiosk.json")[::2] == (0o640, "hall-kiosk"), "kiosk.json (its token) readable by hall-kiosk only")
    verify = run(["openssl", "verify", "-CAfile", "/etc/servicehall/tls/hall-ca.pem", "/etc/servicehall/tls/hall.pem"])
    check(verify.returncode == 0, "the hall's certificate verifies against the hall's CA")
    conffiles = run(["dpkg-query", "-W", "-f=${Conffiles}", "servicehall-service"]).stdout
    check("/etc/servicehall/hall-service.json" in conffiles, "/etc/servicehall files are conffiles")
    check(os.path.exists("/usr/share/servicehall/voice/default/chime.wav"), "the voice pack is installed")

    check(mode_owner("/etc/servicehall/relay.json")[::2] == (0o640, "hall-relay"), "relay.json (its token) readable by hall-relay only")
    units = ["hall-service.service", "servicehall-kiosk.service", "servicehall-lobby.service", "hall-relay.service"]
    units += [u for u in ("hall-backup.service", "hall-backup.timer") if os.path.exists("/lib/systemd/system/" + u)]
    for u in units:
        r = run(["systemd-analyze", "verify", "/lib/systemd/system/" + u])
        check(r.returncode == 0 and u not in r.stderr, f"systemd-analyze verify {u}" + ("" if r.returncode == 0 else ": " + r.stderr))
    check(os.path.islink("/etc/systemd/system/multi-user.target.wants/hall-service.service"), "hall-service is enabled")

    # A display device for the lobby, made before the service starts (hall-admin as root acts as servicehall).
    r = run(["hall-admin", "device", "add", "--role", "display", "--name", "lobby-2"])
    check(r.returncode == 0, "hall-admin device add (as root, on the installed configuration)" + r.stderr)
    token = r.stdout.strip()
    r = run(["hall-admin", "device", "add", "--role", "relay", "--name", "relay-1"])
    check(r.returncode == 0, "hall-admin device add --role relay" + r.stderr)
    relay_token = r.stdout.strip()
    check(mode_owner("/var/lib/servicehall/hall.sqlite")[1] == "servicehall", "hall-admin's database belongs to servicehall")

    # The unit's own command lines, as its user, with a notification socket like systemd's.
    svc = unit("/lib/systemd/system/hall-service.service")
    user = svc["User"]
    pre = run(as_user(user, shlex.split(svc["ExecStartPre"])))
    check(pre.returncode == 0, "ExecStartPre (--check-config) accepts the installed configuration" + pre.stdout + pre.stderr)
    sockdir = tempfile.mkdtemp(dir=scratch)
    os.chmod(sockdir, 0o755)
    notify_path = os.path.join(sockdir, "notify")
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(notify_path)
    os.chmod(notify_path, 0o777)
    notify.settimeout(1.0)
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "NOTIFY_SOCKET": notify_path, "WATCHDOG_USEC": "2000000",
           "HOME": "/var/lib/servicehall", "LANG": "C.UTF-8"}
    out = open(os.path.join(scratch, "service.out"), "w+")
    service = subprocess.Popen(as_user(user, shlex.split(svc["ExecStart"])), env=env, stdout=out, stderr=subprocess.STDOUT)
    messages = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any("WATCHDOG=1" in m for m in messages):
        try:
            messages.append(notify.recv(4096).decode())
        except socket.timeout:
            if service.poll() is not None:
                break
    check(any(m.startswith("READY=1") for m in messages), "the service tells systemd READY=1 " + repr(messages[:1]))
    check(any("WATCHDOG=1" in m for m in messages), "the service pings the watchdog")
    out.seek(0)
    log = out.read()
    check("listening on wss://0.0.0.0:7700/v1" in log, "the packaged service speaks wss:// on port 7700: " + log.strip()[:200])
    check("operator endpoint on http://127.0.0.1:7701/" in log, "the operator endpoint listens on loopback only")
    try:
        with urllib.request.urlopen("http://127.0.0.1:7701/healthz", timeout=20) as r:
            health = json.load(r)
        check(health.get("status") == "ok", f"/healthz of the installed service says ok: {health}")
    except Exception as e:
        check(False, f"/healthz of the installed service answers: {e}")

    # The lobby display as operations.md set it up (its CA copied beside its configuration).
    with open("/etc/servicehall/lobby.json") as f:
        lobby = json.load(f)
    lobby.update({"url": "wss://localhost:7700/v1", "device": "lobby-2", "token": token})
    with open("/etc/servicehall/lobby.json", "w") as f:
        json.dump(lobby, f)
    r = run(as_user("hall-lobby", ["/usr/bin/hall-lobby", "--config", "/etc/servicehall/lobby.json", "--self-test",
                                   "--audio", "silent"]),
            env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": "/var/lib/hall-lobby",
                 "LANG": "C.UTF-8"}, timeout=120)
    check(r.returncode == 0 and "self-test ok" in r.stdout, "the installed lobby connects over wss:// with the hall's CA: " + (r.stdout + r.stderr).strip()[-300:])
    check("/usr/share/servicehall/voice/default" in r.stdout, "the installed lobby speaks with the installed voice pack")

    # The relay as operations.md sets it up, started by its unit's command line as its user; then the
    # same lobby through it.
    with open("/etc/servicehall/relay.json") as f:
        relay_conf = json.load(f)
    relay_conf.update({"url": "wss://localhost:7700/v1", "device": "relay-1", "token": relay_token})
    with open("/etc/servicehall/relay.json", "w") as f:
        json.dump(relay_conf, f)
    relay_unit = unit("/lib/systemd/system/hall-relay.service")
    relay_notify_path = os.path.join(sockdir, "relay-notify")
    relay_notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    relay_notify.bind(relay_notify_path)
    os.chmod(relay_notify_path, 0o777)
    relay_notify.settimeout(1.0)
    relay_out = open(os.path.join(scratch, "relay.out"), "w+")
    relay = subprocess.Popen(as_user(relay_unit["User"], shlex.split(relay_unit["ExecStart"])),
                             env={"PATH": "/usr/bin:/bin", "NOTIFY_SOCKET": relay_notify_path, "LANG": "C.UTF-8"},
                             stdout=relay_out, stderr=subprocess.STDOUT)
    relay_messages = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(m.startswith("READY=1") for m in relay_messages):
        try:
            relay_messages.append(relay_notify.recv(4096).decode())
        except socket.timeout:
            if relay.poll() is not None:
                break
    relay_out.seek(0)
    check(any(m.startswith("READY=1") for m in relay_messages),
          "the installed relay is admitted over wss:// and tells systemd READY=1: " + relay_out.read().strip()[-300:])
    lobby.update({"url": "ws://127.0.0.1:7710/v1"})
    with open("/etc/servicehall/lobby.json", "w") as f:
        json.dump(lobby, f)
    r = run(as_user("hall-lobby", ["/usr/bin/hall-lobby", "--config", "/etc/servicehall/lobby.json", "--self-test",
                                   "--audio", "silent"]),
            env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": "/var/lib/hall-lobby",
                 "LANG": "C.UTF-8"}, timeout=120)
    check(r.returncode == 0 and "self-test ok" in r.stdout, "the installed lobby works through the installed relay: " + (r.stdout + r.stderr).strip()[-300:])
    relay.send_signal(signal.SIGTERM)
    try:
        relay.wait(15)
    except subprocess.TimeoutExpired:
        relay.kill()
        check(False, "the relay stops on SIGTERM")
    # The nightly backup, as hall-backup.timer starts it: its unit's command line as its user, while
    # the service runs.
    backup_unit = unit("/lib/systemd/system/hall-backup.service")
    r = run(as_user(backup_unit["User"], shlex.split(backup_unit["ExecStart"])), env={"PATH": "/usr/sbin:/usr/bin:/bin"})
    made = r.stdout.strip()
    check(r.returncode == 0 and made.startswith("/var/backups/servicehall/hall-"),
          "hall-backup.service backs the running hall up: " + (r.stdout + r.stderr).strip()[-200:])
    if made:
        check(os.path.exists(os.path.join(made, "person-key.secret")), "the backup holds the hall's person-key secret")
        check(mode_owner(made)[:2] == (0o700, "servicehall"), "the backup is readable by servicehall only")
    check(run(["hall-admin", "backup", "verify", made]).returncode == 0, "hall-admin backup verify accepts it")
    check(os.path.islink("/etc/systemd/system/timers.target.wants/hall-backup.timer"), "the daily backup timer is enabled")

    for front in ("hall-kiosk", "hall-counter"):
        r = run(["/usr/bin/" + front, "--help"], env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"})
        check(r.returncode == 0, f"{front} starts (its libraries and plugins resolve)")

    service.send_signal(signal.SIGTERM)
    try:
        service.wait(30)
    except subprocess.TimeoutExpired:
        service.kill()
        check(False, "the service stops on SIGTERM")

    # Removing and purging the service keeps the hall's records.
    r = run(["dpkg", "--purge", "servicehall-kiosk", "servicehall-lobby", "servicehall-counter", "servicehall-relay",
             "servicehall-service", "servicehall-voice"])
    check(r.returncode == 0, "dpkg --purge removes the packages" + r.stderr)
    check(os.path.exists("/var/lib/servicehall/hall.sqlite"), "purging keeps the data in /var/lib/servicehall")
    check(not os.path.exists("/usr/sbin/hall-service"), "purging removes the programs")


def main():
    if sys.argv[1:2] == ["--inside"]:
        inside(sys.argv[3:], sys.argv[2])
        print(f"{len(failures)} failed", flush=True)
        sys.exit(1 if failures else 0)
    if os.geteuid() != 0:
        print("skipped: installing packages into a throwaway system needs root")
        sys.exit(SKIP)
    build_dir = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory(prefix="hall-packages-") as scratch:
        os.chmod(scratch, 0o755)  # the service, as its own user, reaches the notification socket in it
        debs = build_packages(build_dir, os.path.join(scratch, "debs"))
        r = subprocess.run(["unshare", "--mount", "--net", "--propagation", "private", sys.executable, __file__,
                            "--inside", scratch] + debs, timeout=900)
        sys.exit(r.returncode)


if __name__ == "__main__":
    main()
