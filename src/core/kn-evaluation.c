/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An evaluation of one employee for one period, its predikat and its snapshot. */

#define G_LOG_DOMAIN "kn-evaluation"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "kinerja/kn-evaluation.h"
#include "kinerja/kn-period.h"

#include "kn-enum-table.h"
#include "kn-model-private.h"

#include "kn-evaluation-private.h"

struct _KnEvaluation
{
  GObject             parent_instance;

  gint64              id;
  gint64              employee_id;
  char               *period;            /* owned GRefString, nullable: "" when none */
  gint64              assessor_id;
  KnRating            rating_result;
  KnRating            rating_behaviour;
  KnEvaluationStatus  status;
  char               *note;              /* owned, nullable */
  char               *reopen_reason;     /* owned, nullable */
  GHashTable         *snapshot;          /* owned, nullable until first used: char * → char * */
  char               *snapshot_text;     /* nullable: read from the store, not parsed yet; owned,
                                          * or in snapshot_texts */
  KnEvaluationTexts  *snapshot_texts;    /* owned reference, nullable: holds snapshot_text */
  gint64              row_version;
};

static gboolean parse_snapshot_text (KnEvaluation *self,
                                     const char   *text);

/* Texts of many evaluations read at once, copied into blocks shared by them and freed with the
 * last of them: a unit's list holds thousands of snapshots (issue 13). Filled by one thread;
 * read and released by any. */
struct _KnEvaluationTexts
{
  gatomicrefcount  ref_count;
  GStringChunk    *chunk;   /* owned */
};

static KnEvaluationTexts *
texts_ref (KnEvaluationTexts *texts)
{
  g_atomic_ref_count_inc (&texts->ref_count);
  return texts;
}

static void
drop_snapshot_text (KnEvaluation *self)
{
  if (self->snapshot_texts != NULL)
    {
      self->snapshot_text = NULL;
      g_clear_pointer (&self->snapshot_texts, kn_evaluation_texts_unref);
    }
  else
    g_clear_pointer (&self->snapshot_text, g_free);
}

/* The snapshot's table, made when first needed: a unit's list holds thousands of evaluations
 * whose snapshots are never looked at (issue 13). */
static GHashTable *
snapshot_table (KnEvaluation *self)
{
  if (self->snapshot == NULL)
    self->snapshot = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self->snapshot;
}

/* The snapshot, parsed on first use when it came from the store as text. */
static GHashTable *
snapshot_of (KnEvaluation *self)
{
  snapshot_table (self);
  if (self->snapshot_text != NULL)
    {
      /* Parsed from where it is, then dropped: parsing replaces the table, not the text. */
      parse_snapshot_text (self, self->snapshot_text);
      drop_snapshot_text (self);
    }
  return self->snapshot;
}

enum {
  PROP_0,
  PROP_ID,
  PROP_EMPLOYEE_ID,
  PROP_PERIOD,
  PROP_ASSESSOR_ID,
  PROP_RATING_RESULT,
  PROP_RATING_BEHAVIOUR,
  PROP_PREDIKAT,
  PROP_STATUS,
  PROP_NOTE,
  PROP_REOPEN_REASON,
  PROP_RATING_RESULT_LABEL,
  PROP_RATING_BEHAVIOUR_LABEL,
  PROP_PREDIKAT_LABEL,
  PROP_STATUS_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ENUM_TYPE (KnEvaluationStatus, kn_evaluation_status,
  G_DEFINE_ENUM_VALUE (KN_EVALUATION_STATUS_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (KN_EVALUATION_STATUS_FINAL, "final"))

static const KnEnumTable status_table = {
  "evaluation status", KN_EVALUATION_STATUS_N, (const KnEnumEntry[]) {
    [KN_EVALUATION_STATUS_DRAFT] = { "draft", NC_("evaluation status", "Draft") },
    [KN_EVALUATION_STATUS_FINAL] = { "final", NC_("evaluation status", "Final") },
  }
};

G_DEFINE_FINAL_TYPE (KnEvaluation, kn_evaluation, G_TYPE_OBJECT)

static gboolean
snapshots_equal (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gpointer other;

      if (!g_hash_table_lookup_extended (b, key, NULL, &other) ||
          g_strcmp0 (value, other) != 0)
        return FALSE;
    }

  return TRUE;
}

static void
snapshot_copy_into (GHashTable *dest,
                    GHashTable *src)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, src);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (dest, g_strdup (key), g_strdup (value));
}

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Called with the predikat from before a rating changed; notifies only when it moved. */
static void
notify_predikat_if_changed (KnEvaluation *self,
                            KnPredikat    before)
{
  g_assert (KN_IS_EVALUATION (self));

  if (kn_evaluation_get_predikat (self) != before)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREDIKAT]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREDIKAT_LABEL]);
    }
}

static void
kn_evaluation_finalize (GObject *object)
{
  KnEvaluation *self = (KnEvaluation *)object;

  g_clear_pointer (&self->period, g_ref_string_release);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->reopen_reason, g_free);
  g_clear_pointer (&self->snapshot, g_hash_table_unref);
  drop_snapshot_text (self);

  G_OBJECT_CLASS (kn_evaluation_parent_class)->finalize (object);
}

static void
kn_evaluation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  KnEvaluation *self = KN_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, kn_evaluation_get_id (self));
      break;
    case PROP_EMPLOYEE_ID:
      g_value_set_int64 (value, kn_evaluation_get_employee_id (self));
      break;
    case PROP_PERIOD:
      g_value_set_string (value, kn_evaluation_get_period (self));
      break;
    case PROP_ASSESSOR_ID:
      g_value_set_int64 (value, kn_evaluation_get_assessor_id (self));
      break;
    case PROP_RATING_RESULT:
      g_value_set_enum (value, kn_evaluation_get_rating_result (self));
      break;
    case PROP_RATING_BEHAVIOUR:
      g_value_set_enum (value, kn_evaluation_get_rating_behaviour (self));
      break;
    case PROP_PREDIKAT:
      g_value_set_enum (value, kn_evaluation_get_predikat (self));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, kn_evaluation_get_status (self));
      break;
    case PROP_NOTE:
      g_value_set_string (value, kn_evaluation_get_note (self));
      break;
    case PROP_REOPEN_REASON:
      g_value_set_string (value, kn_evaluation_get_reopen_reason (self));
      break;
    case PROP_RATING_RESULT_LABEL:
      g_value_set_string (value, kn_rating_label (kn_evaluation_get_rating_result (self)));
      break;
    case PROP_RATING_BEHAVIOUR_LABEL:
      g_value_set_string (value, kn_rating_label (kn_evaluation_get_rating_behaviour (self)));
      break;
    case PROP_PREDIKAT_LABEL:
      g_value_set_string (value, kn_predikat_label (kn_evaluation_get_predikat (self)));
      break;
    case PROP_STATUS_LABEL:
      /* Nothing saved yet reads as such, not as a draft. */
      g_value_set_string (value, self->id == 0 ? _("Not rated")
                                               : kn_evaluation_status_label (kn_evaluation_get_status (self)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_evaluation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  KnEvaluation *self = KN_EVALUATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      kn_evaluation_set_id (self, g_value_get_int64 (value));
      break;
    /* Construct-only: there is no public setter. */
    case PROP_EMPLOYEE_ID:
      self->employee_id = g_value_get_int64 (value);
      break;
    case PROP_PERIOD:
      {
        const char *period = g_value_get_string (value);
        KnPeriod parsed;

        g_clear_pointer (&self->period, g_ref_string_release);
        /* Kept in its machine form, however it was typed ("2026-tw1" is "2026-TW1"). */
        if (period != NULL && kn_period_parse (period, &parsed, NULL))
          {
            g_autofree char *canonical = kn_period_to_string (&parsed);

            self->period = g_ref_string_new (canonical);
          }
        else if (period != NULL && period[0] != '\0')
          self->period = g_ref_string_new (period);
      }
      break;
    case PROP_ASSESSOR_ID:
      kn_evaluation_set_assessor_id (self, g_value_get_int64 (value));
      break;
    case PROP_RATING_RESULT:
      kn_evaluation_set_rating_result (self, g_value_get_enum (value));
      break;
    case PROP_RATING_BEHAVIOUR:
      kn_evaluation_set_rating_behaviour (self, g_value_get_enum (value));
      break;
    case PROP_STATUS:
      kn_evaluation_set_status (self, g_value_get_enum (value));
      break;
    case PROP_NOTE:
      kn_evaluation_set_note (self, g_value_get_string (value));
      break;
    case PROP_REOPEN_REASON:
      kn_evaluation_set_reopen_reason (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kn_evaluation_class_init (KnEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags co = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = kn_evaluation_finalize;
  object_class->get_property = kn_evaluation_get_property;
  object_class->set_property = kn_evaluation_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_EMPLOYEE_ID] =
    g_param_spec_int64 ("employee-id", NULL, NULL, 0, G_MAXINT64, 0, co);
  properties[PROP_PERIOD] = g_param_spec_string ("period", NULL, NULL, NULL, co);
  properties[PROP_ASSESSOR_ID] =
    g_param_spec_int64 ("assessor-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_RATING_RESULT] =
    g_param_spec_enum ("rating-result", NULL, NULL, KN_TYPE_RATING, KN_RATING_NONE, rw);
  properties[PROP_RATING_BEHAVIOUR] =
    g_param_spec_enum ("rating-behaviour", NULL, NULL, KN_TYPE_RATING, KN_RATING_NONE, rw);
  properties[PROP_PREDIKAT] =
    g_param_spec_enum ("predikat", NULL, NULL, KN_TYPE_PREDIKAT, KN_PREDIKAT_NONE, ro);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       KN_TYPE_EVALUATION_STATUS, KN_EVALUATION_STATUS_DRAFT, rw);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, rw);
  properties[PROP_REOPEN_REASON] = g_param_spec_string ("reopen-reason", NULL, NULL, NULL, rw);

  /* Labels for people, for binding in tables. */
  properties[PROP_RATING_RESULT_LABEL] =
    g_param_spec_string ("rating-result-label", NULL, NULL, NULL, ro);
  properties[PROP_RATING_BEHAVIOUR_LABEL] =
    g_param_spec_string ("rating-behaviour-label", NULL, NULL, NULL, ro);
  properties[PROP_PREDIKAT_LABEL] = g_param_spec_string ("predikat-label", NULL, NULL, NULL, ro);
  properties[PROP_STATUS_LABEL] = g_param_spec_string ("status-label", NULL, NULL, NULL, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kn_evaluation_init (KnEvaluation *self)
{
  self->rating_result = KN_RATING_NONE;
  self->rating_behaviour = KN_RATING_NONE;
  self->status = KN_EVALUATION_STATUS_DRAFT;
}

const char *
kn_evaluation_status_to_string (KnEvaluationStatus status)
{
  g_return_val_if_fail ((guint) status < KN_EVALUATION_STATUS_N, NULL);

  return kn_enum_table_to_string (&status_table, status);
}

gboolean
kn_evaluation_status_from_string (const char         *text,
                                  KnEvaluationStatus *status)
{
  return kn_enum_table_from_string (&status_table, text, (int *) status);
}

const char *
kn_evaluation_status_label (KnEvaluationStatus status)
{
  g_return_val_if_fail ((guint) status < KN_EVALUATION_STATUS_N, NULL);

  return kn_enum_table_label (&status_table, status);
}

KnEvaluation *
kn_evaluation_new (gint64      employee_id,
                   const char *period)
{
  return g_object_new (KN_TYPE_EVALUATION,
                       "employee-id", employee_id,
                       "period", period,
                       NULL);
}

KnEvaluation *
kn_evaluation_copy (KnEvaluation *self)
{
  KnEvaluation *copy;

  g_return_val_if_fail (KN_IS_EVALUATION (self), NULL);

  copy = kn_evaluation_new (self->employee_id, kn_evaluation_get_period (self));
  copy->id = self->id;
  copy->row_version = self->row_version;
  copy->assessor_id = self->assessor_id;
  copy->rating_result = self->rating_result;
  copy->rating_behaviour = self->rating_behaviour;
  copy->status = self->status;
  kn_model_replace_string (&copy->note, self->note);
  kn_model_replace_string (&copy->reopen_reason, self->reopen_reason);
  if (self->snapshot != NULL)
    snapshot_copy_into (snapshot_table (copy), self->snapshot);
  copy->snapshot_text = g_strdup (self->snapshot_text);

  return copy;
}

gint64
kn_evaluation_get_row_version (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), 0);
  return self->row_version;
}

void
kn_evaluation_set_row_version (KnEvaluation *self,
                               gint64        version)
{
  g_return_if_fail (KN_IS_EVALUATION (self));
  self->row_version = version;
}

gint64
kn_evaluation_get_id (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), 0);
  return self->id;
}

void
kn_evaluation_set_id (KnEvaluation *self,
                      gint64        id)
{
  g_return_if_fail (KN_IS_EVALUATION (self));

  if (self->id != id)
    {
      self->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_LABEL]);
    }
}

gint64
kn_evaluation_get_employee_id (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), 0);
  return self->employee_id;
}

const char *
kn_evaluation_get_period (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), NULL);
  return self->period != NULL ? self->period : "";
}

gint64
kn_evaluation_get_assessor_id (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), 0);
  return self->assessor_id;
}

void
kn_evaluation_set_assessor_id (KnEvaluation *self,
                               gint64        assessor_id)
{
  g_return_if_fail (KN_IS_EVALUATION (self));

  kn_model_set_value (self, self->assessor_id, assessor_id, properties[PROP_ASSESSOR_ID]);
}

KnRating
kn_evaluation_get_rating_result (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), KN_RATING_NONE);
  return self->rating_result;
}

void
kn_evaluation_set_rating_result (KnEvaluation *self,
                                 KnRating      rating)
{
  KnPredikat before;

  g_return_if_fail (KN_IS_EVALUATION (self));
  g_return_if_fail ((guint) rating < KN_RATING_N);

  if (self->rating_result == rating)
    return;

  before = kn_evaluation_get_predikat (self);
  self->rating_result = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING_RESULT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING_RESULT_LABEL]);
  notify_predikat_if_changed (self, before);
}

KnRating
kn_evaluation_get_rating_behaviour (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), KN_RATING_NONE);
  return self->rating_behaviour;
}

void
kn_evaluation_set_rating_behaviour (KnEvaluation *self,
                                    KnRating      rating)
{
  KnPredikat before;

  g_return_if_fail (KN_IS_EVALUATION (self));
  g_return_if_fail ((guint) rating < KN_RATING_N);

  if (self->rating_behaviour == rating)
    return;

  before = kn_evaluation_get_predikat (self);
  self->rating_behaviour = rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING_BEHAVIOUR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATING_BEHAVIOUR_LABEL]);
  notify_predikat_if_changed (self, before);
}

KnPredikat
kn_evaluation_get_predikat (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), KN_PREDIKAT_NONE);
  return kn_predikat_from_ratings (self->rating_result, self->rating_behaviour);
}

KnEvaluationStatus
kn_evaluation_get_status (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), KN_EVALUATION_STATUS_DRAFT);
  return self->status;
}

void
kn_evaluation_set_status (KnEvaluation       *self,
                          KnEvaluationStatus  status)
{
  g_return_if_fail (KN_IS_EVALUATION (self));
  g_return_if_fail ((guint) status < KN_EVALUATION_STATUS_N);

  if (self->status != status)
    {
      self->status = status;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS_LABEL]);
    }
}

const char *
kn_evaluation_get_note (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), NULL);
  return self->note;
}

void
kn_evaluation_set_note (KnEvaluation *self,
                        const char   *note)
{
  g_return_if_fail (KN_IS_EVALUATION (self));

  kn_model_set_string (self, &self->note, kn_model_nullable (note), properties[PROP_NOTE]);
}

const char *
kn_evaluation_get_reopen_reason (KnEvaluation *self)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), NULL);
  return self->reopen_reason;
}

void
kn_evaluation_set_reopen_reason (KnEvaluation *self,
                                 const char   *reason)
{
  g_return_if_fail (KN_IS_EVALUATION (self));

  kn_model_set_string (self, &self->reopen_reason, kn_model_nullable (reason),
                       properties[PROP_REOPEN_REASON]);
}

const char *
kn_evaluation_get_snapshot (KnEvaluation *self,
                            const char   *key)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  return g_hash_table_lookup (snapshot_of (self), key);
}

void
kn_evaluation_set_snapshot (KnEvaluation *self,
                            const char   *key,
                            const char   *value)
{
  g_return_if_fail (KN_IS_EVALUATION (self));
  g_return_if_fail (key != NULL);

  if (value == NULL)
    g_hash_table_remove (snapshot_of (self), key);
  else
    g_hash_table_insert (snapshot_of (self), g_strdup (key), g_strdup (value));
}

void
kn_evaluation_clear_snapshot (KnEvaluation *self)
{
  g_return_if_fail (KN_IS_EVALUATION (self));

  drop_snapshot_text (self);
  if (self->snapshot != NULL)
    g_hash_table_remove_all (self->snapshot);
}

/* Whether g_variant_print writes @text between single quotes as it is: valid UTF-8 of printable
 * characters, none a quote or backslash. */
static gboolean
is_plain_text (const char *text)
{
  const guchar *c = (const guchar *)text;

  while (*c != '\0')
    {
      if (*c < 0x80)
        {
          if (*c < 0x20 || *c == 0x7f || *c == '\'' || *c == '\\')
            return FALSE;
          c++;
        }
      else
        {
          gunichar u = g_utf8_get_char_validated ((const char *)c, -1);

          if (u == (gunichar)-1 || u == (gunichar)-2 || !g_unichar_isprint (u))
            return FALSE;
          c = (const guchar *)g_utf8_next_char (c);
        }
    }
  return TRUE;
}

char *
kn_evaluation_dup_snapshot_text (KnEvaluation *self)
{
  g_autoptr(GVariant) variant = NULL;
  g_autofree gpointer *keys = NULL;
  GVariantBuilder builder;
  guint n_keys;

  g_return_val_if_fail (KN_IS_EVALUATION (self), NULL);

  /* Sorted keys give the same text for the same snapshot, whatever the hash order. */
  keys = g_hash_table_get_keys_as_array (snapshot_of (self), &n_keys);
  g_qsort_with_data (keys, n_keys, sizeof (gpointer), compare_keys, NULL);

  /* Printable text without quote or backslash is written as g_variant_print writes it, without
   * building the variant (finalising a unit prints thousands; the printer looks at every
   * character's Unicode class). Anything else goes through GVariant. */
  if (n_keys > 0)
    {
      GString *text = g_string_sized_new (64 * n_keys);
      gboolean plain = TRUE;

      g_string_append_c (text, '{');
      for (guint i = 0; i < n_keys && plain; i++)
        {
          const char *key = keys[i];
          const char *value = g_hash_table_lookup (self->snapshot, key);

          plain = is_plain_text (key) && is_plain_text (value);
          if (i > 0)
            g_string_append (text, ", ");
          g_string_append_c (text, '\'');
          g_string_append (text, key);
          g_string_append (text, "': '");
          g_string_append (text, value);
          g_string_append_c (text, '\'');
        }
      g_string_append_c (text, '}');
      if (plain)
        return g_string_free (text, FALSE);
      g_string_free (text, TRUE);
    }

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{ss}"));
  for (guint i = 0; i < n_keys; i++)
    g_variant_builder_add (&builder, "{ss}",
                           (const char *) keys[i],
                           (const char *) g_hash_table_lookup (self->snapshot, keys[i]));
  variant = g_variant_ref_sink (g_variant_builder_end (&builder));

  return g_variant_print (variant, FALSE);
}

static gboolean
parse_snapshot_text (KnEvaluation *self,
                     const char   *text)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GError) error = NULL;
  GVariantIter iter;
  const char *key;
  const char *value;

  if (text == NULL || text[0] == '\0')
    {
      if (self->snapshot != NULL)
        g_hash_table_remove_all (self->snapshot);
      return TRUE;
    }

  variant = g_variant_parse (G_VARIANT_TYPE ("a{ss}"), text, NULL, NULL, &error);
  if (variant == NULL)
    {
      g_debug ("Ignoring a snapshot that does not parse: %s", error->message);
      return FALSE;
    }

  g_hash_table_remove_all (snapshot_table (self));
  g_variant_iter_init (&iter, variant);
  while (g_variant_iter_next (&iter, "{&s&s}", &key, &value))
    g_hash_table_insert (self->snapshot, g_strdup (key), g_strdup (value));

  return TRUE;
}

gboolean
kn_evaluation_set_snapshot_text (KnEvaluation *self,
                                 const char   *text)
{
  g_return_val_if_fail (KN_IS_EVALUATION (self), FALSE);

  drop_snapshot_text (self);
  return parse_snapshot_text (self, text);
}

void
kn_evaluation_set_snapshot_text_lazily (KnEvaluation *self,
                                        const char   *text)
{
  g_return_if_fail (KN_IS_EVALUATION (self));

  if (self->snapshot != NULL)
    g_hash_table_remove_all (self->snapshot);
  if (text != self->snapshot_text)
    {
      drop_snapshot_text (self);
      self->snapshot_text = g_strdup (kn_model_nullable (text));
    }
}

KnEvaluation *
kn_evaluation_new_stored (const KnEvaluationStored *stored)
{
  KnEvaluation *self = g_object_new (KN_TYPE_EVALUATION, NULL);

  g_return_val_if_fail ((guint) stored->rating_result < KN_RATING_N, self);
  g_return_val_if_fail ((guint) stored->rating_behaviour < KN_RATING_N, self);
  g_return_val_if_fail ((guint) stored->status < KN_EVALUATION_STATUS_N, self);

  self->id = stored->id;
  self->employee_id = stored->employee_id;
  self->period = stored->period != NULL && stored->period[0] != '\0'
                 ? g_ref_string_acquire (stored->period) : NULL;
  self->assessor_id = stored->assessor_id;
  self->rating_result = stored->rating_result;
  self->rating_behaviour = stored->rating_behaviour;
  self->status = stored->status;
  self->note = g_strdup (kn_model_nullable (stored->note));
  self->reopen_reason = g_strdup (kn_model_nullable (stored->reopen_reason));
  if (kn_model_nullable (stored->snapshot_text) == NULL)
    ;
  else if (stored->texts != NULL)
    {
      self->snapshot_texts = texts_ref (stored->texts);
      self->snapshot_text = g_string_chunk_insert (stored->texts->chunk, stored->snapshot_text);
    }
  else
    self->snapshot_text = g_strdup (stored->snapshot_text);
  self->row_version = stored->row_version;

  return self;
}

KnEvaluationTexts *
kn_evaluation_texts_new (void)
{
  KnEvaluationTexts *texts = g_new0 (KnEvaluationTexts, 1);

  g_atomic_ref_count_init (&texts->ref_count);
  texts->chunk = g_string_chunk_new (64 * 1024);
  return texts;
}

void
kn_evaluation_texts_unref (KnEvaluationTexts *texts)
{
  if (texts != NULL && g_atomic_ref_count_dec (&texts->ref_count))
    {
      g_string_chunk_free (texts->chunk);
      g_free (texts);
    }
}

gboolean
kn_evaluation_equal (KnEvaluation *a,
                     KnEvaluation *b)
{
  g_return_val_if_fail (KN_IS_EVALUATION (a), FALSE);
  g_return_val_if_fail (KN_IS_EVALUATION (b), FALSE);

  if (a == b)
    return TRUE;

  return a->id == b->id &&
         a->employee_id == b->employee_id &&
         g_strcmp0 (kn_evaluation_get_period (a), kn_evaluation_get_period (b)) == 0 &&
         a->assessor_id == b->assessor_id &&
         a->rating_result == b->rating_result &&
         a->rating_behaviour == b->rating_behaviour &&
         a->status == b->status &&
         g_strcmp0 (a->note, b->note) == 0 &&
         g_strcmp0 (a->reopen_reason, b->reopen_reason) == 0 &&
         snapshots_equal (snapshot_of (a), snapshot_of (b));
}
