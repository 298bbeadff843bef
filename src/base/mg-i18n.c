/* mg-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mg-catalog.h"
#include "mg-i18n.h"

/* Translations are looked up in the build tree when the program runs from
 * there (tests, `meson devenv`), so nobody has to install to see Dutch. */
const char *
mg_i18n_get_localedir (void)
{
  const char *override = g_getenv ("MAGNESIUM_GUIDE_LOCALEDIR");

  if (override != NULL && *override != '\0')
    return override;

  return LOCALEDIR;
}

void
mg_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, mg_i18n_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/**
 * mg_i18n_get_interface_language:
 *
 * Returns: "nl" or "en": the first of the user's languages that the app
 *   speaks, as gettext will choose it; "en" when none is
 */
const char *
mg_i18n_get_interface_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "nl"))
        return "nl";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }

  return "en";
}

/* Loaded once per language and kept: a catalog is a few hundred kB of
 * mapped file that any later handout will want again. */
static GMutex catalogs_lock;
static GHashTable *catalogs;

static MgCatalog *
get_catalog (const char  *language,
             GError     **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&catalogs_lock);
  MgCatalog *catalog;

  if (catalogs == NULL)
    catalogs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  catalog = g_hash_table_lookup (catalogs, language);
  if (catalog != NULL)
    return catalog;

  /* English is the source language: its catalog translates nothing. */
  if (g_str_equal (language, "en"))
    catalog = mg_catalog_new_empty ();
  else
    {
      g_autofree char *path = g_build_filename (mg_i18n_get_localedir (), language,
                                                "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

      catalog = mg_catalog_new_for_file (path, error);
      if (catalog == NULL)
        return NULL;
    }

  g_hash_table_insert (catalogs, g_strdup (language), catalog);
  return catalog;
}

/**
 * mg_i18n_is_supported_language:
 * @language: a language code such as "nl"
 *
 * Returns: whether text can be had in @language: English, or a language
 *   whose catalog is installed
 */
gboolean
mg_i18n_is_supported_language (const char *language)
{
  g_return_val_if_fail (language != NULL, FALSE);

  return get_catalog (language, NULL) != NULL;
}

/* Each thread has its own stack of languages, so a handout drawn on one
 * thread never changes what another thread (or the interface) shows. */
static void
free_stack (gpointer data)
{
  g_ptr_array_unref (data);
}

static GPrivate language_stack = G_PRIVATE_INIT (free_stack);

static GPtrArray *
get_stack (gboolean create)
{
  GPtrArray *stack = g_private_get (&language_stack);

  if (stack == NULL && create)
    {
      stack = g_ptr_array_new ();
      g_private_set (&language_stack, stack);
    }

  return stack;
}

/**
 * mg_i18n_push_language:
 * @language: "en", "nl" or another language with an installed catalog
 *
 * Until the matching mg_i18n_pop_language(), the macros of mg-gettext.h
 * translate into @language on the calling thread. Pushes nest.
 *
 * Returns: %FALSE with @error (and nothing pushed) when @language has no
 *   catalog, so that a handout never comes out silently in English
 */
gboolean
mg_i18n_push_language (const char  *language,
                       GError     **error)
{
  MgCatalog *catalog;

  g_return_val_if_fail (language != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  catalog = get_catalog (language, error);
  if (catalog == NULL)
    return FALSE;

  g_ptr_array_add (get_stack (TRUE), catalog);
  return TRUE;
}

void
mg_i18n_pop_language (void)
{
  GPtrArray *stack = get_stack (FALSE);

  g_return_if_fail (stack != NULL && stack->len > 0);

  g_ptr_array_set_size (stack, stack->len - 1);
}

static MgCatalog *
current_catalog (void)
{
  GPtrArray *stack = get_stack (FALSE);

  return stack != NULL && stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

/**
 * mg_i18n_get_thread_language:
 *
 * Returns: (nullable): the language pushed on this thread, %NULL when text
 *   follows the interface language
 */
const char *
mg_i18n_get_thread_language (void)
{
  g_autoptr(GMutexLocker) locker = NULL;
  MgCatalog *catalog = current_catalog ();
  GHashTableIter iter;
  gpointer key, value;

  if (catalog == NULL)
    return NULL;

  locker = g_mutex_locker_new (&catalogs_lock);
  g_hash_table_iter_init (&iter, catalogs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (value == catalog)
      return key;

  return NULL;
}

const char *
mg_gettext (const char *msgid)
{
  MgCatalog *catalog = current_catalog ();

  if (catalog == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);

  return mg_catalog_lookup (catalog, msgid);
}

const char *
mg_pgettext (const char *context,
             const char *msgid)
{
  MgCatalog *catalog = current_catalog ();
  g_autofree char *key = NULL;
  const char *translation;

  if (catalog == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);

  /* .mo files key a message with a context as "context\004message". */
  key = g_strconcat (context, "\004", msgid, NULL);
  translation = mg_catalog_lookup (catalog, key);

  return translation == key ? msgid : translation;
}

const char *
mg_ngettext (const char *msgid,
             const char *msgid_plural,
             gulong      n)
{
  MgCatalog *catalog = current_catalog ();

  if (catalog == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);

  return mg_catalog_lookup_plural (catalog, msgid, msgid_plural, n);
}
