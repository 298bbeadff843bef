/* mg-test-ui-utils.h — helpers for UI tests under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UI tests wait for conditions, never for time: a fixed sleep is too short
 * on a busy machine (or under ASan) and too long everywhere else.
 * Animations are off, so a transition is done when its state changes.
 */
#pragma once

#include <adwaita.h>

#include "mg-context.h"
#include "mg-window.h"

G_BEGIN_DECLS

/* How long a condition may take before the test fails: generous, for the
 * sanitizer build on a busy machine; a wait that passes returns as soon as
 * its condition holds. */
#define MG_TEST_UI_DEADLINE_SECONDS 60

void       mg_test_ui_init             (int         *argc,
                                        char      ***argv);
MgContext *mg_test_ui_get_context      (void);

/* Iterates the main loop until @condition (a C expression) holds, and
 * fails the test with the expression's text when it has not within
 * MG_TEST_UI_DEADLINE_SECONDS. */
#define mg_test_ui_await(condition) G_STMT_START { \
    MgTestUiWait _wait; \
    mg_test_ui_wait_begin (&_wait); \
    while (!(condition) && mg_test_ui_wait_iterate (&_wait)) \
      ; \
    mg_test_ui_wait_end (&_wait, (condition), #condition, __FILE__, __LINE__); \
  } G_STMT_END

/* The same with the condition as a function of @data. */
void       mg_test_ui_wait_until       (gboolean   (*done) (gpointer data),
                                        gpointer     data);
/* Until @widget is mapped, allocated and its window has drawn once. */
void       mg_test_ui_wait_for_mapped  (GtkWidget   *widget);
/* Until the widget's window has drawn a frame after this call. */
void       mg_test_ui_wait_for_frame   (GtkWidget   *widget);
/* Runs what is already queued (idle handlers, pending events), without
 * waiting for anything new. */
void       mg_test_ui_drain            (void);
/* Benchmarks only: runs the main loop for @milliseconds, the pace of a
 * person typing. Tests wait for conditions instead. */
void       mg_test_ui_pace             (guint        milliseconds);

GtkWidget *mg_test_ui_find_by_type     (GtkWidget   *root,
                                        GType        type,
                                        const char  *css_class);
gboolean   mg_test_ui_has_label        (GtkWidget   *root,
                                        const char  *text);
GtkWidget *mg_test_ui_find_label       (GtkWidget   *root,
                                        const char  *text);
gboolean   mg_test_ui_has_label_containing (GtkWidget  *root,
                                            const char *part);
GtkWidget *mg_test_ui_find_row         (GtkWidget   *root,
                                        const char  *title);
void       mg_test_ui_screenshot       (GtkWidget   *widget,
                                        const char  *name);
void       mg_test_ui_set_dark         (gboolean     dark);

MgWindow  *mg_test_ui_show_window      (MgContext   *context,
                                        int          width,
                                        int          height);
GtkEditable *mg_test_ui_get_search_entry (MgWindow  *window);
void       mg_test_ui_search           (MgWindow    *window,
                                        const char  *text);
void       mg_test_ui_search_and_open  (MgWindow    *window,
                                        const char  *text,
                                        const char  *kind);
void       mg_test_ui_clear_medicines  (MgContext   *context);

/* For mg_test_ui_await() */
typedef struct
{
  gint64 deadline;
  guint  wake_up;
} MgTestUiWait;

void       mg_test_ui_wait_begin       (MgTestUiWait *wait);
gboolean   mg_test_ui_wait_iterate     (MgTestUiWait *wait);
void       mg_test_ui_wait_end         (MgTestUiWait *wait,
                                        gboolean      held,
                                        const char   *condition,
                                        const char   *file,
                                        int           line);

G_END_DECLS
