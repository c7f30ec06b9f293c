// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyeddocument.h"

namespace hall {

Result<KeyedDocument> KeyedDocument::parse(DocumentType type, const QString& number, QDate today,
                                           const QString& nationality, const QByteArray& secret)
{
    auto doc = PersonDocument::parse(type, number, today, nationality);
    if (!doc) {
        return doc.error();
    }
    QString key = doc->personKey(secret);
    QString masked = doc->masked();
    return KeyedDocument{std::move(doc).value(), std::move(key), std::move(masked)};
}

const Result<KeyedDocument>& DocumentOnce::get(DocumentType type, const QString& number, QDate today,
                                               const QString& nationality, const QByteArray& secret)
{
    if (!m_result || type != m_type || today != m_today || number != m_number ||
        nationality != m_nationality || secret != m_secret) {
        m_result = KeyedDocument::parse(type, number, today, nationality, secret);
        m_type = type;
        m_number = number;
        m_today = today;
        m_nationality = nationality;
        m_secret = secret;
    }
    return *m_result;
}

} // namespace hall
