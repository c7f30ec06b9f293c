// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voiceguide.h"

#include "kioskshell.h"
#include "voice/announcerfactory.h"

#include <QLoggingCategory>
#include <QMetaEnum>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcVoice, "hall.kiosk.voice")
}

VoiceGuide::VoiceGuide(KioskShell* kiosk, QVariantMap voice, QObject* parent)
    : QObject(parent), m_kiosk(kiosk), m_voice(std::move(voice))
{
    connect(m_kiosk, &KioskShell::pageChanged, this, &VoiceGuide::speak);
    // Switching elderly mode on, or the language while in it, repeats where the resident is.
    connect(m_kiosk, &KioskShell::elderlyChanged, this, &VoiceGuide::speak);
    connect(m_kiosk, &KioskShell::englishChanged, this, &VoiceGuide::speak);
}

VoiceGuide::~VoiceGuide() = default;

QString VoiceGuide::currentKey() const
{
    const auto page = m_kiosk->page();
    QString name =
        QString::fromLatin1(QMetaEnum::fromType<KioskShell::Page>().valueToKey(int(page))).toLower();
    if (page == KioskShell::Page::Ticket && !m_kiosk->printer()->isReady()) {
        name += QStringLiteral("_screen"); // no paper ticket: photograph the screen
    }
    return QStringLiteral("guide_%1_%2")
        .arg(name, m_kiosk->english() ? QStringLiteral("en") : QStringLiteral("zh"));
}

void VoiceGuide::speak()
{
    if (!m_kiosk->elderly() || m_voice.isEmpty() || m_unavailable) {
        return;
    }
    if (!m_announcer) {
        QString error;
        m_announcer = createAnnouncer(m_voice, &error);
        if (!m_announcer) {
            // The kiosk works without a voice; staff find the reason in the log.
            qCWarning(lcVoice).noquote() << "no voice guidance:" << error;
            m_unavailable = true;
            return;
        }
    }
    const QString key = currentKey();
    m_announcer->guide(key);
    emit guided(key);
}

} // namespace hall
