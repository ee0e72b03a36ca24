#pragma once

// Provisioning: configuration renderers and the provisioning server.
