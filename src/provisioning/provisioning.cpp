#include "provisioning.h"
