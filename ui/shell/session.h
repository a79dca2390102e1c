#pragma once

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"

namespace core::storage {
class Database;
}

namespace ui {

// What every page needs: the open chain, who is signed in, and the chain's settings.
struct Session
{
    core::storage::Database &db;
    core::auth::Actor actor;
    core::chain::ChainSettings settings;
};

} // namespace ui
