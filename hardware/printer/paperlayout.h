// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace hall {

/// Lays a paragraph out on receipt paper before it is sent, because a printer left to itself wraps
/// wherever the line is full ("养老服/务", "08:30–/09:15") and clips what cannot wrap (an 8-character
/// booking code at 4× on 58 mm). Lines break at spaces, after Chinese punctuation and between
/// Chinese characters; never inside a Latin word, a number, a time or a masked ID; a short run of
/// Chinese characters (a service name) moves to the next line whole when it does not fit. Widths
/// come from a measure of the printer's own font, so the layout is the printer profile's.
class PaperLayout
{
public:
    /// Width in dots of `text` printed at `scale` (GS ! magnification 1-8).
    using Measure = std::function<int(const QString& text, int scale)>;

    PaperLayout(int lineDots, Measure measure);

    /// A printer's character generator: 12 dots for an ASCII character, 24 for any other (the
    /// standard 12×24 / 24×24 fonts of GB18030 printers), times the scale.
    static int cellWidth(const QString& text, int scale);

    /// The largest scale ≤ `wanted` at which no unbreakable unit of `text` is wider than a line less
    /// a margin at each edge (so wrapping never has to cut one); 1 when even that does not do.
    int fitScale(const QString& text, int wanted) const;
    /// `text` as lines no wider than a line at `scale`.
    QStringList wrap(const QString& text, int scale) const;
    /// The pieces a line may break between (spaces are pieces of their own).
    static QStringList units(const QString& text);

    static constexpr int kWholeRun = 8;       ///< Chinese runs up to this long are kept whole (names)
    static constexpr int kEnlargedMargin = 8; ///< dots kept free at each edge by enlarged text

private:
    int m_lineDots;
    Measure m_measure;
};

} // namespace hall
