// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalevent.h"

#include <QJsonDocument>

namespace hall {

void EventData::parse() const
{
    m_object = QJsonDocument::fromJson(m_unparsed).object();
    m_unparsed = QByteArray();
}

} // namespace hall
