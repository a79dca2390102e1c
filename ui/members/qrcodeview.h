#pragma once

#include "core/common/qrcode.h"

#include <QImage>
#include <QWidget>

#include <optional>

namespace ui::members {

// A QR code drawn crisp at any size: whole device pixels per module, no smoothing, centred
// with its quiet zone on white.
class QrCodeView final : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeView(QWidget *parent = nullptr);

    void setCode(std::optional<core::QrCode> code);
    const std::optional<core::QrCode> &code() const { return m_code; }

    // The code as a picture of `modulePixels` per module, quiet zone included (for a PNG).
    static QImage image(const core::QrCode &code, int modulePixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<core::QrCode> m_code;
};

} // namespace ui::members
