// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace hall {

/// One call to announce: "请 A012 号 到 3 号窗口 办理", or the same with 重呼 for a recall.
struct CallAnnouncement
{
    QString ticketNumber; ///< e.g. A012
    int counter = 0;      ///< window number, 1-999
    bool recall = false;
    bool operator==(const CallAnnouncement&) const = default;
};

} // namespace hall

Q_DECLARE_METATYPE(hall::CallAnnouncement)
