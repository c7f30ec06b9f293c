// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idcardreader.h"

#include <QList>
#include <QTimer>

namespace hall {

/// A simulated reader serving test identities from a JSON file:
///   {"cards": [{"name": "张三", "sex": "男", "nation": "汉", "birthDate": "1950-03-08",
///               "address": "…", "idNumber": "…", "issuer": "…", "validFrom": "2015-01-01",
///               "validUntil": "" (长期), "photo": "zhangsan.png" (relative to the file, optional)}]}
/// A test or a demo "lays a card on it" with present(); with an auto interval it cycles through
/// the cards by itself, for unattended demos.
class SimulatedIdCardReader : public IdCardReader
{
    Q_OBJECT

public:
    explicit SimulatedIdCardReader(QString file, QObject* parent = nullptr);

    bool start() override;
    void stop() override;
    bool isAvailable() const override { return m_started; }

    const QList<IdCard>& cards() const { return m_cards; }
    /// Lays card `index` on the reader (a card already there is removed first).
    bool present(int index);
    void removeCard();
    /// Every `ms`, remove the card and lay the next one; 0 stops.
    void setAutoPresent(int ms);

    /// Parses a test-identity file; cards that are inconsistent are refused with the reason.
    static QList<IdCard> loadCards(const QString& file, QString* error);

private:
    QString m_file;
    QList<IdCard> m_cards;
    bool m_started = false;
    int m_present = -1;
    int m_next = 0;
    QTimer m_auto;
};

} // namespace hall
