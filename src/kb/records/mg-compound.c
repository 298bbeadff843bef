/* mg-compound.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-compound.h"
#include "mg-records-private.h"

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SYNONYMS,
  PROP_FORMULA,
  PROP_KIND,
  PROP_LAXATIVE,
  PROP_MOLAR_MASS,
  PROP_ELEMENTAL_FRACTION,
  PROP_MG_ATOMS,
  PROP_SOLUBILITY,
  PROP_SOLUBILITY_G_PER_100ML,
  PROP_ABSORPTION,
  PROP_LAXATIVE_NOTE,
  PROP_USES,
  PROP_NOTES,
  PROP_DISAGREEMENTS,
  PROP_PUBLISHED_FRACTIONS,
  PROP_SOURCES,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (MgCompound, mg_compound, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
mg_compound_finalize (GObject *object)
{
  MgCompound *self = (MgCompound *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->synonyms, g_strfreev);
  g_clear_pointer (&self->formula, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->laxative, g_free);
  g_clear_pointer (&self->solubility, g_free);
  g_clear_pointer (&self->absorption, g_free);
  g_clear_pointer (&self->laxative_note, g_free);
  g_clear_pointer (&self->uses, g_strfreev);
  g_clear_object (&self->notes);
  g_clear_object (&self->disagreements);
  g_clear_object (&self->published_fractions);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (mg_compound_parent_class)->finalize (object);
}

static void
mg_compound_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MgCompound *self = MG_COMPOUND (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SYNONYMS:
      g_value_set_boxed (value, self->synonyms);
      break;

    case PROP_FORMULA:
      g_value_set_string (value, self->formula);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_LAXATIVE:
      g_value_set_string (value, self->laxative);
      break;

    case PROP_MOLAR_MASS:
      g_value_set_double (value, self->molar_mass);
      break;

    case PROP_ELEMENTAL_FRACTION:
      g_value_set_double (value, self->elemental_fraction);
      break;

    case PROP_MG_ATOMS:
      g_value_set_int (value, self->mg_atoms);
      break;

    case PROP_SOLUBILITY:
      g_value_set_string (value, self->solubility);
      break;

    case PROP_SOLUBILITY_G_PER_100ML:
      g_value_set_double (value, self->solubility_g_per_100ml);
      break;

    case PROP_ABSORPTION:
      g_value_set_string (value, self->absorption);
      break;

    case PROP_LAXATIVE_NOTE:
      g_value_set_string (value, self->laxative_note);
      break;

    case PROP_USES:
      g_value_set_boxed (value, self->uses);
      break;

    case PROP_NOTES:
      g_value_set_object (value, self->notes);
      break;

    case PROP_DISAGREEMENTS:
      g_value_set_object (value, self->disagreements);
      break;

    case PROP_PUBLISHED_FRACTIONS:
      g_value_set_object (value, self->published_fractions);
      break;

    case PROP_SOURCES:
      g_value_set_object (value, self->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_compound_class_init (MgCompoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_compound_finalize;
  object_class->get_property = mg_compound_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
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

  properties[PROP_FORMULA] =
    g_param_spec_string ("formula", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LAXATIVE] =
    g_param_spec_string ("laxative", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MOLAR_MASS] =
    g_param_spec_double ("molar-mass", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ELEMENTAL_FRACTION] =
    g_param_spec_double ("elemental-fraction", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_MG_ATOMS] =
    g_param_spec_int ("mg-atoms", NULL, NULL,
                         -1, G_MAXINT, -1,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SOLUBILITY] =
    g_param_spec_string ("solubility", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_SOLUBILITY_G_PER_100ML] =
    g_param_spec_double ("solubility-g-per-100ml", NULL, NULL,
                         -1.0, G_MAXDOUBLE, -1.0,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_ABSORPTION] =
    g_param_spec_string ("absorption", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_LAXATIVE_NOTE] =
    g_param_spec_string ("laxative-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_USES] =
    g_param_spec_boxed ("uses", NULL, NULL,
                         G_TYPE_STRV,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL,
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

  properties[PROP_PUBLISHED_FRACTIONS] =
    g_param_spec_object ("published-fractions", NULL, NULL,
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
mg_compound_init (MgCompound *self)
{
  self->molar_mass = -1;
  self->elemental_fraction = -1;
  self->mg_atoms = -1;
  self->solubility_g_per_100ml = -1;
  self->notes = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->disagreements = G_LIST_MODEL (g_list_store_new (MG_TYPE_ARTICLE));
  self->published_fractions = G_LIST_MODEL (g_list_store_new (MG_TYPE_PUBLISHED_FRACTION));
  self->sources = G_LIST_MODEL (g_list_store_new (MG_TYPE_SOURCE));
}

const char *
mg_compound_get_id (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->id;
}

const char *
mg_compound_get_name (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->name;
}

const char * const *
mg_compound_get_synonyms (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return (const char * const *)self->synonyms;
}

const char *
mg_compound_get_formula (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->formula;
}

const char *
mg_compound_get_kind (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->kind;
}

const char *
mg_compound_get_laxative (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->laxative;
}

double
mg_compound_get_molar_mass (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), -1.0);

  return self->molar_mass;
}

double
mg_compound_get_elemental_fraction (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), -1.0);

  return self->elemental_fraction;
}

int
mg_compound_get_mg_atoms (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), -1);

  return self->mg_atoms;
}

const char *
mg_compound_get_solubility (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->solubility;
}

double
mg_compound_get_solubility_g_per_100ml (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), -1.0);

  return self->solubility_g_per_100ml;
}

const char *
mg_compound_get_absorption (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->absorption;
}

const char *
mg_compound_get_laxative_note (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->laxative_note;
}

const char * const *
mg_compound_get_uses (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return (const char * const *)self->uses;
}

/* transfer none; never NULL */
GListModel *
mg_compound_get_notes (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->notes;
}

/* transfer none; never NULL */
GListModel *
mg_compound_get_disagreements (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->disagreements;
}

/* transfer none; never NULL */
GListModel *
mg_compound_get_published_fractions (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->published_fractions;
}

/* transfer none; never NULL */
GListModel *
mg_compound_get_sources (MgCompound *self)
{
  g_return_val_if_fail (MG_IS_COMPOUND (self), NULL);

  return self->sources;
}
