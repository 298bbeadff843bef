/* mg-kbc-model.h — what the compiler computes from the knowledge base and
 * both checks and writes: separations of interactions and products, the
 * forms behind a compound reference, daily amounts of studied doses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mg-kbc-private.h"

G_BEGIN_DECLS

/* How far apart to take a medicine and magnesium. NONE: the interaction is
 * not about absorption and says nothing of spacing. */
/* The nicks are the format's spacing="…" values (docs/kb-format.md) and
 * the database's spacing column. */
typedef enum
{
  MG_KBC_SPACING_NONE,          /*< nick=none >*/
  MG_KBC_SPACING_HOURS,         /*< nick=hours >*/
  MG_KBC_SPACING_NOT_GIVEN,     /*< nick=not-given >*/   /* the sources give no number of hours */
  MG_KBC_SPACING_INEFFECTIVE,   /*< nick=ineffective >*/ /* the sources say spacing does not help */
} MgKbcSpacing;

typedef struct
{
  MgKbcSpacing spacing;
  double       hours_before;    /* negative: none given */
  double       hours_after;
  gboolean     after_with_food; /* "or with food, hours_after after" */
  xmlNode     *node;            /* the <separation> it came from */
} MgKbcSeparation;

#define MG_KBC_SEPARATION_INIT { MG_KBC_SPACING_NONE, -1.0, -1.0, FALSE, NULL }

const char *mg_kbc_spacing_to_string       (MgKbcSpacing           spacing);
void        mg_kbc_separation_read         (xmlNode               *separation,
                                            MgKbcSeparation       *out);
gboolean    mg_kbc_interaction_separation  (xmlNode               *interaction,
                                            const char            *medicine_id,
                                            MgKbcSeparation       *out);
void        mg_kbc_separation_combine      (MgKbcSeparation       *strictest,
                                            const MgKbcSeparation *other);
gboolean    mg_kbc_separation_is_looser    (const MgKbcSeparation *separation,
                                            const MgKbcSeparation *than);

/* One interaction of one ingredient of a product, with the separation that
 * applies to the product (its own figure when it has one). */
typedef struct
{
  char            *ingredient;
  xmlNode         *interaction;
  MgKbcSeparation  separation;
  gboolean         from_product;
} MgKbcProductInteraction;

/* Returns: (element-type MgKbcProductInteraction): in ingredient order,
 * then interaction order; @overall is the product's own separation or the
 * strictest of its ingredients'. */
GPtrArray  *mg_kbc_product_interactions    (MgKbc                 *self,
                                            xmlNode               *product,
                                            MgKbcSeparation       *overall,
                                            gboolean              *has_own);

/* The elemental fractions a compound reference can mean: a compound id
 * (one value), a generic name (its form, or the range over its forms when
 * it is ambiguous), or NULL (any compound in the knowledge base). */
gboolean    mg_kbc_fraction_range          (MgKbc                 *self,
                                            const char            *reference,
                                            double                *min,
                                            double                *max);

typedef struct
{
  gboolean  has_amount;
  double    min;                /* the amount as given, in unit */
  double    max;
  double    daily_mg_min;       /* elemental magnesium a day; NAN: unknown */
  double    daily_mg_max;
  double    limit_mg;           /* oral doses: the upper limit it is held against; NAN: none */
} MgKbcDose;

gboolean    mg_kbc_dose_is_oral            (xmlNode               *dose);
gboolean    mg_kbc_dose_compute            (MgKbc                 *self,
                                            xmlNode               *dose,
                                            MgKbcDose             *out,
                                            char                 **problem);

G_END_DECLS

#include "mg-kbc-enums.h"
