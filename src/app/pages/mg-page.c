/* mg-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages get the application's context as a construct property and are
 * only built once the knowledge base is open (MgWindow shows an error page
 * otherwise), so mg_page_get_kb() never returns NULL inside a page.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "mg-page.h"

typedef struct
{
  MgContext  *context;
  AdwLeaflet *leaflet;
  char       *subtitle;
  gboolean    can_go_back;
} MgPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MgPage, mg_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_CAN_GO_BACK,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * mg_page_get_context:
 *
 * Returns: (transfer none): the page's context
 */
MgContext *
mg_page_get_context (MgPage *self)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_val_if_fail (MG_IS_PAGE (self), NULL);

  return priv->context;
}

/**
 * mg_page_get_kb:
 *
 * Returns: (transfer none): the opened knowledge base
 */
MgKb *
mg_page_get_kb (MgPage *self)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_val_if_fail (MG_IS_PAGE (self), NULL);

  return mg_context_get_kb (priv->context);
}

void
mg_page_show_record (MgPage     *self,
                     const char *kind,
                     const char *id)
{
  g_return_if_fail (MG_IS_PAGE (self));
  g_return_if_fail (kind != NULL);
  g_return_if_fail (id != NULL);

  if (MG_PAGE_GET_CLASS (self)->show_record != NULL)
    MG_PAGE_GET_CLASS (self)->show_record (self, kind, id);
}

gboolean
mg_page_get_can_go_back (MgPage *self)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_val_if_fail (MG_IS_PAGE (self), FALSE);

  return priv->can_go_back;
}

/**
 * mg_page_set_can_go_back:
 * @can_go_back: whether the page shows something it can go back from
 *
 * For pages that navigate on their own; pages with a list/detail leaflet
 * call mg_page_set_leaflet() instead.
 */
void
mg_page_set_can_go_back (MgPage   *self,
                         gboolean  can_go_back)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_if_fail (MG_IS_PAGE (self));

  can_go_back = !!can_go_back;
  if (priv->can_go_back == can_go_back)
    return;

  priv->can_go_back = can_go_back;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

/**
 * mg_page_go_back:
 *
 * Returns: %TRUE if the page went back, %FALSE if it was at its start
 */
gboolean
mg_page_go_back (MgPage *self)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_val_if_fail (MG_IS_PAGE (self), FALSE);

  if (!priv->can_go_back || MG_PAGE_GET_CLASS (self)->go_back == NULL)
    return FALSE;

  MG_PAGE_GET_CLASS (self)->go_back (self);
  return TRUE;
}

/* Folded and showing anything but the first pane: there is a step back. */
static void
update_leaflet_can_go_back (MgPage *self)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  mg_page_set_can_go_back (self,
                           adw_leaflet_get_folded (priv->leaflet) &&
                           adw_leaflet_get_adjacent_child (priv->leaflet, ADW_NAVIGATION_DIRECTION_BACK) != NULL);
}

/**
 * mg_page_set_leaflet:
 * @leaflet: the page's list/detail leaflet, a child of the page
 *
 * Keeps #MgPage:can-go-back in step with @leaflet: while it is folded on
 * a detail, the window's back button and Alt+Left return to the list.
 */
void
mg_page_set_leaflet (MgPage     *self,
                     AdwLeaflet *leaflet)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_if_fail (MG_IS_PAGE (self));
  g_return_if_fail (ADW_IS_LEAFLET (leaflet));
  g_return_if_fail (priv->leaflet == NULL);

  /* The leaflet is inside the page, so it cannot outlive it. */
  priv->leaflet = leaflet;
  g_signal_connect_object (leaflet, "notify::folded",
                           G_CALLBACK (update_leaflet_can_go_back), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (leaflet, "notify::visible-child",
                           G_CALLBACK (update_leaflet_can_go_back), self, G_CONNECT_SWAPPED);
  update_leaflet_can_go_back (self);
}

static void
mg_page_real_go_back (MgPage *self)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  if (priv->leaflet != NULL)
    adw_leaflet_navigate (priv->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * mg_page_show_error:
 * @error: why the knowledge base could not answer
 *
 * Replaces the page's content with the error, in words.
 */
void
mg_page_show_error (MgPage       *self,
                    const GError *error)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);
  GtkWidget *status;

  g_return_if_fail (MG_IS_PAGE (self));
  g_return_if_fail (error != NULL);

  status = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("The Knowledge Base Cannot Be Read"));
  {
    g_autofree char *escaped = g_markup_escape_text (error->message, -1);

    adw_status_page_set_description (ADW_STATUS_PAGE (status), escaped);
  }

  /* Nothing of the page is left to go back to. */
  priv->leaflet = NULL;
  mg_page_set_can_go_back (self, FALSE);
  adw_bin_set_child (ADW_BIN (self), status);
}

/**
 * mg_page_get_subtitle:
 *
 * Returns: (transfer none) (nullable): the subtitle
 */
const char *
mg_page_get_subtitle (MgPage *self)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_val_if_fail (MG_IS_PAGE (self), NULL);

  return priv->subtitle;
}

/**
 * mg_page_set_subtitle:
 * @subtitle: (nullable): such as the reference set a page shows
 */
void
mg_page_set_subtitle (MgPage     *self,
                      const char *subtitle)
{
  MgPagePrivate *priv = mg_page_get_instance_private (self);

  g_return_if_fail (MG_IS_PAGE (self));

  if (g_strcmp0 (priv->subtitle, subtitle) == 0)
    return;

  g_free (priv->subtitle);
  priv->subtitle = g_strdup (subtitle);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
}

static void
mg_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  MgPagePrivate *priv = mg_page_get_instance_private (MG_PAGE (object));

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, priv->can_go_back);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, priv->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  MgPagePrivate *priv = mg_page_get_instance_private (MG_PAGE (object));

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;

    case PROP_SUBTITLE:
      mg_page_set_subtitle (MG_PAGE (object), g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_page_dispose (GObject *object)
{
  MgPagePrivate *priv = mg_page_get_instance_private (MG_PAGE (object));

  g_clear_object (&priv->context);
  priv->leaflet = NULL;

  G_OBJECT_CLASS (mg_page_parent_class)->dispose (object);
}

static void
mg_page_finalize (GObject *object)
{
  MgPagePrivate *priv = mg_page_get_instance_private (MG_PAGE (object));

  g_free (priv->subtitle);

  G_OBJECT_CLASS (mg_page_parent_class)->finalize (object);
}

static void
mg_page_class_init (MgPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_page_dispose;
  object_class->finalize = mg_page_finalize;
  object_class->get_property = mg_page_get_property;
  object_class->set_property = mg_page_set_property;

  /**
   * MgPage:context:
   *
   * The application's context: knowledge base, settings, medicine list.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         MG_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * MgPage:can-go-back:
   *
   * Whether mg_page_go_back() has a step to go back to.
   */
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MgPage:subtitle:
   *
   * Shown under the page's title in the window's header bar.
   */
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  klass->go_back = mg_page_real_go_back;

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_page_init (MgPage *self)
{
}
