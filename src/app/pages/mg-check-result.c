/* mg-check-result.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "mg-check-result.h"
#include "mg-severity.h"

struct _MgCheckResult
{
  GObject        parent_instance;

  char          *name;
  guint          position;
  char          *severity;
  MgInteraction *interaction;
  GListModel    *suggestions;
  char          *message;
};

G_DEFINE_FINAL_TYPE (MgCheckResult, mg_check_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_POSITION,
  PROP_SEVERITY,
  PROP_INTERACTION,
  PROP_SUGGESTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_check_result_new:
 * @name: the medicine as the person listed it
 * @position: its place in the list, to keep list order within a severity
 * @severity: the interaction's severity, or "none" / "not-found"
 * @interaction: (nullable): the interaction found
 * @suggestions: (nullable): for "not-found", the closest names
 *   (#MgSearchResult)
 * @message: (nullable): why the knowledge base could not answer
 *
 * Returns: (transfer full): a new result
 */
MgCheckResult *
mg_check_result_new (const char    *name,
                     guint          position,
                     const char    *severity,
                     MgInteraction *interaction,
                     GListModel    *suggestions,
                     const char    *message)
{
  MgCheckResult *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (severity != NULL, NULL);

  self = g_object_new (MG_TYPE_CHECK_RESULT, NULL);
  self->name = g_strdup (name);
  self->position = position;
  self->severity = g_strdup (severity);
  self->interaction = interaction != NULL ? g_object_ref (interaction) : NULL;
  self->suggestions = suggestions != NULL ? g_object_ref (suggestions) : NULL;
  self->message = g_strdup (message);

  return self;
}

const char *
mg_check_result_get_name (MgCheckResult *self)
{
  g_return_val_if_fail (MG_IS_CHECK_RESULT (self), NULL);

  return self->name;
}

guint
mg_check_result_get_position (MgCheckResult *self)
{
  g_return_val_if_fail (MG_IS_CHECK_RESULT (self), 0);

  return self->position;
}

const char *
mg_check_result_get_severity (MgCheckResult *self)
{
  g_return_val_if_fail (MG_IS_CHECK_RESULT (self), NULL);

  return self->severity;
}

/**
 * mg_check_result_get_interaction:
 *
 * Returns: (transfer none) (nullable): the interaction
 */
MgInteraction *
mg_check_result_get_interaction (MgCheckResult *self)
{
  g_return_val_if_fail (MG_IS_CHECK_RESULT (self), NULL);

  return self->interaction;
}

/**
 * mg_check_result_get_suggestions:
 *
 * Returns: (transfer none) (nullable): the closest names, for "not-found"
 */
GListModel *
mg_check_result_get_suggestions (MgCheckResult *self)
{
  g_return_val_if_fail (MG_IS_CHECK_RESULT (self), NULL);

  return self->suggestions;
}

/**
 * mg_check_result_get_message:
 *
 * Returns: (nullable): why the medicine could not be checked
 */
const char *
mg_check_result_get_message (MgCheckResult *self)
{
  g_return_val_if_fail (MG_IS_CHECK_RESULT (self), NULL);

  return self->message;
}

/**
 * mg_check_result_compare:
 *
 * A #GCompareDataFunc for a #GtkCustomSorter: the most serious first, then
 * in the order of the person's list.
 */
int
mg_check_result_compare (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  MgCheckResult *x = MG_CHECK_RESULT ((gpointer) a);
  MgCheckResult *y = MG_CHECK_RESULT ((gpointer) b);
  int by_severity = mg_severity_compare (x->severity, y->severity);

  if (by_severity != 0)
    return by_severity < 0 ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (x->position != y->position)
    return x->position < y->position ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;

  return GTK_ORDERING_EQUAL;
}

static void
mg_check_result_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MgCheckResult *self = MG_CHECK_RESULT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_SEVERITY:
      g_value_set_string (value, self->severity);
      break;

    case PROP_INTERACTION:
      g_value_set_object (value, self->interaction);
      break;

    case PROP_SUGGESTIONS:
      g_value_set_object (value, self->suggestions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_check_result_finalize (GObject *object)
{
  MgCheckResult *self = MG_CHECK_RESULT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->severity, g_free);
  g_clear_object (&self->interaction);
  g_clear_object (&self->suggestions);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (mg_check_result_parent_class)->finalize (object);
}

static void
mg_check_result_class_init (MgCheckResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mg_check_result_finalize;
  object_class->get_property = mg_check_result_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SEVERITY] =
    g_param_spec_string ("severity", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_INTERACTION] =
    g_param_spec_object ("interaction", NULL, NULL, MG_TYPE_INTERACTION,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUGGESTIONS] =
    g_param_spec_object ("suggestions", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_check_result_init (MgCheckResult *self)
{
}
