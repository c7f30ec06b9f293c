// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-admin: device tokens and staff accounts.
#include "hallprocess.h"
#include "hallstore.h"

#include <catch2/catch.hpp>

using namespace hall::test;

TEST_CASE("hall-admin creates devices with a token shown once and stored only hashed")
{
    HallProcess h;
    const QString token = h.addDevice(QStringLiteral("kiosk"), QStringLiteral("kiosk-1"));
    CHECK(token.size() == 43);
    const QString second = h.addDevice(QStringLiteral("display"), QStringLiteral("display-1"));
    CHECK(second != token);

    const AdminRun list = h.admin({QStringLiteral("device"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QLatin1String("kiosk-1\tkiosk")));
    CHECK(list.out.contains(QLatin1String("display-1\tdisplay")));
    CHECK_FALSE(list.out.contains(token));
    CHECK_FALSE(HallStore(h).everything().contains(token.toLatin1()));

    const AdminRun duplicate =
        h.admin({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                 QStringLiteral("kiosk"), QStringLiteral("--name"), QStringLiteral("kiosk-1")});
    CHECK(duplicate.exitCode == 1);
    CHECK(duplicate.out.isEmpty());
    CHECK(h.admin({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                   QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("x")})
              .exitCode == 2);
    CHECK(h.admin({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--role"),
                   QStringLiteral("kiosk"), QStringLiteral("--name"), QStringLiteral("bad name!")})
              .exitCode == 1);

    REQUIRE(
        h.admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("kiosk-1")}).exitCode ==
        0);
    CHECK(h.admin({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("kiosk-1")}).exitCode ==
          1);
    const AdminRun after = h.admin({QStringLiteral("device"), QStringLiteral("list")});
    CHECK_FALSE(after.out.contains(QLatin1String("kiosk-1\tkiosk\t") + QStringLiteral("-")));
}

TEST_CASE("hall-admin manages staff with Argon2id password hashes and allowed counters")
{
    HallProcess h;
    h.addStaff(QStringLiteral("li"), QStringLiteral("1,2"), QStringLiteral("correct horse"));
    const AdminRun list = h.admin({QStringLiteral("staff"), QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("li\t测试员\t1,2")));
    const QByteArray db = HallStore(h).everything();
    CHECK_FALSE(db.contains("correct horse"));
    CHECK(db.contains("$argon2id$"));

    const QStringList add{QStringLiteral("staff"),     QStringLiteral("add"),    QStringLiteral("--user"),
                          QStringLiteral("zhao"),      QStringLiteral("--name"), QStringLiteral("赵"),
                          QStringLiteral("--counters")};
    CHECK(h.admin(add + QStringList{QStringLiteral("1,2")}, "short\n").exitCode == 1);
    CHECK(h.admin(add + QStringList{QStringLiteral("one,two")}, "long enough pass\n").exitCode == 2);
    CHECK(h.admin(add + QStringList{QStringLiteral("1")}, QByteArray()).exitCode == 1);
    CHECK(h.admin({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--user"),
                   QStringLiteral("li"), QStringLiteral("--name"), QStringLiteral("李"),
                   QStringLiteral("--counters"), QStringLiteral("1")},
                  "another password\n")
              .exitCode == 1);

    CHECK(h.admin({QStringLiteral("staff"), QStringLiteral("counters"), QStringLiteral("li"),
                   QStringLiteral("*")})
              .exitCode == 0);
    CHECK(
        h.admin({QStringLiteral("staff"), QStringLiteral("passwd"), QStringLiteral("li")}, "a new password\n")
            .exitCode == 0);
    CHECK(h.admin({QStringLiteral("staff"), QStringLiteral("disable"), QStringLiteral("li")}).exitCode == 0);
    CHECK(h.admin({QStringLiteral("staff"), QStringLiteral("passwd"), QStringLiteral("nobody")},
                  "a new password\n")
              .exitCode == 1);
    const AdminRun after = h.admin({QStringLiteral("staff"), QStringLiteral("list")});
    CHECK(after.out.contains(QStringLiteral("li\t测试员\t*")));
    CHECK_FALSE(after.out.contains(QStringLiteral("\t-\n")));
    CHECK(h.admin({QStringLiteral("nonsense")}).exitCode == 2);
}

TEST_CASE("hall-admin: user names are unique without regard to case, passwords follow a minimal rule, "
          "names hold no control characters")
{
    HallProcess h;
    h.addStaff(QStringLiteral("wang"), QStringLiteral("1"));
    const auto add = [&](const QString& user, const QString& name, const QByteArray& password) {
        return h.admin({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("--user"), user,
                        QStringLiteral("--name"), name, QStringLiteral("--counters"), QStringLiteral("1")},
                       password + '\n');
    };
    const AdminRun twin = add(QStringLiteral("WANG"), QStringLiteral("王"), "another-pass");
    CHECK(twin.exitCode == 1);
    CHECK(twin.err.contains(QStringLiteral("已存在")));
    CHECK(add(QStringLiteral("zhao"), QStringLiteral("赵"), "12345678").exitCode == 1);   // only digits
    CHECK(add(QStringLiteral("zhao"), QStringLiteral("赵"), "aaaabbbb").exitCode == 1);   // 2 characters
    CHECK(add(QStringLiteral("zhao"), QStringLiteral("赵"), "zhao-2026x").exitCode == 1); // the user name
    CHECK(add(QStringLiteral("zhao"), QStringLiteral("赵\n四"), "good-pass-1").exitCode == 1);
    CHECK(add(QStringLiteral("zhao"), QStringLiteral("赵\u202e四"), "good-pass-1").exitCode == 1);
    CHECK(add(QStringLiteral("zhao"), QStringLiteral("赵四"), "good-pass-1").exitCode == 0);
    // hall-admin finds the account whatever the case typed.
    CHECK(h.admin({QStringLiteral("staff"), QStringLiteral("counters"), QStringLiteral("ZHAO"),
                   QStringLiteral("2")})
              .exitCode == 0);
    CHECK(h.admin({QStringLiteral("staff"), QStringLiteral("list")})
              .out.contains(QStringLiteral("zhao\t赵四\t2")));
}
