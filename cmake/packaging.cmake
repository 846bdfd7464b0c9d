# What `cmake --install` puts under the prefix and what CPack packs into a
# .deb (cpack -G DEB in the build folder): the three tools, their man pages
# and shell completions, the data files the tools carry compiled in (for
# reading, and as examples of the --aliases format), the sample corpus the
# examples in --help and the man pages use, and the JSON Schemas of the
# tools' --json output. tests/e2e/install_test.cc installs and runs it.
set(STEPPE_DATA_DIR ${CMAKE_INSTALL_DATADIR}/steppe)

# Man pages, compressed as Debian installs them.
set(man_pages
  indexer/steppe-index.1
  searcher/steppe-search.1
  tokenizers/steppe-analyze.1
  tokenizers/steppe-config.5)
set(compressed_man_pages)
foreach(page IN LISTS man_pages)
  get_filename_component(name ${page} NAME)
  string(REGEX REPLACE ".*\\.([0-9])$" "\\1" section ${name})
  set(out ${CMAKE_BINARY_DIR}/man/${name}.gz)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
    COMMAND gzip -9 -n -c ${PROJECT_SOURCE_DIR}/${page} > ${out}
    DEPENDS ${PROJECT_SOURCE_DIR}/${page}
    COMMENT "Compressing the man page ${page}")
  list(APPEND compressed_man_pages ${out})
  install(FILES ${out} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
endforeach()
add_custom_target(steppe_man_pages ALL DEPENDS ${compressed_man_pages})

# Completions, where bash-completion and zsh look for them by command name:
# zsh's one per tool; bash's one file for the three (they share how a word
# is taken apart), installed under each name.
foreach(tool_path IN ITEMS indexer/steppe-index searcher/steppe-search tokenizers/steppe-analyze)
  get_filename_component(tool ${tool_path} NAME)
  install(FILES tokenizers/steppe.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
          RENAME ${tool})
  install(FILES ${tool_path}.zsh DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
          RENAME _${tool})
endforeach()

install(FILES
          corpora/gazetteer/README.md
          corpora/gazetteer/kz-places.aliases
          corpora/gazetteer/kz-people.aliases
          corpora/gazetteer/kz-organisations.aliases
          corpora/gazetteer/neighbours.aliases
        DESTINATION ${STEPPE_DATA_DIR}/gazetteer)
install(FILES
          corpora/lexicon/stopwords-en.lst
          corpora/lexicon/stopwords-ru.lst
          corpora/lexicon/stopwords-kk.lst
        DESTINATION ${STEPPE_DATA_DIR}/lexicon)
install(DIRECTORY corpora/news corpora/csv corpora/html corpora/pages
        DESTINATION ${STEPPE_DATA_DIR}/sample)
install(FILES searcher/search-output.schema.json tokenizers/analyze-output.schema.json
        DESTINATION ${STEPPE_DATA_DIR}/schema)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The .deb. Its Depends are the Debian packages of the shared libraries
# the tools link (dpkg-shlibdeps works them out) plus the dictionaries the
# analysis reads at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME steppe)
set(CPACK_PACKAGE_VENDOR "steppe developers")
set(CPACK_PACKAGE_CONTACT "steppe developers <steppe@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "multilingual news search for Kazakhstan and Central Asia, on Xapian")
set(CPACK_PACKAGE_DESCRIPTION
    "steppe indexes dumps of news articles in English, Russian and Kazakh (Cyrillic
and Latin script) into Xapian databases and answers ranked searches from the
shell, finding a name under all its spellings (Tokayev, Toqaev, Токаев,
Тоқаевтың). Tools: steppe-index, steppe-search, steppe-analyze.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-kk, hunspell-ru, wamerican")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "xapian-tools, jq")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
