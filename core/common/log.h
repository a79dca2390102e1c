#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcWallet)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcDashboard)
Q_DECLARE_LOGGING_CATEGORY(lcBroadcasts)
// Where an import's time goes (debug, off unless QT_LOGGING_RULES="chaincard.import.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcImport)
