#pragma once

#include <QString>

namespace core::auth::password {

// Argon2id through libsodium (memory-hard, salted, self-describing string). Cost is
// libsodium's "interactive" level: about 64 MiB and a fraction of a second per sign-in.
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);

// At least 8 characters; returns an empty string when acceptable, else the translated reason.
QString weakness(const QString &password);

} // namespace core::auth::password
