#pragma once

// Users who phones are assigned to: create, read, update (optimistic), delete.

#include "entities.h"
#include "result.h"

namespace PhoneDesk {

class Storage;

class UserRepository final
{
public:
    explicit UserRepository(Storage &storage)
        : m_storage(storage)
    { }

    Result<QList<User>> list();
    Result<User> get(Id id);
    Result<User> create(User user);
    Result<User> update(User user);
    Result<void> remove(Id id); // refused while phones are assigned to the user

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
