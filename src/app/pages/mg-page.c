/* mg-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pages get the application's context as a construct property and are
 * only built once the knowledge base is open (MgWindow shows an error page
 * otherwise), so mg_page_get_kb() never returns NULL inside a page.
 */
#include "config.h"

#include "mg-page.h"

typedef struct
{
  MgContext *context;
} MgPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (MgPage, mg_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
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

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_page_dispose (GObject *object)
{
  MgPagePrivate *priv = mg_page_get_instance_private (MG_PAGE (object));

  g_clear_object (&priv->context);

  G_OBJECT_CLASS (mg_page_parent_class)->dispose (object);
}

static void
mg_page_class_init (MgPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mg_page_dispose;
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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mg_page_init (MgPage *self)
{
}
