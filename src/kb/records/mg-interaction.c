/* mg-interaction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-interaction.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_CLASS_NAME,
  PROP_SYNONYMS,
  PROP_MEDICINE_IDS,
  PROP_MEDICINE_NAMES,
  PROP_DIRECTION,
  PROP_SEVERITY,
  PROP_EVIDENCE,
  PROP_ROUTE,
  PROP_MECHANISM,
  PROP_MANAGEMENT,
  PROP_HOURS_BEFORE,
  PROP_HOURS_AFTER,
  PROP_MATCHED_MEDICINE,
  PROP_SPACING,
  PROP_AFTER_WITH_FOOD,
  PROP_MATCHED_PRODUCT,
  PROP_MATCHED_PRODUCT_NAME,
  PROP_HOURS_FROM_PRODUCT,
  PROP_DISAGREEMENTS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgInteraction, mg_interaction, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_interaction_finalize (GObject *object)
{
  MgInteraction *self = (MgInteraction *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->class_name, g_free);
  g_clear_pointer (&self->synonyms, g_strfreev);
  g_clear_pointer (&self->medicine_ids, g_strfreev);
  g_clear_pointer (&self->medicine_names, g_strfreev);
  g_clear_pointer (&self->direction, g_free);
  g_clear_pointer (&self->severity, g_free);
  g_clear_pointer (&self->evidence, g_free);
  g_clear_pointer (&self->route, g_free);
  g_clear_pointer (&self->mechanism, g_free);
  g_clear_pointer (&self->management, g_free);
  g_clear_pointer (&self->matched_medicine, g_free);
  g_clear_pointer (&self->separation_owner, g_free);
  g_clear_pointer (&self->medicine_separation_owners, g_strfreev);
  g_clear_pointer (&self->spacing, g_free);
  g_clear_pointer (&self->matched_product, g_free);
  g_clear_pointer (&self->matched_product_name, g_free);
  g_clear_object (&self->disagreements);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->medicine_hours_before, g_array_unref);
  g_clear_pointer (&self->medicine_hours_after, g_array_unref);

  G_OBJECT_CLASS (mg_interaction_parent_class)->finalize (object);
}

static void
mg_interaction_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgInteraction *self = MG_INTERACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_CLASS_NAME:
      g_value_set_string (value, self->class_name);
      break;

    case PROP_SYNONYMS:
      g_value_set_boxed (value, self->synonyms);
      break;

    case PROP_MEDICINE_IDS:
      g_value_set_boxed (value, self->medicine_ids);
      break;

    case PROP_MEDICINE_NAMES:
      g_value_set_boxed (value, self->medicine_names);
      break;

    case PROP_DIRECTION:
      g_value_set_string (value, self->direction);
      break;

    case PROP_SEVERITY:
      g_value_set_string (value, self->severity);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    case PROP_ROUTE:
      g_value_set_string (value, self->route);
      break;

    case PROP_MECHANISM:
      g_value_set_string (value, self->mechanism);
      break;

    case PROP_MANAGEMENT:
      g_value_set_string (value, self->management);
      break;

    case PROP_HOURS_BEFORE:
      g_value_set_double (value, self->hours_before);
      break;

    case PROP_HOURS_AFTER:
      g_value_set_double (value, self->hours_after);
      break;

    case PROP_MATCHED_MEDICINE:
      g_value_set_string (value, self->matched_medicine);
      break;

    case PROP_DISAGREEMENTS:
      g_value_set_object (value, self->disagreements);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    case PROP_SPACING:
      g_value_set_string (value, self->spacing);
      break;

    case PROP_AFTER_WITH_FOOD:
      g_value_set_boolean (value, self->after_with_food);
      break;

    case PROP_MATCHED_PRODUCT:
      g_value_set_string (value, self->matched_product);
      break;

    case PROP_MATCHED_PRODUCT_NAME:
      g_value_set_string (value, self->matched_product_name);
      break;

    case PROP_HOURS_FROM_PRODUCT:
      g_value_set_boolean (value, self->hours_from_product);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_interaction_class_init (MgInteractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_interaction_finalize;
  object_class->get_property = mg_interaction_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_CLASS_NAME] =
    g_param_spec_string ("class-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SYNONYMS] =
    g_param_spec_boxed ("synonyms", NULL, NULL,
                         G_TYPE_STRV,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MEDICINE_IDS] =
    g_param_spec_boxed ("medicine-ids", NULL, NULL,
                         G_TYPE_STRV,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MEDICINE_NAMES] =
    g_param_spec_boxed ("medicine-names", NULL, NULL,
                         G_TYPE_STRV,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DIRECTION] =
    g_param_spec_string ("direction", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SEVERITY] =
    g_param_spec_string ("severity", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ROUTE] =
    g_param_spec_string ("route", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MECHANISM] =
    g_param_spec_string ("mechanism", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MANAGEMENT] =
    g_param_spec_string ("management", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HOURS_BEFORE] =
    g_param_spec_double ("hours-before", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HOURS_AFTER] =
    g_param_spec_double ("hours-after", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MATCHED_MEDICINE] =
    g_param_spec_string ("matched-medicine", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_DISAGREEMENTS] =
    g_param_spec_object ("disagreements", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_object ("sources", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SPACING] =
    g_param_spec_string ("spacing", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AFTER_WITH_FOOD] =
    g_param_spec_boolean ("after-with-food", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MATCHED_PRODUCT] =
    g_param_spec_string ("matched-product", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MATCHED_PRODUCT_NAME] =
    g_param_spec_string ("matched-product-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HOURS_FROM_PRODUCT] =
    g_param_spec_boolean ("hours-from-product", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_interaction_init (MgInteraction *self)
{
  self->hours_before = -1;
  self->hours_after = -1;
  self->disagreements = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
  self->medicine_hours_before = g_array_new (FALSE, TRUE, sizeof (double));
  self->medicine_hours_after = g_array_new (FALSE, TRUE, sizeof (double));
}

const char *
mg_interaction_get_id (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->id;
}

const char *
mg_interaction_get_class_name (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->class_name;
}

const char * const *
mg_interaction_get_synonyms (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return (const char * const *)self->synonyms;
}

const char * const *
mg_interaction_get_medicine_ids (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return (const char * const *)self->medicine_ids;
}

const char * const *
mg_interaction_get_medicine_names (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return (const char * const *)self->medicine_names;
}

const char *
mg_interaction_get_direction (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->direction;
}

const char *
mg_interaction_get_severity (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->severity;
}

const char *
mg_interaction_get_evidence (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->evidence;
}

const char *
mg_interaction_get_route (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->route;
}

const char *
mg_interaction_get_mechanism (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->mechanism;
}

const char *
mg_interaction_get_management (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->management;
}

double
mg_interaction_get_hours_before (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), -1.0);

  return self->hours_before;
}

double
mg_interaction_get_hours_after (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), -1.0);

  return self->hours_after;
}

const char *
mg_interaction_get_matched_medicine (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->matched_medicine;
}

/* transfer none; never NULL */
GListModel *
mg_interaction_get_disagreements (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->disagreements;
}

/* transfer none; never NULL */
GListModel *
mg_interaction_get_sources (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->sources;
}

/**
 * mg_interaction_get_separation_owner:
 *
 * The owner key whose sources back mg_interaction_get_hours_before() and
 * mg_interaction_get_hours_after(): the matched medicine's own separation
 * when it has one, else the interaction-wide one; for a product with its own
 * figure (mg_interaction_get_hours_from_product()), the product's
 * ("product:juluca/separation/0"). Give it to
 * mg_kb_get_sources_for() to show where the hours come from.
 *
 * Returns: (nullable): "interaction:quinolones/separation/1", or %NULL
 *   when no hours are given
 */
const char *
mg_interaction_get_separation_owner (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->separation_owner;
}

/**
 * mg_interaction_get_separation_owner_for:
 * @medicine_id: one of the interaction's medicines
 *
 * Returns: (nullable): the owner key citing that medicine's hours (see
 *   mg_interaction_get_separation()), %NULL when it has none or is not
 *   part of this interaction
 */
const char *
mg_interaction_get_separation_owner_for (MgInteraction *self,
                                         const char    *medicine_id)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);
  g_return_val_if_fail (medicine_id != NULL, NULL);

  for (guint i = 0; self->medicine_ids != NULL && self->medicine_ids[i] != NULL; i++)
    if (g_str_equal (self->medicine_ids[i], medicine_id) && self->medicine_separation_owners != NULL)
      return *self->medicine_separation_owners[i] != '\0' ? self->medicine_separation_owners[i] : NULL;

  return NULL;
}

gboolean
mg_interaction_get_separation (MgInteraction *self,
                               const char    *medicine_id,
                               double        *hours_before,
                               double        *hours_after)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), FALSE);
  g_return_val_if_fail (medicine_id != NULL, FALSE);

  for (guint i = 0; self->medicine_ids != NULL && self->medicine_ids[i] != NULL; i++)
    {
      if (g_strcmp0 (self->medicine_ids[i], medicine_id) != 0)
        continue;

      if (hours_before != NULL)
        *hours_before = g_array_index (self->medicine_hours_before, double, i);
      if (hours_after != NULL)
        *hours_after = g_array_index (self->medicine_hours_after, double, i);
      return TRUE;
    }

  return FALSE;
}

const char *
mg_interaction_get_spacing (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->spacing;
}

gboolean
mg_interaction_get_after_with_food (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), FALSE);

  return self->after_with_food;
}

const char *
mg_interaction_get_matched_product (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->matched_product;
}

const char *
mg_interaction_get_matched_product_name (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), NULL);

  return self->matched_product_name;
}

gboolean
mg_interaction_get_hours_from_product (MgInteraction *self)
{
  g_return_val_if_fail (MG_IS_INTERACTION (self), FALSE);

  return self->hours_from_product;
}
