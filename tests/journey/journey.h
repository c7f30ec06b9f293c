// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frontend.h"
#include "wsclient.h"

#include <QJsonObject>

namespace hall::test {

/// The service's own picture of the hall, read as an admin device would (for what a journey did,
/// independently of what the front end shows).
class ServiceView
{
public:
    ServiceView(const QUrl& url, const QString& adminToken);
    QJsonObject snapshot();
    /// hall.overview: today's counts and ratings.
    QJsonObject overview();
    /// Today's count of ratings `kind` ("satisfied", "basic", "unsatisfied").
    int ratings(const QString& kind);
    /// The counter's entry in the snapshot ({} when unknown).
    QJsonObject counter(int number);
    /// The ticket in hand at `counter` ("" for none), and its state.
    QString ticketAt(int counter);
    QString ticketStateAt(int counter);
    /// A ticket of today by number ({} when unknown).
    QJsonObject ticket(const QString& number);

private:
    WsClient m_client;
};

} // namespace hall::test
