// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesfixture.h"
#include "casestore.h"
#include "storage/sqlstore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace hall;
using namespace hall::test;

namespace {

struct StoredCases
{
    explicit StoredCases(const QString& path, const QByteArray& secret = kCaseSecret)
    {
        SqlStore::Options o;
        o.database = path;
        auto s = SqlStore::open(o);
        REQUIRE(s.ok());
        sql = std::move(s).value();
        auto c = CaseStore::open(sql->database(), secret);
        REQUIRE(c.ok());
        store = std::move(c).value();
    }
    std::unique_ptr<SqlStore> sql;
    std::unique_ptr<CaseStore> store;
};

QByteArray filesIn(const QString& dir)
{
    QByteArray all;
    for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files)) {
        QFile file(f.filePath());
        REQUIRE(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    return all;
}

} // namespace

TEST_CASE("Cases survive a restart with their whole history", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hall.db"));
    CasesFixture fx;
    const CaseRecord c = fx.accept(QStringLiteral("rural_dibao"), 1, QStringLiteral("clerk"));
    // A joint step: the second staff member is stored with the entry and survives the restart.
    REQUIRE_CASE_OK(fx.engine.advance(c.number, 1, QStringLiteral("surveyor"), QStringLiteral("已入户"),
                                      QStringLiteral("surveyor2")));
    REQUIRE_CASE_OK(
        fx.engine.returnForDocuments(c.number, 2, QStringLiteral("收入证明"), QStringLiteral("reviewer")));
    fx.accept(QStringLiteral("elderly_card"), 2);
    {
        StoredCases s(path);
        const auto failed = s.store->commit(fx.engine.takeChanges());
        INFO((failed ? failed->message : QString()).toStdString());
        REQUIRE_FALSE(failed);
        REQUIRE_CASE_OK(fx.engine.addNote(c.number, QStringLiteral("clerk"), QStringLiteral("已电话告知")));
        REQUIRE_FALSE(s.store->commit(fx.engine.takeChanges()));
    }
    StoredCases again(path);
    auto loaded = again.store->load();
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == fx.engine.cases());
    CasesFixture restarted;
    restarted.engine.restore(loaded.value());
    CHECK(restarted.engine.lookup(LookupRequest{QStringLiteral("k"), caseIdNumber(1), kPhone, {}})->size() ==
          1);
    CHECK(restarted.engine.find(c.number)->entries.size() == 4);
}

TEST_CASE("A copy of the database shows neither ID nor phone numbers, nor names", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hall.db"));
    CasesFixture fx;
    AcceptRequest r = fx.request(QStringLiteral("urban_dibao"), 7, QStringLiteral("13987654321"));
    r.name = QStringLiteral("欧阳明");
    REQUIRE_CASE_OK(fx.engine.accept(r, QStringLiteral("clerk")));
    {
        StoredCases s(path);
        REQUIRE_FALSE(s.store->commit(fx.engine.takeChanges()));
        // The file and its write-ahead log, as they are on disk while the service runs.
        const QByteArray raw = filesIn(dir.path());
        CHECK(raw.contains(QByteArrayLiteral("urban_dibao"))); // the file does hold the case
        CHECK_FALSE(raw.contains(caseIdNumber(7).toLatin1()));
        CHECK_FALSE(raw.contains(caseIdNumber(7).left(14).toLatin1()));
        CHECK_FALSE(raw.contains(QByteArrayLiteral("13987654321")));
        CHECK_FALSE(raw.contains(QStringLiteral("欧阳明").toUtf8()));
        QSqlQuery q(s.sql->database());
        REQUIRE(q.exec(QStringLiteral("SELECT id_masked, person_key, id_sealed FROM cases")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("110***********") + caseIdNumber(7).right(4));
        CHECK(q.value(1).toString().size() == 64);
        CHECK_FALSE(q.value(2).toString().contains(caseIdNumber(7)));
    }
    const QByteArray closed = filesIn(dir.path());
    CHECK_FALSE(closed.contains(caseIdNumber(7).toLatin1()));
    CHECK_FALSE(closed.contains(QByteArrayLiteral("13987654321")));
}

TEST_CASE("A store opened with another secret refuses to load rather than misread", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hall.db"));
    CasesFixture fx;
    fx.accept(QStringLiteral("urban_dibao"));
    {
        StoredCases s(path);
        REQUIRE_FALSE(s.store->commit(fx.engine.takeChanges()));
    }
    StoredCases wrong(path, QByteArrayLiteral("another secret of enough length"));
    const auto loaded = wrong.store->load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::StorageFailed);
}

TEST_CASE("Staff case-type permissions are stored per account", "[store]")
{
    QTemporaryDir dir;
    StoredCases s(dir.filePath(QStringLiteral("hall.db")));
    CHECK(s.store->staffCaseTypes(QStringLiteral("li"))->isEmpty());
    REQUIRE(s.store
                ->setStaffCaseTypes(QStringLiteral("li"),
                                    {QStringLiteral("rural_dibao"), QStringLiteral("urban_dibao")})
                .ok());
    CHECK(s.store->staffCaseTypes(QStringLiteral("li")).value() ==
          QStringList{QStringLiteral("rural_dibao"), QStringLiteral("urban_dibao")});
    REQUIRE(s.store->setStaffCaseTypes(QStringLiteral("li"), {QStringLiteral("*")}).ok());
    CHECK(s.store->staffCaseTypes(QStringLiteral("li")).value() == QStringList{QStringLiteral("*")});
}
