// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTranslator>

namespace hall {

/// The words of the residents' phone pages, through Qt's translation tools like every front end's:
/// the source strings are zh_CN (context "ResidentText"), the English comes from hall_service_en.qm
/// compiled into hall-service (service/i18n/hall_service_en.ts). A page gets both languages at once
/// (`pageJson`, by key) and its script switches between them without asking the service again; the
/// HTML's first paint and the plain answers (429, 404) use them too.
class ResidentText
{
public:
    enum class Lang
    {
        Zh,
        En,
    };

    ResidentText();

    /// Every key's text in `lang`.
    QJsonObject strings(Lang lang) const;
    /// {"zh": {...}, "en": {...}}, made once: what a page's script reads.
    const QByteArray& pageJson() const { return m_pageJson; }
    /// One key's text in `lang` (empty for an unknown key).
    QString text(const QString& key, Lang lang) const;
    /// "中文 / English" for the plain-text answers a script never sees.
    QString both(const QString& key) const
    {
        return text(key, Lang::Zh) + QStringLiteral(" / ") + text(key, Lang::En);
    }

    /// The key of the words for a refused cancellation: by the refusal's code and, when the booking
    /// can no longer be cancelled, by what it became (`status`, the page's booking status).
    static QString cancelErrorKey(const QString& code, const QString& status);

    /// Source strings without an English translation (a test holds this empty).
    QStringList untranslated() const;

    struct Entry;

private:
    QString in(const Entry& e, Lang lang) const;

    QTranslator m_english;
    QByteArray m_pageJson;
};

} // namespace hall
