#pragma once

// How the fleet is divided among phonedesk-server instances in a team database: every phone
// belongs to one of a fixed number of shards, computed from its id the same way in C++ and in SQL
// (`id % 64`), so that a server can select its phones and claim their commands in one query.

#include "entities.h"

namespace PhoneDesk {

inline constexpr int ShardCount = 64;

constexpr int shardOf(Id phoneId)
{
    const Id shard = phoneId % ShardCount;
    return static_cast<int>(shard < 0 ? shard + ShardCount : shard);
}

} // namespace PhoneDesk
