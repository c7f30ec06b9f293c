// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// RowModel replaces only what changed, so the desk's lists keep their delegates: a call removes
// one row, a new ticket inserts one, a changed wait updates one.
#include "rowmodel.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using hall::RowModel;

namespace {

QList<QVariantMap> rows(const QStringList& numbers, int minutes = 0)
{
    QList<QVariantMap> out;
    for (const QString& n : numbers) {
        out.append({{QStringLiteral("number"), n}, {QStringLiteral("waitedMinutes"), minutes}});
    }
    return out;
}

QStringList numbers(const RowModel& m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i) {
        out.append(m.data(m.index(i), Qt::UserRole + 1).toString());
    }
    return out;
}

} // namespace

TEST_CASE("RowModel changes only the rows that changed", "[rowmodel][nostore]")
{
    RowModel m({QStringLiteral("number"), QStringLiteral("waitedMinutes")});
    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
    QSignalSpy count(&m, &RowModel::countChanged);

    m.setRows(rows({QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003")}));
    CHECK(numbers(m) == QStringList{QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003")});
    CHECK(inserted.size() == 1);
    CHECK(count.size() == 1);
    CHECK(m.find(QStringLiteral("number"), QStringLiteral("A003")) == 2);
    CHECK(m.find(QStringLiteral("number"), QStringLiteral("Z999")) == -1);

    SECTION("the head is called: one row removed at the top")
    {
        m.setRows(rows({QStringLiteral("A002"), QStringLiteral("A003")}));
        REQUIRE(removed.size() == 1);
        CHECK(removed.at(0).at(1).toInt() == 0);
        CHECK(removed.at(0).at(2).toInt() == 0);
        CHECK(numbers(m) == QStringList{QStringLiteral("A002"), QStringLiteral("A003")});
    }
    SECTION("a ticket in the middle is called and a new one arrives")
    {
        m.setRows(rows({QStringLiteral("A001"), QStringLiteral("A003"), QStringLiteral("A004")}));
        CHECK(numbers(m) ==
              QStringList{QStringLiteral("A001"), QStringLiteral("A003"), QStringLiteral("A004")});
        CHECK(inserted.size() + removed.size() + changed.size() >= 1);
    }
    SECTION("the minutes grow: data changed, no rows come or go")
    {
        m.setRows(rows({QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003")}, 1));
        CHECK(changed.size() == 1);
        CHECK(inserted.size() == 1);
        CHECK(removed.isEmpty());
        CHECK(m.get(2).value(QStringLiteral("waitedMinutes")).toInt() == 1);
    }
    SECTION("nothing changed: no signal")
    {
        m.setRows(rows({QStringLiteral("A001"), QStringLiteral("A002"), QStringLiteral("A003")}));
        CHECK(changed.isEmpty());
        CHECK(count.size() == 1);
    }
    SECTION("emptied")
    {
        m.setRows({});
        CHECK(m.rowCount() == 0);
        CHECK(count.size() == 2);
    }
    CHECK(reset.isEmpty());
}
