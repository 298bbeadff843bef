/* mg-intake-reference.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-intake-reference.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_SET_ID,
  PROP_SET_NAME,
  PROP_FROM_MONTHS,
  PROP_TO_MONTHS,
  PROP_SEX,
  PROP_STATUS,
  PROP_HAS_VALUE,
  PROP_MG,
  PROP_KIND,
  PROP_NOTE,
  PROP_IS_ALTERNATIVE,
  PROP_ALTERNATIVES,
  PROP_DISAGREEMENTS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgIntakeReference, mg_intake_reference, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_intake_reference_finalize (GObject *object)
{
  MgIntakeReference *self = (MgIntakeReference *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->set_id, g_free);
  g_clear_pointer (&self->set_name, g_free);
  g_clear_pointer (&self->sex, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_object (&self->alternatives);
  g_clear_object (&self->disagreements);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_intake_reference_parent_class)->finalize (object);
}

static void
mg_intake_reference_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  MgIntakeReference *self = MG_INTAKE_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_SET_ID:
      g_value_set_string (value, self->set_id);
      break;

    case PROP_SET_NAME:
      g_value_set_string (value, self->set_name);
      break;

    case PROP_FROM_MONTHS:
      g_value_set_int (value, self->from_months);
      break;

    case PROP_TO_MONTHS:
      g_value_set_int (value, self->to_months);
      break;

    case PROP_SEX:
      g_value_set_string (value, self->sex);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_HAS_VALUE:
      g_value_set_boolean (value, self->has_value);
      break;

    case PROP_MG:
      g_value_set_double (value, self->mg);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_IS_ALTERNATIVE:
      g_value_set_boolean (value, self->is_alternative);
      break;

    case PROP_ALTERNATIVES:
      g_value_set_object (value, self->alternatives);
      break;

    case PROP_DISAGREEMENTS:
      g_value_set_object (value, self->disagreements);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_intake_reference_class_init (MgIntakeReferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_intake_reference_finalize;
  object_class->get_property = mg_intake_reference_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SET_ID] =
    g_param_spec_string ("set-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SET_NAME] =
    g_param_spec_string ("set-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_FROM_MONTHS] =
    g_param_spec_int ("from-months", NULL, NULL,
                         -1, G_MAXINT, -1,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TO_MONTHS] =
    g_param_spec_int ("to-months", NULL, NULL,
                         -1, G_MAXINT, -1,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SEX] =
    g_param_spec_string ("sex", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_VALUE] =
    g_param_spec_boolean ("has-value", NULL, NULL,
                         FALSE,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MG] =
    g_param_spec_double ("mg", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_IS_ALTERNATIVE] =
    g_param_spec_boolean ("is-alternative", NULL, NULL,
                         FALSE,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ALTERNATIVES] =
    g_param_spec_object ("alternatives", NULL, NULL,
                         G_TYPE_LIST_MODEL,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_intake_reference_init (MgIntakeReference *self)
{
  self->from_months = -1;
  self->to_months = -1;
  self->mg = -1;
  self->alternatives = G_LIST_MODEL (g_list_store_new (MG_TYPE_INTAKE_REFERENCE));
  self->disagreements = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_intake_reference_get_id (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->id;
}

const char *
mg_intake_reference_get_set_id (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->set_id;
}

const char *
mg_intake_reference_get_set_name (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->set_name;
}

int
mg_intake_reference_get_from_months (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), -1);

  return self->from_months;
}

int
mg_intake_reference_get_to_months (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), -1);

  return self->to_months;
}

const char *
mg_intake_reference_get_sex (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->sex;
}

const char *
mg_intake_reference_get_status (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->status;
}

gboolean
mg_intake_reference_get_has_value (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), FALSE);

  return self->has_value;
}

double
mg_intake_reference_get_mg (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), -1.0);

  return self->mg;
}

const char *
mg_intake_reference_get_kind (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->kind;
}

const char *
mg_intake_reference_get_note (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->note;
}

gboolean
mg_intake_reference_get_is_alternative (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), FALSE);

  return self->is_alternative;
}

/* transfer none; never NULL */
GListModel *
mg_intake_reference_get_alternatives (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->alternatives;
}

/* transfer none; never NULL */
GListModel *
mg_intake_reference_get_disagreements (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->disagreements;
}

/* transfer none; never NULL */
GListModel *
mg_intake_reference_get_sources (MgIntakeReference *self)
{
  g_return_val_if_fail (MG_IS_INTAKE_REFERENCE (self), NULL);

  return self->sources;
}
