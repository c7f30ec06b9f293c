// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantMap>

#include <memory>

namespace hall {

class Announcer;
class KioskShell;

/// Elderly mode's voice: one spoken sentence for each page the resident reaches ("请把身份证放在读卡
///区…"), in the kiosk's language, through the hardware Announcer and the voice pack's guidance
/// clips (guide_<page>_<zh|en>). The announcer is built on first use, so a kiosk that is never
/// switched to elderly mode starts no audio pipeline.
class VoiceGuide : public QObject
{
    Q_OBJECT

public:
    /// `voice` holds createAnnouncer keys (audio, voiceDir, volume, …); empty: no voice.
    VoiceGuide(KioskShell* kiosk, QVariantMap voice, QObject* parent = nullptr);
    ~VoiceGuide() override;

    /// The guidance clip for where the resident is now, e.g. guide_identify_zh.
    QString currentKey() const;
    /// The announcer, once guidance was first needed (null before, or when it cannot be built).
    Announcer* announcer() const { return m_announcer.get(); }

signals:
    /// Guidance was handed to the announcer (which skips clips its pack lacks).
    void guided(const QString& key);

private:
    void speak();

    KioskShell* m_kiosk;
    QVariantMap m_voice;
    std::unique_ptr<Announcer> m_announcer;
    bool m_unavailable = false;
};

} // namespace hall
