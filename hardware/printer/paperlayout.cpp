// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paperlayout.h"

#include <algorithm>
namespace hall {

namespace {

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || c.isSurrogate();
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// A line never starts with these: they stay with what precedes them.
bool closes(QChar c)
{
    static const QString kClosing = QStringLiteral("，。、；：！？）》」』】,.;:!?)%");
    return kClosing.contains(c);
}

// A line never ends with these: they stay with what follows them.
bool opens(QChar c)
{
    static const QString kOpening = QStringLiteral("（《「『【(");
    return kOpening.contains(c);
}

} // namespace

PaperLayout::PaperLayout(int lineDots, Measure measure) : m_lineDots(lineDots), m_measure(std::move(measure))
{}

int PaperLayout::cellWidth(const QString& text, int scale)
{
    // GB18030 printers print every multi-byte character (Chinese, "–", "·") in a full-width cell.
    int dots = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate()) {
            dots += c.unicode() < 0x80 ? 12 : 24;
        }
    }
    return dots * scale;
}

QStringList PaperLayout::units(const QString& text)
{
    // First the raw pieces: spaces, Latin words (letters, digits, ":", "–", "*", "-" …: anything
    // neither space nor wide), runs of Han characters, single wide punctuation marks.
    QStringList raw;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (c.isSpace()) {
            while (j < text.size() && text.at(j).isSpace()) {
                ++j;
            }
        } else if (isHan(c)) {
            while (j < text.size() && isHan(text.at(j))) {
                ++j;
            }
        } else if (!isWide(c) && !closes(c) && !opens(c)) {
            while (j < text.size() && !text.at(j).isSpace() && !isWide(text.at(j)) && !isHan(text.at(j)) &&
                   !opens(text.at(j)) &&
                   !(closes(text.at(j)) && !QStringLiteral(".:%").contains(text.at(j)))) {
                ++j;
            }
        }
        raw.append(text.mid(i, j - i));
        i = j;
    }
    // Long Han runs may break between any two characters; short ones (names) stay whole.
    QStringList pieces;
    for (const QString& r : raw) {
        if (isHan(r.front()) && r.size() > kWholeRun) {
            for (const QChar c : r) {
                pieces.append(QString(c));
            }
        } else {
            pieces.append(r);
        }
    }
    // Closing punctuation joins the piece before it, opening punctuation the piece after it.
    QStringList out;
    QString pendingOpen;
    for (const QString& p : pieces) {
        if (p.size() == 1 && opens(p.front())) {
            pendingOpen += p;
        } else if (p.size() == 1 && closes(p.front()) && !out.isEmpty() && !out.last().front().isSpace()) {
            out.last() += p;
        } else {
            out.append(pendingOpen + p);
            pendingOpen.clear();
        }
    }
    if (!pendingOpen.isEmpty()) {
        out.append(pendingOpen);
    }
    return out;
}

int PaperLayout::fitScale(const QString& text, int wanted) const
{
    const QStringList pieces = units(text);
    for (int scale = std::max(1, wanted); scale > 1; --scale) {
        // Enlarged text keeps a margin of a few dots to the paper's edges.
        const bool fits = std::all_of(pieces.begin(), pieces.end(), [&](const QString& u) {
            return u.front().isSpace() || m_measure(u, scale) <= m_lineDots - 2 * kEnlargedMargin;
        });
        if (fits) {
            return scale;
        }
    }
    return 1;
}

QStringList PaperLayout::wrap(const QString& text, int scale) const
{
    QStringList lines;
    QString line;
    const auto fits = [&](const QString& s) { return m_measure(s, scale) <= m_lineDots; };
    const auto flush = [&] {
        const QString done = line.trimmed();
        if (!done.isEmpty()) {
            lines.append(done);
        }
        line.clear();
    };
    for (const QString& u : units(text)) {
        if (u.front().isSpace()) {
            if (!line.isEmpty()) {
                line += QLatin1Char(' ');
            }
            continue;
        }
        if (fits(line + u)) {
            line += u;
            continue;
        }
        flush();
        if (fits(u)) {
            line = u;
            continue;
        }
        // Wider than a whole line (only at scale 1, after fitScale): cut it where the line is full.
        for (const QChar c : u) {
            if (!line.isEmpty() && !fits(line + c)) {
                flush();
            }
            line += c;
        }
    }
    flush();
    return lines;
}

} // namespace hall
