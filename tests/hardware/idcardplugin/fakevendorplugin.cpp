// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A stand-in for a vendor ID-card reader library, built as a real backend plugin so the tests
// exercise the plug point end to end (QPluginLoader, interface cast, polling on the worker thread).
// It reads no device: its "card" comes from the options, laid for `presentPolls` polls, then lifted.
#include "idcard/idcardbackend.h"

#include <QObject>

namespace {

class FakeVendorBackend : public hall::IdCardBackend
{
public:
    bool open(const QVariantMap& options, QString* error) override
    {
        if (options.value(QStringLiteral("port")).toString() != QLatin1String("usb")) {
            *error = QStringLiteral("端口不可用");
            return false;
        }
        m_card.name = options.value(QStringLiteral("name")).toString();
        m_card.idNumber = options.value(QStringLiteral("idNumber")).toString();
        m_card.sex = options.value(QStringLiteral("sex")).toString();
        m_card.birthDate = QDate::fromString(m_card.idNumber.mid(6, 8), QStringLiteral("yyyyMMdd"));
        m_presentPolls = options.value(QStringLiteral("presentPolls"), 3).toInt();
        return true;
    }
    void close() override {}
    Poll poll(hall::IdCard* card, QString*) override
    {
        // Polls 1..presentPolls: card on the reader (reported every time, as vendor SDKs do); after: lifted.
        ++m_polls;
        if (m_polls <= m_presentPolls) {
            *card = m_card;
            return Poll::Card;
        }
        return Poll::NoCard;
    }

private:
    hall::IdCard m_card;
    int m_presentPolls = 3;
    int m_polls = 0;
};

class FakeVendorPlugin : public QObject, public hall::IdCardBackendPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID HALL_IDCARD_BACKEND_IID)
    Q_INTERFACES(hall::IdCardBackendPlugin)

public:
    QString backendName() const override { return QStringLiteral("fake-vendor"); }
    hall::IdCardBackend* createBackend() override { return new FakeVendorBackend; }
};

} // namespace

#include "fakevendorplugin.moc"
