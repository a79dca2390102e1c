# Third-party libraries, all from the platform's package manager:
#   Debian/Ubuntu: libphonenumber-dev libsodium-dev libqrencode-dev
#   macOS (Homebrew): libphonenumber libsodium qrencode
#   Windows (vcpkg): libphonenumber libsodium libqrencode
find_package(PkgConfig QUIET)

# libphonenumber ships no pkg-config file on Debian; look for the header and library.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY NAMES phonenumber REQUIRED)
add_library(ChainCard::phonenumber UNKNOWN IMPORTED)
set_target_properties(ChainCard::phonenumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

if(PkgConfig_FOUND)
    pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
    pkg_check_modules(QRENCODE QUIET IMPORTED_TARGET libqrencode)
endif()
if(TARGET PkgConfig::SODIUM)
    add_library(ChainCard::sodium ALIAS PkgConfig::SODIUM)
else()
    find_path(SODIUM_INCLUDE_DIR sodium.h REQUIRED)
    find_library(SODIUM_LIBRARY NAMES sodium libsodium REQUIRED)
    add_library(ChainCard::sodium UNKNOWN IMPORTED)
    set_target_properties(ChainCard::sodium PROPERTIES
        IMPORTED_LOCATION "${SODIUM_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${SODIUM_INCLUDE_DIR}")
endif()
if(TARGET PkgConfig::QRENCODE)
    add_library(ChainCard::qrencode ALIAS PkgConfig::QRENCODE)
else()
    find_path(QRENCODE_INCLUDE_DIR qrencode.h)
    find_library(QRENCODE_LIBRARY NAMES qrencode)
    if(NOT QRENCODE_INCLUDE_DIR OR NOT QRENCODE_LIBRARY)
        message(FATAL_ERROR "libqrencode not found (member QR codes): install libqrencode-dev, "
            "qrencode (Homebrew) or libqrencode (vcpkg)")
    endif()
    add_library(ChainCard::qrencode UNKNOWN IMPORTED)
    set_target_properties(ChainCard::qrencode PROPERTIES
        IMPORTED_LOCATION "${QRENCODE_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QRENCODE_INCLUDE_DIR}")
endif()

# SQLite itself, for bulk writes through the sqlite3 C API on the Qt driver's handle
# (core/storage/bulkinserter). Only useful where Qt's SQLite plugin uses this same library, as
# Debian's does; Qt's official Windows and macOS builds carry their own copy inside the plugin,
# and the code falls back to QSqlQuery at run time when the two differ.
option(CHAINCARD_SQLITE_C_API "Bulk writes through the sqlite3 C API when SQLite3 is found" ON)
if(CHAINCARD_SQLITE_C_API)
    find_package(SQLite3 QUIET)
endif()
