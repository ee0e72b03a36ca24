#!/usr/bin/env python3
"""The managed-settings keys are the same everywhere an administrator meets them: the console's
reader (src/storage/managedsettings.h), the Group Policy template (ADMX values and ADML strings),
the sample macOS configuration profile and the sample Linux file.
   check-policy-templates.py SOURCE_DIR"""
import configparser
import plistlib
import re
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
failures = []
header = open(f"{root}/src/storage/managedsettings.h", encoding="utf-8").read()
keys = set(re.findall(r'static constexpr const char \*\w+Key = "(\w+)";', header))
if len(keys) != 5:
    failures.append(f"managedsettings.h declares {sorted(keys)}")

ns = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
admx = ET.parse(f"{root}/packaging/windows/PhoneDesk.admx").getroot()
adml = ET.parse(f"{root}/packaging/windows/en-US/PhoneDesk.adml").getroot()
values = {e.get("valueName") for e in admx.iter() if e.get("valueName")}
if values != keys:
    failures.append(f"ADMX writes {sorted(values)}, the console reads {sorted(keys)}")
for policy in admx.iterfind(".//p:policy", ns):
    if policy.get("key") != r"Software\Policies\PhoneDesk" or policy.get("class") != "Machine":
        failures.append(f"policy {policy.get('name')}: key {policy.get('key')} class {policy.get('class')}")
strings = {s.get("id") for s in adml.iterfind(".//p:stringTable/p:string", ns)}
presentations = {p.get("id") for p in adml.iterfind(".//p:presentationTable/p:presentation", ns)}
text = open(f"{root}/packaging/windows/PhoneDesk.admx", encoding="utf-8").read()
for ref in re.findall(r"\$\(string\.(\w+)\)", text):
    if ref not in strings:
        failures.append(f"ADMX uses string {ref}, which the ADML lacks")
for ref in re.findall(r"\$\(presentation\.(\w+)\)", text):
    if ref not in presentations:
        failures.append(f"ADMX uses presentation {ref}, which the ADML lacks")
for box in adml.iterfind(".//p:presentationTable/p:presentation/*", ns):
    if box.get("refId") not in {e.get("id") for e in admx.iter() if e.get("id")}:
        failures.append(f"ADML presentation element {box.get('refId')} has no ADMX element")

with open(f"{root}/packaging/macos/org.phonedesk.PhoneDesk.mobileconfig", "rb") as f:
    profile = plistlib.load(f)
payload = profile["PayloadContent"][0]
if payload.get("PayloadType") != "org.phonedesk.PhoneDesk":
    failures.append(f"profile payload type {payload.get('PayloadType')}")
profile_keys = {k for k in payload if not k.startswith("Payload")}
if profile_keys != keys:
    failures.append(f"mobileconfig sets {sorted(profile_keys)}")
if '"/Library/Managed Preferences/org.phonedesk.PhoneDesk.plist"' not in open(
        f"{root}/src/storage/managedsettings.cpp", encoding="utf-8").read():
    failures.append("managedsettings.cpp does not read the profile's managed preferences domain")

conf = configparser.ConfigParser()
conf.optionxform = str
conf.read(f"{root}/packaging/linux/PhoneDesk.conf.example")
if set(conf["General"]) != keys:
    failures.append(f"PhoneDesk.conf.example sets {sorted(conf['General'])}")

for f in failures:
    print("FAIL:", f)
print(f"{len(keys)} keys checked in the reader, ADMX/ADML, mobileconfig and the Linux sample")
sys.exit(1 if failures else 0)
