/* mg-records-private.h — the instance structs of the reader's objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The objects are immutable to their users (read-only properties); the
 * reader fills the fields directly, which saves a setter per property.
 * Only src/kb/mg-kb*.c and the object files include this.
 */
#pragma once

#include "mg-source.h"
#include "mg-article.h"
#include "mg-published-fraction.h"
#include "mg-compound.h"
#include "mg-reference-set.h"
#include "mg-intake-reference.h"
#include "mg-upper-limit.h"
#include "mg-medicine.h"
#include "mg-interaction.h"
#include "mg-rating.h"
#include "mg-condition.h"
#include "mg-food.h"
#include "mg-serum-range.h"
#include "mg-search-result.h"
#include "mg-brand.h"
#include "mg-generic-name.h"
#include "mg-studied-dose.h"
#include "mg-serum-disagreement.h"
#include "mg-dosing-advice.h"

G_BEGIN_DECLS

struct _MgSource
{
  GObject parent_instance;

  char *id;
  char *authors;
  char *title;
  char *publisher;
  int year;
  char *url;
  char *doi;
  char *pmid;
  char *quality;
};

struct _MgArticle
{
  GObject parent_instance;

  char *id;
  char *kind;
  char *topic;
  char *route;
  char *title;
  char *text;
  GListModel *sources;
};

struct _MgPublishedFraction
{
  GObject parent_instance;

  char *id;
  double value;
  double min;
  double max;
  char *basis;
  GListModel *sources;
};

struct _MgCompound
{
  GObject parent_instance;

  char *id;
  char *name;
  GStrv synonyms;
  char *formula;
  char *kind;
  char *laxative;
  double molar_mass;
  double elemental_fraction;
  int mg_atoms;
  char *solubility;
  double solubility_g_per_100ml;
  char *absorption;
  char *laxative_note;
  GStrv uses;
  GListModel *notes;
  GListModel *disagreements;
  GListModel *published_fractions;
  GListModel *sources;
};

struct _MgReferenceSet
{
  GObject parent_instance;

  char *id;
  MgSetKind kind;
  char *name;
  char *note;
  gboolean is_default;
  GListModel *sources;
};

struct _MgIntakeReference
{
  GObject parent_instance;

  char *id;
  char *set_id;
  char *set_name;
  int from_months;
  int to_months;
  char *sex;
  char *status;
  gboolean has_value;
  double mg;
  char *kind;
  char *note;
  gboolean is_alternative;
  GListModel *alternatives;
  GListModel *disagreements;
  GListModel *sources;
};

struct _MgUpperLimit
{
  GObject parent_instance;

  char *id;
  char *set_id;
  char *set_name;
  int from_months;
  int to_months;
  char *status;
  gboolean has_value;
  double mg;
  char *note;
  GListModel *disagreements;
  GListModel *sources;
};

struct _MgMedicine
{
  GObject parent_instance;

  char *id;
  char *name;
  GStrv synonyms;
  GStrv brands;
  GListModel *sources;
};

struct _MgInteraction
{
  GObject parent_instance;

  char *id;
  char *class_name;
  GStrv synonyms;
  GStrv medicine_ids;
  GStrv medicine_names;
  char *direction;
  char *severity;
  char *evidence;
  char *route;
  char *mechanism;
  char *management;
  double hours_before;
  double hours_after;
  /* the owner key citing the hours above; NULL when none are given */
  char *separation_owner;
  char *matched_medicine;
  /* how far apart: "hours", "not-given", "ineffective" or NULL */
  char *spacing;
  gboolean after_with_food;
  /* found through a product's name: the product, and whether the hours
   * are its own figure rather than the ingredient's */
  char *matched_product;
  char *matched_product_name;
  gboolean hours_from_product;
  GListModel *disagreements;
  GListModel *sources;
  /* per medicine, parallel to medicine_ids; negative = none */
  GArray *medicine_hours_before;
  GArray *medicine_hours_after;
  GStrv medicine_separation_owners;
};

struct _MgRating
{
  GObject parent_instance;

  char *id;
  char *value;
  char *scheme;
  GListModel *sources;
};

struct _MgCondition
{
  GObject parent_instance;

  char *id;
  char *name;
  char *summary;
  char *route;
  GListModel *ratings;
  GListModel *doses;
  GListModel *studied_doses;
  GListModel *sources;
};

struct _MgFood
{
  GObject parent_instance;

  char *id;
  char *name;
  double mg_per_100g;
  char *ndb;
  double portion_grams;
  char *portion;
  double mg_per_portion;
  GListModel *sources;
};

struct _MgSerumRange
{
  GObject parent_instance;

  char *id;
  char *kind;
  char *population;
  char *unit;
  double low;
  double high;
  double low_mmol;
  double high_mmol;
  char *label;
  char *note;
  GStrv findings;
  GListModel *disagreements;   /* MgSerumDisagreement covering this band */
  GListModel *sources;
};

struct _MgDosingAdvice
{
  GObject parent_instance;

  char *id;
  double above_mg;
  char *text;
  GListModel *sources;
};

struct _MgSearchResult
{
  GObject parent_instance;

  char *kind;
  char *id;
  char *title;
  char *snippet;
  char *matched_name;
};
struct _MgBrand
{
  GObject parent_instance;

  char *id;
  char *name;
  GStrv synonyms;
  char *market;
  GStrv ingredient_ids;
  GStrv ingredient_names;
  char *spacing;
  double hours_before;
  double hours_after;
  gboolean after_with_food;
  gboolean has_own_separation;
  GListModel *separation_sources;
  GListModel *notes;
  GListModel *disagreements;
  GListModel *sources;
};

struct _MgGenericName
{
  GObject parent_instance;

  char *id;
  char *name;
  GStrv synonyms;
  char *resolves_to;
  GListModel *forms;
  GListModel *notes;
  GListModel *disagreements;
  GListModel *sources;
};

struct _MgStudiedDose
{
  GObject parent_instance;

  char *id;
  char *route;
  char *text;
  char *population;
  int from_months;
  int to_months;
  gboolean has_amount;
  double amount_min;
  double amount_max;
  char *unit;
  char *basis;
  char *compound_id;
  char *compound_name;
  char *per;
  int intakes_per_day;
  double daily_mg_min;
  double daily_mg_max;
  double limit_mg;
  gboolean supervised;
  gboolean above_limit;
  GListModel *sources;
};

struct _MgSerumDisagreement
{
  GObject parent_instance;

  char *id;
  char *title;
  char *text;
  GStrv range_ids;
  GListModel *sources;
};

G_END_DECLS
