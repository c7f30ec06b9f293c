// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityfilter.h"

#include <QEvent>

namespace hall {

bool ActivityFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        emit activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hall
