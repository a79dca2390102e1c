#pragma once

#include "core/common/result.h"

#include <QString>
#include <QVector>

namespace core {

// A QR code as a square matrix of modules (libqrencode underneath), for the member code that
// a counter's scanner reads for cardless payment: the scanner types the payload followed by
// Enter, so the payload is the member code as it stands. Drawing is the caller's: dark modules
// on a light ground with a quiet zone of QuietZone modules around the matrix.
class QrCode
{
public:
    // How much of the code may be damaged and still read (L 7%, M 15%, Q 25%, H 30%).
    enum class Correction { Low, Medium, Quartile, High };
    static constexpr int QuietZone = 4;

    // The smallest version that holds `text` (UTF-8) at `correction`. Refuses empty text and
    // text too long for any version (InvalidInput).
    static Result<QrCode> encode(const QString &text, Correction correction = Correction::Medium);

    int version() const { return m_version; } // 1..40
    int size() const { return m_size; }       // modules per side: 17 + 4 * version
    bool isDark(int x, int y) const;          // false outside the matrix

private:
    int m_version = 0;
    int m_size = 0;
    QVector<bool> m_dark; // row by row
};

} // namespace core
