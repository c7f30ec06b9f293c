// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedidcardreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

namespace hall {

namespace {

/// A grey head-and-shoulders placeholder, marked as a test photo.
QImage placeholderPhoto()
{
    QImage img(102, 126, QImage::Format_RGB32);
    img.fill(QColor(225, 230, 235));
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(150, 155, 160));
    p.drawEllipse(QPointF(51, 48), 22, 26);
    p.drawRoundedRect(QRectF(16, 82, 70, 60), 28, 28);
    return img;
}

} // namespace

SimulatedIdCardReader::SimulatedIdCardReader(QString file, QObject* parent)
    : IdCardReader(parent), m_file(std::move(file))
{
    connect(&m_auto, &QTimer::timeout, this, [this] {
        if (!m_cards.isEmpty()) {
            present(m_next);
        }
    });
}

QList<IdCard> SimulatedIdCardReader::loadCards(const QString& file, QString* error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法打开测试身份文件 %1").arg(file);
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    if (!doc.isObject()) {
        *error = QStringLiteral("测试身份文件格式错误：%1").arg(parse.errorString());
        return {};
    }
    const QDir base = QFileInfo(file).absoluteDir();
    QList<IdCard> cards;
    const QJsonArray list = doc.object().value(QStringLiteral("cards")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        IdCard c;
        c.name = o.value(QStringLiteral("name")).toString();
        c.sex = o.value(QStringLiteral("sex")).toString();
        c.nation = o.value(QStringLiteral("nation")).toString();
        c.birthDate = QDate::fromString(o.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
        c.address = o.value(QStringLiteral("address")).toString();
        c.idNumber = o.value(QStringLiteral("idNumber")).toString().toUpper();
        c.issuer = o.value(QStringLiteral("issuer")).toString();
        c.validFrom = QDate::fromString(o.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
        c.validUntil = QDate::fromString(o.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
        const QString photo = o.value(QStringLiteral("photo")).toString();
        c.photo = photo.isEmpty() ? placeholderPhoto() : QImage(base.filePath(photo));
        const QString problem = c.photo.isNull() ? QStringLiteral("照片无法读取") : c.consistencyProblem();
        if (!problem.isEmpty()) {
            // Masked: even test identities follow the rule, so real data pasted in by mistake is safe.
            *error = QStringLiteral("第 %1 张卡（%2）：%3").arg(i + 1).arg(c.maskedIdNumber(), problem);
            return {};
        }
        cards << c;
    }
    if (cards.isEmpty()) {
        *error = QStringLiteral("测试身份文件中没有卡");
    }
    return cards;
}

bool SimulatedIdCardReader::start()
{
    QString error;
    m_cards = loadCards(m_file, &error);
    if (m_cards.isEmpty()) {
        emit errorOccurred(error);
        return false;
    }
    if (!m_started) {
        m_started = true;
        emit availableChanged();
    }
    return true;
}

void SimulatedIdCardReader::stop()
{
    m_auto.stop();
    m_present = -1;
    if (m_started) {
        m_started = false;
        emit availableChanged();
    }
}

bool SimulatedIdCardReader::present(int index)
{
    if (!m_started || index < 0 || index >= m_cards.size()) {
        return false;
    }
    removeCard();
    m_present = index;
    m_next = (index + 1) % int(m_cards.size());
    // A real reader needs a moment to read the chip: deliver on the next event-loop turn.
    const IdCard card = m_cards.at(index);
    QMetaObject::invokeMethod(
        this, [this, card] { emit cardRead(card); }, Qt::QueuedConnection);
    return true;
}

void SimulatedIdCardReader::removeCard()
{
    if (m_present >= 0) {
        m_present = -1;
        emit cardRemoved();
    }
}

void SimulatedIdCardReader::setAutoPresent(int ms)
{
    if (ms > 0) {
        m_auto.start(ms);
    } else {
        m_auto.stop();
    }
}

} // namespace hall
