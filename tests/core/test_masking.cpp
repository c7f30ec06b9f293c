// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/masking.h"

#include <QList>

#include <catch2/catch.hpp>

using namespace hall;

TEST_CASE("a masked name keeps the first character and one star, whatever the length", "[masking]")
{
    CHECK(maskName(QStringLiteral("张")) == QStringLiteral("张*")); // never shown whole
    CHECK(maskName(QStringLiteral("张三")) == QStringLiteral("张*"));
    CHECK(maskName(QStringLiteral("张秀英")) == QStringLiteral("张*")); // the length is not revealed
    CHECK(maskName(QStringLiteral("欧阳小梅")) == QStringLiteral("欧*"));
    CHECK(maskName(QStringLiteral("阿依古丽·买买提")) == QStringLiteral("阿*"));
    CHECK(maskName(QStringLiteral("  李四 ")) == QStringLiteral("李*"));
    CHECK(maskName(QStringLiteral("Zhang San")) == QStringLiteral("Z*"));
    CHECK(maskName(QString()).isEmpty()); // no name: nothing, never a lone "*"
    CHECK(maskName(QStringLiteral("   ")).isEmpty());
}

TEST_CASE("a name starting outside the BMP keeps both halves of its surrogate pair", "[masking]")
{
    // 𠮷 (U+20BB7) is a surname character outside the BMP: two UTF-16 code units.
    const QString ji = QString::fromUcs4(U"\U00020BB7");
    REQUIRE(ji.size() == 2);
    for (const QString& name :
         {ji, ji + QStringLiteral("祥"), ji + QString::fromUcs4(U"\U00020BB7\U00020BB7")}) {
        const QString masked = maskName(name);
        CHECK(masked == ji + QStringLiteral("*"));
        CHECK(masked.toUcs4().size() == 2); // whole code points: no lone surrogate
        for (const QChar c : masked) {
            if (c.isHighSurrogate()) {
                CHECK(masked.indexOf(c) + 1 < masked.size());
            }
        }
    }
    // A base letter with a combining mark is one grapheme: shown with its mark, never without.
    CHECK(maskName(QStringLiteral("e\u0301lise")) == QStringLiteral("e\u0301*"));
    // Only the second character outside the BMP: the first (in the BMP) stays alone.
    CHECK(maskName(QStringLiteral("张") + ji) == QStringLiteral("张*"));
}

TEST_CASE("a masked phone number shows its first three and last four digits", "[masking]")
{
    CHECK(maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("1234567")) == QStringLiteral("*******"));
    CHECK(maskPhone(QString()).isEmpty());
}
