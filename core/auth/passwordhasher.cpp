#include "core/auth/passwordhasher.h"

#include "core/common/log.h"

#include <QCoreApplication>

#include <sodium.h>

namespace core::auth::password {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Auth)
};

bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString hash(const QString &password)
{
    if (!ensureSodium())
        qFatal("libsodium could not be initialised");
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        qFatal("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
        == 0;
}

QString weakness(const QString &password)
{
    if (password.size() < 8)
        return Tr::tr("A password needs at least 8 characters.");
    return {};
}

} // namespace core::auth::password
