#include "core/common/qrcode.h"

#include <QCoreApplication>

#include <cerrno>
#include <memory>
#include <qrencode.h>

namespace core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)
};

QRecLevel level(QrCode::Correction correction)
{
    switch (correction) {
    case QrCode::Correction::Low: return QR_ECLEVEL_L;
    case QrCode::Correction::Medium: return QR_ECLEVEL_M;
    case QrCode::Correction::Quartile: return QR_ECLEVEL_Q;
    case QrCode::Correction::High: return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

} // namespace

Result<QrCode> QrCode::encode(const QString &text, Correction correction)
{
    if (text.isEmpty())
        return Error(Error::Code::InvalidInput, Tr::tr("A QR code needs something to encode."),
                     QStringLiteral("qr"));
    const QByteArray utf8 = text.toUtf8();
    // Version 0: the smallest that fits. Mode hint 8-bit and case-sensitive: libqrencode still
    // picks numeric mode for runs of digits such as a member code.
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, level(correction), QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        if (errno == ERANGE || errno == EINVAL)
            return Error(Error::Code::InvalidInput,
                         Tr::tr("%n byte(s) of text do not fit in a QR code.", nullptr,
                                int(utf8.size())),
                         QStringLiteral("qr"));
        return Error(Error::Code::Storage, Tr::tr("The QR code could not be made: out of memory."),
                     QStringLiteral("qr"));
    }
    QrCode qr;
    qr.m_version = code->version;
    qr.m_size = code->width;
    qr.m_dark.resize(qr.m_size * qr.m_size);
    for (int i = 0; i < qr.m_dark.size(); ++i)
        qr.m_dark[i] = code->data[i] & 1; // bit 0: dark; the other bits say what the module is
    return qr;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark.at(y * m_size + x);
}

} // namespace core
