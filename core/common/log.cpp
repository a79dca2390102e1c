#include "core/common/log.h"

Q_LOGGING_CATEGORY(lcStorage, "chaincard.storage")
Q_LOGGING_CATEGORY(lcWallet, "chaincard.wallet")
Q_LOGGING_CATEGORY(lcDemo, "chaincard.demo")
Q_LOGGING_CATEGORY(lcAuth, "chaincard.auth")
Q_LOGGING_CATEGORY(lcDashboard, "chaincard.dashboard", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBroadcasts, "chaincard.broadcasts")
Q_LOGGING_CATEGORY(lcImport, "chaincard.import", QtInfoMsg)
