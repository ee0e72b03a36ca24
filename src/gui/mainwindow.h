#pragma once

// The console's main window: Phones, Base Settings, Sites, Users and Activity tabs.

#include <QMainWindow>

#include <memory>

namespace PhoneDesk {

class Storage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Storage &storage, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    Storage &m_storage;
};

} // namespace PhoneDesk
