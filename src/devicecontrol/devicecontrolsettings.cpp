#include "devicecontrolsettings.h"

#include "devicecontrol.h"

#include <QCoreApplication>
#include <QSettings>

namespace PhoneDesk {

namespace {
QString key(const char *name)
{
    return QLatin1String(DeviceControlSettings::Group) + u'/' + QLatin1String(name);
}
} // namespace

bool DeviceControlSettings::bindsAllAddresses() const
{
    SipClientConfig c;
    c.bindAddress = bindAddress;
    return c.bindsAllAddresses();
}

QString DeviceControlSettings::bindAddressText() const
{
    return bindsAllAddresses() ? QString() : bindAddress.toString();
}

Result<QHostAddress> DeviceControlSettings::parseBindAddress(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == u'*' || t.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0)
        return QHostAddress(QHostAddress::AnyIPv4);
    QHostAddress address;
    if (!address.setAddress(t) || address.isMulticast() || address.isBroadcast())
        return Error::validation(
            {{key(KeyBindAddress),
              QCoreApplication::translate("PhoneDesk::DeviceControlSettings",
                                          "SIP bind address (%1): \"%2\" is not a unicast IP address of this "
                                          "machine; leave it empty for every address.")
                  .arg(key(KeyBindAddress), t)}});
    if (address == QHostAddress(QHostAddress::AnyIPv6) || address == QHostAddress(QHostAddress::Any))
        return QHostAddress(QHostAddress::AnyIPv4);
    return address;
}

Result<DeviceControlSettings> DeviceControlSettings::read(QSettings &settings)
{
    DeviceControlSettings s;
    s.enabled = settings.value(key(KeyEnabled), true).toBool();
    auto address = parseBindAddress(settings.value(key(KeyBindAddress)).toString());
    if (!address)
        return address.error();
    s.bindAddress = *address;
    return s;
}

void DeviceControlSettings::write(QSettings &settings) const
{
    settings.setValue(key(KeyBindAddress), bindAddressText());
}

void DeviceControlSettings::applyTo(DeviceControlConfig &config) const
{
    config.sip.bindAddress = bindAddress;
}

} // namespace PhoneDesk
