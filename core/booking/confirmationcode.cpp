// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmationcode.h"

namespace hall {

QString ConfirmationCode::next()
{
    QString code(kLength, Qt::Uninitialized);
    for (int i = 0; i < kLength; ++i) {
        code[i] =
            kAlphabet.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(kAlphabet.size()))));
    }
    return code;
}

QString ConfirmationCode::normalise(const QString& text)
{
    QString code = text.toUpper();
    code.remove(QLatin1Char(' '));
    code.remove(QLatin1Char('-'));
    if (code.size() != kLength) {
        return {};
    }
    for (QChar c : code) {
        if (!kAlphabet.contains(c)) {
            return {};
        }
    }
    return code;
}

} // namespace hall
