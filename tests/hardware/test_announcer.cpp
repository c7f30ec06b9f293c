// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/announcer.h"
#include "voice/announcerfactory.h"
#include "voice/callannouncement.h"
#include "voice/callphrase.h"
#include "voice/clipplayer.h"
#include "voice/voicepack.h"
#include "voice/wavfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

/// A test double for the audio device: records each utterance it was asked to play (as clip keys)
/// and finishes it only when the test says so, so the announcer's queueing can be observed.
class ScriptedClipPlayer : public ClipPlayer
{
public:
    void play(const QStringList& files) override
    {
        QStringList keys;
        for (const QString& f : files) {
            keys << QFileInfo(f).completeBaseName();
        }
        utterances << keys;
    }
    void setVolume(float v) override { volumes << v; }
    void finish(bool ok = true) { emit finished(ok, ok ? QString() : QStringLiteral("device gone")); }

    QList<QStringList> utterances;
    QList<float> volumes;
};

VoicePack defaultPack()
{
    QString error;
    VoicePack pack = VoicePack::load(VoicePack::defaultDirectory(), &error);
    INFO(error.toStdString());
    REQUIRE_FALSE(pack.isEmpty());
    return pack;
}

QStringList keys(const char* spaced)
{
    return QString::fromLatin1(spaced).split(QLatin1Char(' '));
}

} // namespace

TEST_CASE("call sentences follow the hall reading rules", "[announcer]")
{
    using callphrase::sentence;
    CHECK(sentence({QStringLiteral("A012"), 3, false}) ==
          keys("qing A d0 d1 d2 hao dao d3 hao chuangkou banli"));
    CHECK(sentence({QStringLiteral("A012"), 3, true}) ==
          keys("qing A d0 d1 d2 hao dao d3 hao chuangkou banli chonghu"));
    CHECK(sentence({QStringLiteral("b100"), 10, false}) ==
          keys("qing B d1 d0 d0 hao dao shi hao chuangkou banli"));
    CHECK(sentence({QStringLiteral("L999"), 12, false}) ==
          keys("qing L d9 d9 d9 hao dao shi d2 hao chuangkou banli"));
    CHECK(sentence({QStringLiteral("K007"), 20, false}) ==
          keys("qing K d0 d0 d7 hao dao d2 shi hao chuangkou banli"));
    CHECK(sentence({QStringLiteral("E050"), 35, false}) ==
          keys("qing E d0 d5 d0 hao dao d3 shi d5 hao chuangkou banli"));
    CHECK(sentence({QStringLiteral("D001"), 105, false}) ==
          keys("qing D d0 d0 d1 hao dao d1 d0 d5 hao chuangkou banli"));
}

TEST_CASE("every call of a day maps to clips the voice pack has", "[announcer]")
{
    const QStringList required = callphrase::requiredKeys();
    for (QChar prefix : QStringLiteral("ABCDEFGHJKL")) {
        for (int n = 1; n <= 999; n += 7) {
            const QString number = prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
            for (int counter = 1; counter <= 40; counter += 3) {
                const QStringList s = callphrase::sentence({number, counter, n % 2 == 0});
                REQUIRE(s.first() == QStringLiteral("qing"));
                REQUIRE(s.mid(1, 4) == callphrase::ticketNumber(number));
                REQUIRE(s.last() == (n % 2 == 0 ? QStringLiteral("chonghu") : QStringLiteral("banli")));
                for (const QString& key : s) {
                    REQUIRE(required.contains(key));
                }
            }
        }
    }
    // Window numbers read as cardinals: never "一十" for 10-19, never a trailing "零".
    for (int c = 1; c <= 99; ++c) {
        const QStringList k = callphrase::counterNumber(c);
        CHECK_FALSE(k.endsWith(QStringLiteral("d0")));
        CHECK_FALSE((c >= 10 && c < 20 && k.first() != QStringLiteral("shi")));
    }
}

TEST_CASE("announcer plays chime then the sentence repeat times", "[announcer]")
{
    auto* player = new ScriptedClipPlayer;
    Announcer announcer(defaultPack(), std::unique_ptr<ClipPlayer>(player));
    announcer.setRepeat(3);
    const CallAnnouncement call{QStringLiteral("A012"), 3, false};
    QSignalSpy finished(&announcer, &Announcer::announcementFinished);
    announcer.announce(call);
    REQUIRE(player->utterances.size() == 1);
    CHECK(finished.isEmpty());
    player->finish();
    CHECK(finished.size() == 1);
    const QStringList sentence = callphrase::sentence(call);
    CHECK(player->utterances.first() ==
          QStringList{QStringLiteral("chime")} + sentence + sentence + sentence);
    CHECK(announcer.clipsFor(call) == player->utterances.first());
}

TEST_CASE("announcements queue and are never cut off", "[announcer]")
{
    auto* player = new ScriptedClipPlayer;
    Announcer announcer(defaultPack(), std::unique_ptr<ClipPlayer>(player));
    announcer.setRepeat(1);
    QSignalSpy started(&announcer, &Announcer::announcementStarted);
    QSignalSpy finished(&announcer, &Announcer::announcementFinished);
    QSignalSpy idle(&announcer, &Announcer::idle);
    const CallAnnouncement first{QStringLiteral("A012"), 3, false};
    const CallAnnouncement second{QStringLiteral("B034"), 5, false};
    const CallAnnouncement third{QStringLiteral("A012"), 3, true};

    announcer.announce(first);
    announcer.announce(second); // arrive while the first is being spoken
    announcer.announce(third);
    CHECK(announcer.isSpeaking());
    CHECK(announcer.pendingCount() == 2);
    CHECK(started.size() == 1);
    CHECK(player->utterances.size() == 1); // the first is not interrupted by the others
    player->finish();
    CHECK(player->utterances.size() == 2);
    CHECK(announcer.pendingCount() == 1);
    player->finish();
    player->finish();
    REQUIRE(idle.size() == 1);
    const QStringList chime{QStringLiteral("chime")};
    REQUIRE(player->utterances.size() == 3);
    CHECK(player->utterances.at(0) == chime + callphrase::sentence(first));
    CHECK(player->utterances.at(1) == chime + callphrase::sentence(second));
    CHECK(player->utterances.at(2) == chime + callphrase::sentence(third));
    REQUIRE(finished.size() == 3);
    CHECK(finished.at(0).at(0).value<CallAnnouncement>() == first);
    CHECK(finished.at(1).at(0).value<CallAnnouncement>() == second);
    CHECK(finished.at(2).at(0).value<CallAnnouncement>() == third);
    CHECK_FALSE(announcer.isSpeaking());
}

TEST_CASE("a failed playback is reported and the queue goes on", "[announcer]")
{
    auto* player = new ScriptedClipPlayer;
    Announcer announcer(defaultPack(), std::unique_ptr<ClipPlayer>(player));
    QSignalSpy failed(&announcer, &Announcer::playbackFailed);
    QSignalSpy finished(&announcer, &Announcer::announcementFinished);
    announcer.announce({QStringLiteral("C001"), 1, false});
    announcer.announce({QStringLiteral("C002"), 1, false});
    player->finish(false);
    REQUIRE(failed.size() == 1);
    CHECK(failed.at(0).at(1).toString() == QStringLiteral("device gone"));
    CHECK(player->utterances.size() == 2);
    player->finish();
    CHECK(finished.size() == 2);
    CHECK(failed.size() == 1);
}

TEST_CASE("volume and quiet hours", "[announcer]")
{
    auto* player = new ScriptedClipPlayer;
    Announcer announcer(defaultPack(), std::unique_ptr<ClipPlayer>(player));
    announcer.setRepeat(1);
    QDateTime now;
    announcer.setClock([&now] { return now; });
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    auto at = [&](int h, int m) { now = QDateTime(QDate(2026, 11, 24), QTime(h, m), shanghai).toUTC(); };
    announcer.setVolume(0.8);
    announcer.setQuietHours(QTime(22, 0), QTime(7, 0), 0.3); // wraps midnight

    at(12, 0);
    CHECK(announcer.effectiveVolume() == Approx(0.8));
    at(22, 0);
    CHECK(announcer.effectiveVolume() == Approx(0.3));
    at(6, 59);
    CHECK(announcer.effectiveVolume() == Approx(0.3));
    at(7, 0);
    CHECK(announcer.effectiveVolume() == Approx(0.8));

    at(23, 30);
    announcer.announce({QStringLiteral("A001"), 1, false});
    player->finish();
    REQUIRE(player->volumes.size() == 1);
    CHECK(player->volumes.last() == Approx(0.3f));

    announcer.setQuietHours(QTime(22, 0), QTime(7, 0), 0.0); // silent at night
    QSignalSpy skipped(&announcer, &Announcer::announcementSkipped);
    announcer.announce({QStringLiteral("A002"), 1, false});
    REQUIRE(skipped.size() == 1);
    CHECK(skipped.at(0).at(1).toString() == QStringLiteral("quiet hours"));
    CHECK(player->utterances.size() == 1);
    at(9, 0);
    announcer.announce({QStringLiteral("A003"), 1, false});
    CHECK(player->utterances.size() == 2);
    CHECK(player->volumes.last() == Approx(0.8f));
}

TEST_CASE("the build-time voice pack is complete 16-bit PCM", "[announcer]")
{
    const VoicePack pack = defaultPack();
    for (const QString& key : callphrase::requiredKeys()) {
        QFile f(pack.file(key));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(44);
        REQUIRE(head.startsWith("RIFF"));
        INFO(key.toStdString());
        CHECK(qFromLittleEndian<quint16>(head.constData() + 20) == 1);  // PCM
        CHECK(qFromLittleEndian<quint16>(head.constData() + 34) == 16); // bits per sample
        const std::optional<WavFile> wav = WavFile::read(f.fileName());
        REQUIRE(wav);
        CHECK(wav->durationMs() > 100);
        CHECK(wav->durationMs() < 1500);
    }
}

TEST_CASE("guidance is one clip without chime, a newer one replaces one still waiting", "[announcer]")
{
    auto* player = new ScriptedClipPlayer;
    Announcer announcer(defaultPack(), std::unique_ptr<ClipPlayer>(player));
    QSignalSpy started(&announcer, &Announcer::guidanceStarted);
    QSignalSpy finished(&announcer, &Announcer::guidanceFinished);
    QSignalSpy callsFinished(&announcer, &Announcer::announcementFinished);
    announcer.guide(QStringLiteral("guide_home_zh"));
    REQUIRE(player->utterances.size() == 1);
    CHECK(player->utterances.first() == QStringList{QStringLiteral("guide_home_zh")});
    // While it speaks, the resident taps twice: only the page they end on is spoken next.
    announcer.guide(QStringLiteral("guide_choose_zh"));
    announcer.guide(QStringLiteral("guide_identify_zh"));
    CHECK(announcer.pendingCount() == 1);
    player->finish();
    player->finish();
    REQUIRE(player->utterances.size() == 2);
    CHECK(player->utterances.at(1) == QStringList{QStringLiteral("guide_identify_zh")});
    CHECK(started.size() == 2);
    REQUIRE(finished.size() == 2);
    CHECK(finished.at(1).at(0).toString() == QLatin1String("guide_identify_zh"));
    CHECK(callsFinished.isEmpty()); // guidance is not a call
    CHECK_FALSE(announcer.isSpeaking());
}

TEST_CASE("guidance never drops a queued call", "[announcer]")
{
    auto* player = new ScriptedClipPlayer;
    Announcer announcer(defaultPack(), std::unique_ptr<ClipPlayer>(player));
    announcer.setRepeat(1);
    const CallAnnouncement call{QStringLiteral("A012"), 3, false};
    announcer.guide(QStringLiteral("guide_home_zh"));
    announcer.announce(call);
    announcer.guide(QStringLiteral("guide_ticket_zh"));
    player->finish();
    player->finish();
    player->finish();
    REQUIRE(player->utterances.size() == 3);
    CHECK(player->utterances.at(1) == QStringList{QStringLiteral("chime")} + callphrase::sentence(call));
    CHECK(player->utterances.at(2) == QStringList{QStringLiteral("guide_ticket_zh")});
}

TEST_CASE("guidance the pack lacks is skipped, not played", "[announcer]")
{
    auto* player = new ScriptedClipPlayer;
    Announcer announcer(defaultPack(), std::unique_ptr<ClipPlayer>(player));
    QSignalSpy skipped(&announcer, &Announcer::guidanceSkipped);
    announcer.guide(QStringLiteral("guide_nowhere_zh"));
    CHECK(player->utterances.isEmpty());
    REQUIRE(skipped.size() == 1);
    CHECK(skipped.first().at(0).toString() == QLatin1String("guide_nowhere_zh"));
    CHECK_FALSE(announcer.isSpeaking());
}

TEST_CASE("the build-time pack speaks guidance for every kiosk page in both languages", "[announcer]")
{
    const VoicePack pack = defaultPack();
    for (const char* page : {"home", "choose", "identify", "ticket", "ticket_screen", "refused", "booking",
                             "checkin", "cases"}) {
        for (const char* lang : {"zh", "en"}) {
            const QString key = QStringLiteral("guide_%1_%2").arg(QLatin1String(page), QLatin1String(lang));
            INFO(key.toStdString());
            const std::optional<WavFile> wav = WavFile::read(pack.file(key));
            REQUIRE(wav);
            CHECK(wav->durationMs() > 1000); // a sentence, not a stray syllable
            CHECK(wav->durationMs() < 15000);
        }
    }
}

TEST_CASE("clips of one format join into one WAV", "[announcer]")
{
    const VoicePack pack = defaultPack();
    const QStringList files{pack.file(QStringLiteral("chime")), pack.file(QStringLiteral("qing")),
                            pack.file(QStringLiteral("A"))};
    const std::optional<WavFile> joined = WavFile::join(files);
    REQUIRE(joined);
    int sum = 0;
    for (const QString& f : files) {
        sum += WavFile::read(f)->samples.size();
    }
    CHECK(joined->samples.size() == sum);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("joined.wav"));
    QFile f(out);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(joined->toBytes());
    f.close();
    const std::optional<WavFile> back = WavFile::read(out);
    REQUIRE(back);
    CHECK(back->sameFormat(*joined));
    CHECK(back->samples == joined->samples);

    WavFile other = *back;
    other.sampleRate = 44100;
    const QString odd = dir.filePath(QStringLiteral("odd.wav"));
    QFile g(odd);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(other.toBytes());
    g.close();
    QString why;
    CHECK_FALSE(WavFile::join({files.first(), odd}, &why));
    CHECK(why.contains(QStringLiteral("format differs")));
}

TEST_CASE("a directory of recorded clips replaces the voice pack", "[announcer]")
{
    QTemporaryDir dir;
    const VoicePack original = defaultPack();
    for (const QString& key : callphrase::requiredKeys()) {
        if (key != QStringLiteral("chonghu")) {
            REQUIRE(QFile::copy(original.file(key), dir.filePath(key + QStringLiteral(".wav"))));
        }
    }
    QString error;
    CHECK(VoicePack::load(dir.path(), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("chonghu")));
    REQUIRE(
        QFile::copy(original.file(QStringLiteral("chonghu")), dir.filePath(QStringLiteral("chonghu.ogg"))));
    const VoicePack replaced = VoicePack::load(dir.path(), &error);
    REQUIRE_FALSE(replaced.isEmpty());
    CHECK(replaced.file(QStringLiteral("qing")).startsWith(QDir(dir.path()).absolutePath()));
    CHECK(replaced.file(QStringLiteral("chonghu")).endsWith(QStringLiteral(".ogg")));
}

TEST_CASE("the silent audio backend takes as long as the clips", "[announcer]")
{
    QString error;
    auto announcer = createAnnouncer(
        {{QStringLiteral("audio"), QStringLiteral("silent")}, {QStringLiteral("repeat"), 1}}, &error);
    REQUIRE(announcer);
    const CallAnnouncement call{QStringLiteral("A012"), 3, false};
    int expectedMs = 0;
    for (const QString& key : announcer->clipsFor(call)) {
        expectedMs += WavFile::read(announcer->voicePack().file(key))->durationMs();
    }
    QSignalSpy finished(announcer.get(), &Announcer::announcementFinished);
    QElapsedTimer timer;
    timer.start();
    announcer->announce(call);
    REQUIRE(finished.wait(20000));
    CHECK(timer.elapsed() >= expectedMs - 20);
    CHECK_FALSE(createAnnouncer({{QStringLiteral("audio"), QStringLiteral("beeper")}}, &error));
    CHECK_FALSE(createAnnouncer({{QStringLiteral("voiceDir"), QStringLiteral("/nonexistent")}}, &error));
    CHECK(error.contains(QStringLiteral("lacks clips")));
}
