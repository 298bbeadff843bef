/* mg-interaction-card.h — one interaction with magnesium, everything a pharmacist needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows an MgInteraction as a card: severity (icon and word), the medicine
 * and its class, what happens (the direction), how (the mechanism), what to
 * do, the hours to keep apart as numbers with their own sources, the
 * evidence and route, where sources disagree (and which value the app
 * uses), and the interaction's sources. The card's accessible label is its
 * title and its accessible description starts with the severity.
 *
 * |[<!-- language="C" -->
 * g_autoptr(GListModel) found = mg_kb_find_interactions (kb, "Tivicay", &error);
 * g_autoptr(MgInteraction) interaction = g_list_model_get_item (found, 0);
 * GtkWidget *card = mg_interaction_card_new ();
 *
 * // "Tivicay (dolutegravir) — HIV integrase inhibitors"
 * mg_interaction_card_set_interaction (MG_INTERACTION_CARD (card), kb, interaction, "Tivicay");
 * ]|
 *
 * @medicine_name is the name as the person gave it (NULL: the medicine the
 * interaction was found for, else the class alone).
 */
#pragma once

#include <gtk/gtk.h>

#include "mg-kb.h"

G_BEGIN_DECLS

#define MG_TYPE_INTERACTION_CARD (mg_interaction_card_get_type ())

G_DECLARE_FINAL_TYPE (MgInteractionCard, mg_interaction_card, MG, INTERACTION_CARD, GtkWidget)

GtkWidget     *mg_interaction_card_new             (void);
MgInteraction *mg_interaction_card_get_interaction (MgInteractionCard *self);
void           mg_interaction_card_set_interaction (MgInteractionCard *self,
                                                    MgKb              *kb,
                                                    MgInteraction     *interaction,
                                                    const char        *medicine_name);
const char    *mg_interaction_card_get_title       (MgInteractionCard *self);
gboolean       mg_interaction_card_get_product_link (MgInteractionCard *self);
void           mg_interaction_card_set_product_link (MgInteractionCard *self,
                                                     gboolean           product_link);

G_END_DECLS
