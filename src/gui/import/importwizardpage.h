#pragma once

// A page of the import wizard whose completeness and set-up the wizard decides (the pages of
// ui/importwizard.ui are of this class).

#include <QWizardPage>

#include <functional>

namespace PhoneDesk {

class ImportWizardPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    std::function<bool()> complete = [] { return true; };
    std::function<void()> onInit;
    std::function<void()> onCleanup;

    bool isComplete() const override { return complete(); }
    void initializePage() override
    {
        if (onInit)
            onInit();
    }
    void cleanupPage() override
    {
        if (onCleanup)
            onCleanup();
    }
    void refresh() { Q_EMIT completeChanged(); }
};

} // namespace PhoneDesk
