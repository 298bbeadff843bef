/* mg-kbc-check-products.c — products and separations
 *
 * A combination product once borrowed the spacing of one ingredient while
 * the text under it gave another: two instructions on one screen. These
 * checks keep that from coming back: every product names all its
 * ingredients, every absorption interaction states its spacing (or why it
 * has none) in <separation>, and the advice texts leave hours to it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "mg-kbc-model.h"

/* "2 hours", "3-4 hours", "1.5 h", "6 or 8 hours" */
#define HOURS_PATTERN "\\b\\d+(?:[.,]\\d+)?(?:\\s*(?:-|–|to|or)\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:hours?|h)\\b"

static gboolean
needs_separation (xmlNode *interaction)
{
  g_autofree char *direction = mg_kbc_attr (interaction, "direction");

  return g_strcmp0 (direction, "mg-lowers-drug-absorption") == 0 ||
         g_strcmp0 (direction, "mg-dissolves-coating") == 0;
}

/* Advice that states hours can contradict the hours the app computes for
 * a medicine or product; the numbers belong in <separation>, where they
 * are checked and combined. */
static void
check_no_hours (MgKbc   *self,
                GRegex  *hours,
                xmlNode *text_node,
                const char *what)
{
  g_autofree char *lang = mg_kbc_lang (text_node);
  g_autofree char *text = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (lang != NULL)
    return;

  text = mg_kbc_text (text_node);
  if (g_regex_match (hours, text, 0, &match))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      mg_kbc_error (self, text_node, NULL, 0,
                    "%s states hours (“%s”): give them in <separation>, where they are checked "
                    "and combined, and keep the text free of them", what, found);
    }
}

void
mg_kbc_check_separations (MgKbc *self)
{
  xmlNode *interactions = mg_kbc_first_child (xmlDocGetRootElement (self->doc), "interactions");
  g_autoptr(GRegex) hours = g_regex_new (HOURS_PATTERN, G_REGEX_CASELESS, 0, NULL);

  MG_KBC_FOREACH_ELEMENT (interactions, interaction)
    {
      g_autofree char *id = mg_kbc_attr (interaction, "id");
      g_autofree char *medicines = mg_kbc_attr (interaction, "medicines");
      g_auto(GStrv) ids = g_strsplit_set (medicines != NULL ? medicines : "", " \t\r\n", -1);

      if (!mg_kbc_is (interaction, "interaction"))
        continue;

      MG_KBC_FOREACH_ELEMENT (interaction, child)
        {
          if (mg_kbc_is (child, "management"))
            check_no_hours (self, hours, child, "<management>");
          else if (mg_kbc_is (child, "separation") && xmlHasProp (child, (const xmlChar *) "after-condition")
                   && !xmlHasProp (child, (const xmlChar *) "hours-after"))
            mg_kbc_error (self, child, "after-condition", 0, "after-condition needs hours-after");
        }

      if (!needs_separation (interaction))
        continue;

      /* "No hours" must be a decision with a source, never a gap: the
       * sources either give hours, give none, or say spacing does not help. */
      for (guint i = 0; ids[i] != NULL; i++)
        {
          MgKbcSeparation separation;

          if (*ids[i] == '\0' || mg_kbc_interaction_separation (interaction, ids[i], &separation))
            continue;

          mg_kbc_error (self, interaction, "medicines", 0,
                        "interaction “%s” lowers absorption but says nothing about spacing for “%s”: "
                        "add <separation> with hours, spacing=\"not-given\" or spacing=\"ineffective\"",
                        id != NULL ? id : "?", ids[i]);
          break;
        }
    }
}

static void
check_product (MgKbc   *self,
               GRegex  *hours,
               xmlNode *product)
{
  g_autofree char *ingredients = mg_kbc_attr (product, "ingredients");
  g_auto(GStrv) ids = g_strsplit_set (ingredients != NULL ? ingredients : "", " \t\r\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = NULL;
  xmlNode *own = mg_kbc_first_child (product, "separation");
  MgKbcSeparation overall, strictest = MG_KBC_SEPARATION_INIT;
  guint n_ingredients = 0;
  gboolean has_own;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (*ids[i] == '\0')
        continue;
      if (!g_hash_table_add (seen, ids[i]))
        mg_kbc_error (self, product, "ingredients", 0, "ingredient “%s” is listed twice", ids[i]);
      n_ingredients++;
    }

  MG_KBC_FOREACH_ELEMENT (product, child)
    if (mg_kbc_is (child, "note"))
      check_no_hours (self, hours, child, "a product's <note>");

  if (own == NULL)
    return;

  /* With one ingredient the product's figure is the medicine's: keep it in
   * one place, on the interaction, so that the INN and the brand agree. */
  if (n_ingredients == 1)
    {
      mg_kbc_error (self, own, NULL, 0,
                    "a product with one ingredient takes its separation from the ingredient's "
                    "interaction; move this <separation> there");
      return;
    }

  rows = mg_kbc_product_interactions (self, product, &overall, &has_own);
  for (guint i = 0; i < rows->len; i++)
    {
      MgKbcProductInteraction *row = g_ptr_array_index (rows, i);
      MgKbcSeparation ingredient;

      mg_kbc_interaction_separation (row->interaction, row->ingredient, &ingredient);
      mg_kbc_separation_combine (&strictest, &ingredient);
    }

  if (strictest.spacing == MG_KBC_SPACING_NONE)
    mg_kbc_error (self, own, NULL, 0,
                  "none of the ingredients has an interaction with a separation, so this product "
                  "separation replaces nothing");
  else if (mg_kbc_separation_is_looser (&overall, &strictest) && mg_kbc_first_child (product, "disagreement") == NULL)
    mg_kbc_error (self, own, NULL, 0,
                  "the product's own separation asks less than its strictest ingredient "
                  "(%g h before, %g h after%s): the product's source wins, but add a <disagreement> "
                  "that says what the ingredient's sources ask",
                  strictest.hours_before, strictest.hours_after,
                  strictest.after_with_food ? " with food" : "");
}

void
mg_kbc_check_products (MgKbc *self)
{
  xmlNode *products = mg_kbc_first_child (xmlDocGetRootElement (self->doc), "products");
  g_autoptr(GRegex) hours = g_regex_new (HOURS_PATTERN, G_REGEX_CASELESS, 0, NULL);

  MG_KBC_FOREACH_ELEMENT (products, product)
    if (mg_kbc_is (product, "product"))
      check_product (self, hours, product);
}
