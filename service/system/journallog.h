// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace hall::journallog {

/// True when stderr goes to the systemd journal (JOURNAL_STREAM is set by systemd for the unit).
bool active();

/// Under the journal, every Qt message (qDebug…qFatal) gets the sd-daemon level prefix ("<3>"
/// error, "<4>" warning, "<6>" info, "<7>" debug), which journald reads as the entry's priority, so
/// `journalctl -u hall-service -p warning` shows only what needs a person. Elsewhere nothing changes.
void install();

/// The prefix of a line written straight to stderr at `level` (sd-daemon numbers), or nothing
/// outside the journal.
QByteArray prefix(int level);

} // namespace hall::journallog
