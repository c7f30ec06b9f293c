#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 ServiceHall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Walks the kiosk (portrait and landscape), the counter and the lobby through their pages against a
# throwaway hall-service and saves every scene as PNG: `./hall screenshots` into docs/screenshots.
# With HALL_LAYOUT_CHECK=1 every scene is also checked for text that does not fit, in Chinese and
# English and (kiosk) normal and large type; HALL_LAYOUT_CHECK=only checks without writing pictures
# (the ctest "layout: …", tests/layout), HALL_LAYOUT_CHECK=all also saves each variant as
# layout-<scene>-<variant>.png to look at.
# usage: tools/screenshots.sh BUILD_DIR OUT_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "$1" && pwd)"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
cd "$root"
log() { printf '[screenshots] %s\n' "$*" >&2; }

data=$(mktemp -d)
closed=$(mktemp -d)
svc=""
closed_svc=""
cleanup() {
    [ -z "$svc" ] || kill "$svc" 2>/dev/null || true
    [ -z "$closed_svc" ] || kill "$closed_svc" 2>/dev/null || true
    rm -rf "$data" "$closed"
}
trap cleanup EXIT
# Starts hall-service on DATA_DIR at START (hall time) with the screenshots' booking and hall files;
# sets $started_pid and $started_port.
start_service() {
    local dir=$1 start=$2
    # kiosk-1 takes the tickets of every screenshot within a minute: more than a real kiosk prints.
    "$build/service/hall-service" --listen 127.0.0.1 --port 0 --data-dir "$dir" --quiet \
        --booking-config tools/screenshots/booking-screenshots.json --hall-config tools/screenshots/hall-screenshots.json \
        --kiosk-issues-per-minute 100 --start-time "$start" >"$dir/service.out" 2>&1 &
    started_pid=$!
    started_port=""
    for _ in $(seq 300); do
        started_port=$(sed -n 's|.*listening on ws://[^:]*:\([0-9]*\)/v1.*|\1|p' "$dir/service.out" 2>/dev/null || true)
        [ -n "$started_port" ] && return 0
        sleep 0.1
    done
    log "hall-service did not start"
    cat "$dir/service.out" >&2
    exit 1
}
admin=("$build/service/hall-admin" --data-dir "$data")
# A new hall is made explicitly (hall-service refuses a missing database rather than start empty).
"${admin[@]}" init 2>/dev/null
token=$("${admin[@]}" device add --role kiosk --name kiosk-1 2>/dev/null)
# Cases for the 办理进度查询 pages.
"${admin[@]}" case import tests/cases/sample-cases.csv >/dev/null
# A month of the hall's history before the screenshots' day (computed: hall-queue-demo plays the open
# days through the queue engine), so the 报表 tab and the lobby's monthly figures have data.
"$build/tools/hall-queue-demo" --db "$data/hall.sqlite" \
    --date 2026-11-24 --history-days 22 --no-morning >/dev/null
# The booking calendar of the screenshots: sold-out, special and unreleased days in December 2026,
# seen from a fixed hall day (Tuesday 24 November 2026, 10:00), so the walk does not depend on
# today's date (from December 2026 on, "next month" no longer led to those days). The hall's holiday
# plan opens the registry on Saturday 2026-12-12 (tools/screenshots/hall-screenshots.json, an overlay); a day's
# booking closes on the day itself (tools/screenshots/booking-screenshots.json), so a walk can book today's last
# morning slot and check it in.
start_service "$data" "2026-11-24T10:00:00+08:00"
svc=$started_pid
port=$started_port
status=0
for size in portrait:1080x1920 landscape:1920x1080; do
    QT_QPA_PLATFORM=offscreen "$build/tools/screenshots/hall-kiosk-screenshots" --out "$out" --name "${size%%:*}" \
        --url "ws://127.0.0.1:$port/v1" --token "$token" --size "${size#*:}" --printer-output "$data/paper" ||
        status=1
done
# The kiosk on a day the hall calendar closes: 元旦 2027, a year whose 调休 arrangement is not
# entered, so its booking calendar shows the days still to be confirmed (待公布).
closed_admin=("$build/service/hall-admin" --data-dir "$closed")
"${closed_admin[@]}" init 2>/dev/null
closed_token=$("${closed_admin[@]}" device add --role kiosk --name kiosk-1 2>/dev/null)
start_service "$closed" "2027-01-01T10:00:00+08:00"
closed_svc=$started_pid
for size in portrait:1080x1920 landscape:1920x1080; do
    QT_QPA_PLATFORM=offscreen "$build/tools/screenshots/hall-kiosk-screenshots" --out "$out" --name "${size%%:*}" \
        --walk closed-day --url "ws://127.0.0.1:$started_port/v1" --token "$closed_token" \
        --size "${size#*:}" --printer-output "$closed/paper" || status=1
done
kill "$closed_svc" 2>/dev/null || true
wait "$closed_svc" 2>/dev/null || true
closed_svc=""
# The counter client: staff li at window 1 (idle, serving, transfer dialog, rating) and an admin
# device's hall view; tickets from kiosk-1, which also reports its printer out of paper.
counter_token=$("${admin[@]}" device add --role counter --name counter-1 2>/dev/null)
admin_token=$("${admin[@]}" device add --role admin --name admin-1 2>/dev/null)
printf 'screenshot-pass\n' | "${admin[@]}" staff add --user li --name 李明 --counters 1,2,3 >/dev/null 2>&1
QT_QPA_PLATFORM=offscreen "$build/tools/screenshots/hall-counter-screenshots" --out "$out" \
    --url "ws://127.0.0.1:$port/v1" --kiosk-token "$token" --counter-token "$counter_token" \
    --admin-token "$admin_token" --password screenshot-pass || status=1
# The lobby display at 1920x1080: a mid-morning hall played by admin-1 (calls, a recall, a paused
# window), in English too; last it kills the service to show the discreet reconnecting note.
lobby_token=$("${admin[@]}" device add --role display --name lobby-1 2>/dev/null)
QT_QPA_PLATFORM=offscreen "$build/tools/screenshots/hall-lobby-screenshots" --out "$out" \
    --url "ws://127.0.0.1:$port/v1" --token "$lobby_token" --admin-token "$admin_token" --kill-pid "$svc" ||
    status=1
# The residents' phone pages (waiting, called, in English with large type, the booking and its
# cancellation), taken by headless Chromium in a phone-sized viewport by their browser test.
if [ "${HALL_LAYOUT_CHECK:-}" != "only" ]; then
    HALL_PHONE_SCREENSHOTS="$out" "$build/tests/service/service_tests" "[resident-browser]" >/dev/null || status=1
fi
exit "$status"
