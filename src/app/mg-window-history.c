/* mg-window-history.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "mg-window-history.h"

/* Enough for any walk through linked records; the oldest steps go first. */
#define MAX_STEPS 50

typedef struct
{
  char *page;
  char *kind;   /* NULL: the page itself, no record */
  char *id;
} Step;

struct _MgWindowHistory
{
  GArray *steps;
};

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_free (step->page);
  g_free (step->kind);
  g_free (step->id);
}

MgWindowHistory *
mg_window_history_new (void)
{
  MgWindowHistory *self = g_new0 (MgWindowHistory, 1);

  self->steps = g_array_new (FALSE, FALSE, sizeof (Step));
  g_array_set_clear_func (self->steps, step_clear);

  return self;
}

void
mg_window_history_free (MgWindowHistory *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->steps);
  g_free (self);
}

/**
 * mg_window_history_push:
 * @page: the page shown before
 * @kind: (nullable): the record it showed, if any
 * @id: (nullable): that record's id
 */
void
mg_window_history_push (MgWindowHistory *self,
                        const char      *page,
                        const char      *kind,
                        const char      *id)
{
  Step step;

  g_return_if_fail (self != NULL);
  g_return_if_fail (page != NULL);

  step.page = g_strdup (page);
  step.kind = kind != NULL && id != NULL ? g_strdup (kind) : NULL;
  step.id = kind != NULL && id != NULL ? g_strdup (id) : NULL;
  g_array_append_val (self->steps, step);

  if (self->steps->len > MAX_STEPS)
    g_array_remove_index (self->steps, 0);
}

/**
 * mg_window_history_pop:
 * @page: (out) (transfer full): the page to return to
 * @kind: (out) (transfer full) (nullable): the record to show again
 * @id: (out) (transfer full) (nullable): its id
 *
 * Returns: %FALSE when there is nothing to go back to
 */
gboolean
mg_window_history_pop (MgWindowHistory  *self,
                       char            **page,
                       char            **kind,
                       char            **id)
{
  Step *last;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->steps->len == 0)
    return FALSE;

  last = &g_array_index (self->steps, Step, self->steps->len - 1);
  *page = g_steal_pointer (&last->page);
  *kind = g_steal_pointer (&last->kind);
  *id = g_steal_pointer (&last->id);
  g_array_remove_index (self->steps, self->steps->len - 1);

  return TRUE;
}

void
mg_window_history_clear (MgWindowHistory *self)
{
  g_return_if_fail (self != NULL);

  g_array_set_size (self->steps, 0);
}

gboolean
mg_window_history_is_empty (MgWindowHistory *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->steps->len == 0;
}
