// Anchors the translation resources in a library the executables link.
