// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "persondocument.h"

#include <optional>

namespace hall {

/// A person's document as the booking rules use it: parsed and checked, with its keyed hash
/// (PersonDocument::personKey) and its masked number (PersonDocument::masked).
struct KeyedDocument
{
    PersonDocument document;
    QString key;
    QString masked;

    /// PersonDocument::parse, then the key under `secret` and the mask; its refusal as it is.
    static Result<KeyedDocument> parse(DocumentType type, const QString& number, QDate today,
                                       const QString& nationality, const QByteArray& secret);
};

/// One person's document as a request gives it, parsed and keyed when first asked and then kept:
/// the booking fairness gate and the engine ask for the same persons in the same turn, and the
/// second parse with its HMAC was a tenth of a booking attempt. Asked with anything else (another
/// number, day or secret: a request that waited over midnight, a second engine) it parses again,
/// so its answer is always KeyedDocument::parse's for what it is asked. One thread only.
class DocumentOnce
{
public:
    const Result<KeyedDocument>& get(DocumentType type, const QString& number, QDate today,
                                     const QString& nationality, const QByteArray& secret);

private:
    DocumentType m_type = DocumentType::MainlandId;
    QString m_number;
    QDate m_today;
    QString m_nationality;
    QByteArray m_secret;
    std::optional<Result<KeyedDocument>> m_result;
};

} // namespace hall
