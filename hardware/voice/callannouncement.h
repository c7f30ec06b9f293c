#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hall {

/// One call to announce: "请 A012 号 到 3 号窗口 办理", or the same with 重呼 for a recall.
struct CallAnnouncement
{
    QString ticketNumber; ///< e.g. A012
    int counter = 0;      ///< window number, 1-999
    bool recall = false;
    bool operator==(const CallAnnouncement&) const = default;
};

/// Turns calls into voice-pack clip keys. Hall reading rules: a ticket number is read character by
/// character, digits one by one (A012 → A 零 一 二); a window number is read as a cardinal up to
/// 99 (12 → 十二, 20 → 二十), digit by digit beyond.
namespace callphrase {

/// The clip keys of one spoken sentence, without the chime.
QStringList sentence(const CallAnnouncement& call);
QStringList ticketNumber(const QString& number);
QStringList counterNumber(int counter);
/// Every key a voice pack must provide.
QStringList requiredKeys();

} // namespace callphrase

} // namespace hall

Q_DECLARE_METATYPE(hall::CallAnnouncement)
