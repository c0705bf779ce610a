/*
 * The C accelerator of a generated models package: from_dict() and to_dict() of valid payloads.
 *
 * Optional: the package is complete without it, and _runtime.accelerate() only uses it when the
 * fingerprint of its tables is the package's own. The spec's classes are the tables of
 * _tables.h, rendered for each spec; this engine, the same for every spec, walks them. Every
 * function returns a new reference or NULL. NULL with an exception set is an error; NULL with none
 * "hands back": anything the engine is not sure of (a wrong type, a Mapping that is not a dict, a
 * date-time in a rarer spelling, a missing slot). parse() and dump() then return None and the
 * Python code does the whole call again, so every result and every error message is the Python
 * one. Only exceptions that are no Exception (KeyboardInterrupt, SystemExit) pass through.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <datetime.h>
#include <math.h>
#include <string.h>
#include <structmember.h>

/* The rows of the tables. */
typedef struct { unsigned char kind; unsigned char nullable; int ref; } Node;
typedef struct { const char *text; Py_ssize_t len; } Text;
typedef struct { Text wire; const char *attr; int node; unsigned char required; } FieldRow;
typedef struct { const char *name; int first; int count; Text guard[2]; } ClassRow;
typedef struct { int first; int count; } EnumRow;
typedef struct { int narrow; int wide; } UnionRow;
typedef struct { int known; int excluded; } OpenRow;
/* values: an enum; first: into CASES; other: the class of any other tag value, or -1 (refused) */
typedef struct { Text tag; int values; int first; int other; } TaggedRow;

/* The spec's tables: PACKAGE_NAME, the node kinds (enum Kind) and whether to_dict() writes each
 * kind's values back as they are (AS_IS), FINGERPRINT, MAX_DEPTH (how deep a payload may nest
 * objects and arrays: deeper ones are handed back and the Python code reports them, the same
 * limit as _runtime.MAX_DEPTH), and CLASSES, FIELDS, NODES, ENUMS, ENUM_VALUES, UNIONS, OPENS,
 * TAGGED and CASES, each ending with a spare row so that none is empty (N_CLASSES, N_ENUMS and
 * N_TAGGED count the others). */
#include "_tables.h"

/* Writing stops with RecursionError at WRITE_MAX_DEPTH levels, which only an instance built by
 * hand reaches: the C stack stays small whatever sys.getrecursionlimit() allows. */
#define WRITE_MAX_DEPTH 1000

/* ---- The engine ---- */

typedef struct {
    PyTypeObject *cls;
    PyObject *wire_names; /* cls._WIRE_NAMES */
    PyObject **keys;      /* the wire names, interned */
    Py_ssize_t *slots;    /* where each field's value lives in an instance */
    Py_ssize_t extra;     /* where additional_properties lives */
    PyObject *guard[2];   /* a carried class's tag and carrier keys, or NULL */
} Plan;

/* One per class of CLASSES, NULL until the class's module hands it over (bind). A plan is never
 * changed once made: a module imported again makes new ones, and the old stay allocated, since a
 * call in another thread, waiting in a Python helper, may still be reading them. */
static const Plan **PLANS;
static PyObject *ENUM_SETS[N_ENUMS + 1];
static PyObject *TAG_KEYS[N_TAGGED + 1]; /* each tagged union's tag as a str, made at first use */
static PyObject *BY_TYPE;       /* class -> its index in CLASSES */
static PyObject *UNSET;
static PyObject *PARSE_DATETIME, *PARSE_DATE, *DUMP_DATETIME, *DUMP_DATE; /* the Python helpers */
static PyObject *DATETIME_FROM, *DATE_FROM; /* datetime.fromisoformat, date.fromisoformat */
static PyObject *ROOT;          /* (): where a value handed to a Python helper is */
static PyObject *TO_DICT;       /* "to_dict" */
static PyObject *UNRECOGNIZED;  /* _runtime.Unrecognized: a value of an open list it does not know */
static PyObject *VALUE;         /* "value" */

#define SLOT(obj, offset) (*(PyObject **)((char *)(obj) + (offset)))

typedef struct {
    PyObject *errors; /* what Python helpers report into; made at the first call of one */
    int depth;        /* objects and arrays entered */
    int limit;        /* how many may be: MAX_DEPTH, WRITE_MAX_DEPTH */
    int raises;       /* beyond the limit: 1 raises RecursionError (writing), 0 hands back */
} Ctx;

static PyObject *parse_node(int node, PyObject *v, Ctx *ctx);
static PyObject *dump_node(int node, PyObject *v, Ctx *ctx);
typedef PyObject *(*Each)(int node, PyObject *v, Ctx *ctx);

/* One more level of objects and arrays; 0 when that is beyond the limit. Every enter() that
 * returns 1 is matched by a leave(). */
static int enter(Ctx *ctx) {
    if (ctx->depth >= ctx->limit) {
        if (ctx->raises)
            PyErr_SetString(PyExc_RecursionError, "maximum depth exceeded while writing a payload");
        return 0;
    }
    ctx->depth++;
    return 1;
}

static void leave(Ctx *ctx) { ctx->depth--; }

/* The index of a generated class, or -1. Only a class whose type is exactly `type` is looked
 * up: the lookup then runs no Python code (a metaclass's __hash__ or __eq__ could make any class
 * equal to one of ours), and the class found must be that very class. */
static int plan_of(PyTypeObject *cls) {
    if (!PLANS || !Py_IS_TYPE((PyObject *)cls, &PyType_Type))
        return -1;
    PyObject *found = PyDict_GetItemWithError(BY_TYPE, (PyObject *)cls);
    if (!found)
        return -1;
    long index = PyLong_AsLong(found);
    return index >= 0 && index < N_CLASSES && PLANS[index] && PLANS[index]->cls == cls ? (int)index : -1;
}

/* A Python helper (value, where, errors) -> value; what it reports hands the call back. */
static PyObject *call_helper(PyObject *helper, PyObject *v, Ctx *ctx) {
    if (!ctx->errors && !(ctx->errors = PyList_New(0)))
        return NULL;
    PyObject *args[3] = {v, ROOT, ctx->errors};
    PyObject *out = PyObject_Vectorcall(helper, args, 3, NULL);
    if (out && PyList_GET_SIZE(ctx->errors)) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

/* The vendor's spelling, 2024-02-01T10:42:59.594Z or 1974-01-02, goes straight to fromisoformat,
 * as parse_datetime and parse_date do in Python; any other spelling to those helpers. */
static int has_shape(PyObject *v, Py_ssize_t length, const char *shape) {
    if (!PyUnicode_CheckExact(v) || !PyUnicode_IS_COMPACT_ASCII(v) || PyUnicode_GET_LENGTH(v) != length)
        return 0;
    const char *s = (const char *)PyUnicode_DATA(v);
    for (Py_ssize_t i = 0; i < length; i++)
        if (shape[i] == '#' ? s[i] < '0' || s[i] > '9' : shape[i] != s[i])
            return 0;
    return 1;
}

static PyObject *parse_datetime(PyObject *v, Ctx *ctx) {
    if (has_shape(v, 24, "####-##-##T##:##:##.###Z"))
        return PyObject_CallOneArg(DATETIME_FROM, v);
    return call_helper(PARSE_DATETIME, v, ctx);
}

static PyObject *parse_date(PyObject *v, Ctx *ctx) {
    if (has_shape(v, 10, "####-##-##"))
        return PyObject_CallOneArg(DATE_FROM, v);
    return call_helper(PARSE_DATE, v, ctx);
}

/* Whether v is an exact int that fits in 64 bits. Larger ones are handed back: Python decides
 * whether they have too many digits (_runtime.INT_DIGITS) to be written as JSON text. */
static int small_int(PyObject *v) {
    if (!PyLong_CheckExact(v))
        return 0;
    int overflow;
    long long value = PyLong_AsLongLongAndOverflow(v, &overflow);
    (void)value;
    if (overflow == 0 && PyErr_Occurred()) {
        PyErr_Clear();
        return 0;
    }
    return overflow == 0;
}

/* Whether a free-form value is plain JSON within the depth limit, as _runtime.json_value says:
 * exact dicts with exact string keys, lists, strings, ints, bools, None and finite floats. Exact
 * types only, so that nothing here runs Python code. */
static int json_value(PyObject *v, Ctx *ctx) {
    if (v == Py_None || PyUnicode_CheckExact(v) || PyBool_Check(v))
        return 1;
    if (PyLong_CheckExact(v))
        return small_int(v);
    if (PyFloat_CheckExact(v))
        return isfinite(PyFloat_AS_DOUBLE(v));
    int ok = 0;
    if (PyList_CheckExact(v)) {
        if (!enter(ctx))
            return 0;
        ok = 1;
        for (Py_ssize_t i = 0; ok && i < PyList_GET_SIZE(v); i++)
            ok = json_value(PyList_GET_ITEM(v, i), ctx);
        leave(ctx);
    } else if (PyDict_CheckExact(v)) {
        if (!enter(ctx))
            return 0;
        ok = 1;
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (ok && PyDict_Next(v, &pos, &key, &value))
            ok = PyUnicode_CheckExact(key) && json_value(value, ctx);
        leave(ctx);
    }
    return ok;
}

/* parse_object: a free-form dict of plain JSON, kept as it is. */
static PyObject *parse_object(PyObject *v, Ctx *ctx) {
    return PyDict_CheckExact(v) && json_value(v, ctx) ? Py_NewRef(v) : NULL;
}

/* The keys of data the class does not name, with their values (plain JSON) as they came. Keys
 * must be exact strings before they are looked up: a str subclass's __hash__ or __eq__ could run
 * and free the key in the middle of the lookup. */
static PyObject *extra_keys(PyObject *data, PyObject *known, Ctx *ctx) {
    PyObject *out = PyDict_New();
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (out && PyDict_Next(data, &pos, &key, &value)) {
        if (!PyUnicode_CheckExact(key)) {
            Py_CLEAR(out);
            break;
        }
        int named = PySet_Contains(known, key);
        if (named == 1)
            continue;
        if (named < 0 || !json_value(value, ctx) || PyDict_SetItem(out, key, value) < 0)
            Py_CLEAR(out);
    }
    return out;
}

/* Whether a dict given to a carried class holds the tag and carrier keys of its union: a whole
 * envelope, which Python refuses. An error in the lookup (a key's __eq__) counts as one. */
static int is_envelope(const Plan *plan, PyObject *data) {
    if (!plan->guard[0])
        return 0;
    int tag = PyDict_Contains(data, plan->guard[0]);
    return tag == 0 ? 0 : tag < 0 ? 1 : PyDict_Contains(data, plan->guard[1]) != 0;
}

static PyObject *parse_model(int index, PyObject *data, Ctx *ctx) {
    const Plan *plan = PLANS[index]; /* NULL: its module is not imported; Python parses */
    if (!plan || !PyDict_CheckExact(data) || is_envelope(plan, data) || !enter(ctx))
        return NULL;
    const ClassRow *row = &CLASSES[index];
    if (Py_EnterRecursiveCall(" while parsing a payload")) {
        leave(ctx);
        return NULL;
    }
    PyObject *obj = plan->cls->tp_alloc(plan->cls, 0);
    Py_ssize_t found = 0;
    for (int i = 0; obj && i < row->count; i++) {
        PyObject *v = PyDict_GetItemWithError(data, plan->keys[i]);
        PyObject *out;
        if (v) {
            found++;
            Py_INCREF(v);
            out = parse_node(FIELDS[row->first + i].node, v, ctx);
            Py_DECREF(v);
        } else {
            /* A missing required key is handed back: Python reports it. */
            out = PyErr_Occurred() || FIELDS[row->first + i].required ? NULL : Py_NewRef(UNSET);
        }
        if (!out)
            Py_CLEAR(obj);
        else
            SLOT(obj, plan->slots[i]) = out;
    }
    if (obj) {
        PyObject *extra = PyDict_GET_SIZE(data) == found ? PyDict_New() : extra_keys(data, plan->wire_names, ctx);
        if (!extra)
            Py_CLEAR(obj);
        else
            SLOT(obj, plan->extra) = extra;
    }
    Py_LeaveRecursiveCall();
    leave(ctx);
    return obj;
}

/* The key-subset rule: a dict whose keys all belong to the narrow class is that class. Keys must
 * be exact strings, as in extra_keys. */
static PyObject *parse_union(const UnionRow *u, PyObject *v, Ctx *ctx) {
    if (!PyDict_CheckExact(v))
        return NULL;
    const Plan *narrow_plan = PLANS[u->narrow];
    if (!narrow_plan)
        return NULL;
    int narrow = 1;
    Py_ssize_t pos = 0;
    PyObject *key, *value;
    while (narrow == 1 && PyDict_Next(v, &pos, &key, &value))
        narrow = PyUnicode_CheckExact(key) ? PySet_Contains(narrow_plan->wire_names, key) : -1;
    if (narrow < 0)
        return NULL;
    return parse_model(narrow ? u->narrow : u->wide, v, ctx);
}

/* The tag-value rule: a dict is the class whose value of the tag it holds. Anything else (no
 * dict, no such value, a tag that is no exact str) is handed back: Python reports it. */
static PyObject *parse_tagged(int index, PyObject *v, Ctx *ctx) {
    const TaggedRow *row = &TAGGED[index];
    if (!PyDict_CheckExact(v))
        return NULL;
    if (!TAG_KEYS[index] && !(TAG_KEYS[index] = PyUnicode_DecodeUTF8(row->tag.text, row->tag.len, NULL)))
        return NULL;
    PyObject *tag = PyDict_GetItemWithError(v, TAG_KEYS[index]); /* borrowed */
    if (!tag || !PyUnicode_CheckExact(tag))
        return NULL;
    Py_ssize_t size;
    const char *text = PyUnicode_AsUTF8AndSize(tag, &size);
    if (!text)
        return NULL;
    const EnumRow *values = &ENUMS[row->values];
    for (int i = 0; i < values->count; i++) {
        const Text *value = &ENUM_VALUES[values->first + i];
        if (value->len == size && memcmp(value->text, text, (size_t)size) == 0)
            return parse_model(CASES[row->first + i], v, ctx);
    }
    return row->other >= 0 ? parse_model(row->other, v, ctx) : NULL;
}

/* A new list of each(item, x) for the items of a list: parse_list and dump_list. The results
 * are gathered in C first, and the list is made when all are there: each() can run Python code
 * (the date-time helpers, a to_dict() set by hand), which must never see a list holding NULLs. */
static PyObject *each_of_list(Each each, int item, PyObject *v, Ctx *ctx) {
    if (!PyList_CheckExact(v) || !enter(ctx))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(v), done = 0;
    PyObject **items = PyMem_New(PyObject *, n ? n : 1);
    int ok = items != NULL;
    if (!ok)
        PyErr_NoMemory();
    while (ok && done < n) {
        if (PyList_GET_SIZE(v) != n) /* changed under us: let Python decide */
            break;
        PyObject *x = Py_NewRef(PyList_GET_ITEM(v, done));
        PyObject *y = each(item, x, ctx);
        Py_DECREF(x);
        if (!y)
            break;
        items[done++] = y;
    }
    PyObject *out = ok && done == n ? PyList_New(n) : NULL;
    for (Py_ssize_t i = 0; i < done; i++) {
        if (out)
            PyList_SET_ITEM(out, i, items[i]);
        else
            Py_DECREF(items[i]);
    }
    PyMem_Free(items);
    leave(ctx);
    return out;
}

/* A new dict of each(item, x) for the values of a dict, keys kept: parse_map (which takes string
 * keys only) and dump_map. */
static PyObject *each_of_map(Each each, int item, PyObject *v, Ctx *ctx, int string_keys) {
    if (!PyDict_CheckExact(v) || !enter(ctx))
        return NULL;
    PyObject *out = PyDict_New();
    Py_ssize_t pos = 0, size = PyDict_GET_SIZE(v);
    PyObject *key, *x;
    while (out && PyDict_Next(v, &pos, &key, &x)) {
        if ((string_keys && !PyUnicode_CheckExact(key)) || PyDict_GET_SIZE(v) != size) {
            Py_CLEAR(out); /* not a string key, or changed under us: let Python decide */
            break;
        }
        Py_INCREF(key);
        Py_INCREF(x);
        PyObject *y = each(item, x, ctx);
        if (!y || PyDict_SetItem(out, key, y) < 0)
            Py_CLEAR(out);
        Py_XDECREF(y);
        Py_DECREF(x);
        Py_DECREF(key);
    }
    if (out && PyDict_GET_SIZE(v) != size)
        Py_CLEAR(out);
    leave(ctx);
    return out;
}

/* ASCII letters and digits, without the locale that isalnum() would consult. */
static int alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The email rule of _runtime.parse_email (and of the JSON Schema's pattern): an exact str of at
 * most 254 ASCII characters, `local@domain`; the local part 1 to 64 of letters, digits and
 * !#$%&'*+-/=?^_`{|}~. ; the domain two or more labels of 1 to 63 letters, digits and hyphens, no
 * hyphen first or last. Anything else is handed back, and Python reports it. */
static int email_ok(PyObject *v) {
    if (!PyUnicode_CheckExact(v) || !PyUnicode_IS_ASCII(v) || PyUnicode_GET_LENGTH(v) > 254)
        return 0;
    const unsigned char *s = PyUnicode_1BYTE_DATA(v);
    Py_ssize_t n = PyUnicode_GET_LENGTH(v), at = 0;
    while (at < n && s[at] != '@') {
        if (!alnum(s[at]) && !memchr("!#$%&'*+/=?^_`{|}~.-", s[at], 20))
            return 0;
        at++;
    }
    if (at == 0 || at > 64 || at == n)
        return 0;
    int labels = 0;
    for (Py_ssize_t i = at + 1;; i++) {
        Py_ssize_t start = i;
        while (i < n && (alnum(s[i]) || s[i] == '-'))
            i++;
        if (i == start || i - start > 63 || s[start] == '-' || s[i - 1] == '-')
            return 0;
        labels++;
        if (i == n)
            return labels >= 2;
        if (s[i] != '.')
            return 0;
    }
}

/* A known value as it is, any other string as an Unrecognized; an excluded one (another variant's
 * tag) is handed back for Python to report. */
static PyObject *parse_open(const OpenRow *row, PyObject *v) {
    if (!PyUnicode_CheckExact(v))
        return NULL;
    int known = PySet_Contains(ENUM_SETS[row->known], v);
    if (known)
        return known > 0 ? Py_NewRef(v) : NULL;
    int excluded = PySet_Contains(ENUM_SETS[row->excluded], v);
    return excluded ? NULL : PyObject_CallOneArg(UNRECOGNIZED, v);
}

/* An open list's value as it goes out: a str as it is, an Unrecognized's own text. */
static PyObject *dump_open(PyObject *v) {
    if (PyUnicode_CheckExact(v))
        return Py_NewRef(v);
    if (!Py_IS_TYPE(v, (PyTypeObject *)UNRECOGNIZED))
        return NULL;
    PyObject *text = PyObject_GetAttr(v, VALUE);
    if (text && !PyUnicode_CheckExact(text))
        Py_CLEAR(text); /* set by hand to something else: Python writes it */
    return text;
}

static PyObject *parse_node(int index, PyObject *v, Ctx *ctx) {
    const Node *node = &NODES[index];
    if (v == Py_None && node->nullable)
        return Py_NewRef(v);
    switch (node->kind) {
    case K_ANY:
        return json_value(v, ctx) ? Py_NewRef(v) : NULL;
    case K_STR:
        return PyUnicode_CheckExact(v) ? Py_NewRef(v) : NULL;
    case K_INT: /* exact types, as in Python: a bool is no integer */
        return small_int(v) ? Py_NewRef(v) : NULL;
    case K_NUMBER:
        return small_int(v) || (PyFloat_CheckExact(v) && isfinite(PyFloat_AS_DOUBLE(v))) ? Py_NewRef(v) : NULL;
    case K_BOOL:
        return PyBool_Check(v) ? Py_NewRef(v) : NULL;
    case K_OBJECT:
        return parse_object(v, ctx);
    case K_ENUM:
        return PyUnicode_CheckExact(v) && PySet_Contains(ENUM_SETS[node->ref], v) == 1 ? Py_NewRef(v) : NULL;
    case K_OPEN:
        return parse_open(&OPENS[node->ref], v);
    case K_EMAIL:
        return email_ok(v) ? Py_NewRef(v) : NULL;
    case K_DATETIME:
        return parse_datetime(v, ctx);
    case K_DATE:
        return parse_date(v, ctx);
    case K_MODEL:
        return parse_model(node->ref, v, ctx);
    case K_UNION:
        return parse_union(&UNIONS[node->ref], v, ctx);
    case K_TAGGED:
        return parse_tagged(node->ref, v, ctx);
    case K_LIST:
        return each_of_list(parse_node, node->ref, v, ctx);
    case K_MAP:
        return each_of_map(parse_node, node->ref, v, ctx, 1);
    }
    return NULL;
}

/* ---- Writing back: dump_datetime and date.isoformat() for the common types, else the helpers. */

static PyObject *dump_datetime(PyObject *v) {
    if (PyDateTime_CheckExact(v)) {
        PyObject *zone = PyDateTime_DATE_GET_TZINFO(v);
        if (zone == Py_None || zone == PyDateTime_TimeZone_UTC) { /* as it is: naive means UTC */
            char text[40];
            int micro = PyDateTime_DATE_GET_MICROSECOND(v);
            /* Milliseconds, or all six digits where the value has more precision. */
            int n = snprintf(text, sizeof text, micro % 1000 ? "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ"
                                                             : "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                             PyDateTime_GET_YEAR(v), PyDateTime_GET_MONTH(v), PyDateTime_GET_DAY(v),
                             PyDateTime_DATE_GET_HOUR(v), PyDateTime_DATE_GET_MINUTE(v),
                             PyDateTime_DATE_GET_SECOND(v), micro % 1000 ? micro : micro / 1000);
            return PyUnicode_FromStringAndSize(text, n);
        }
    }
    return PyObject_CallOneArg(DUMP_DATETIME, v);
}

static PyObject *dump_date(PyObject *v) {
    if (PyDate_CheckExact(v)) {
        char text[16];
        int n = snprintf(text, sizeof text, "%04d-%02d-%02d", PyDateTime_GET_YEAR(v), PyDateTime_GET_MONTH(v),
                         PyDateTime_GET_DAY(v));
        return PyUnicode_FromStringAndSize(text, n);
    }
    return PyObject_CallOneArg(DUMP_DATE, v);
}

static PyObject *dump_model(int index, PyObject *obj, Ctx *ctx) {
    const Plan *plan = PLANS[index]; /* bound: plan_of found it */
    const ClassRow *row = &CLASSES[index];
    if (!enter(ctx))
        return NULL;
    if (Py_EnterRecursiveCall(" while writing a payload")) {
        leave(ctx);
        return NULL;
    }
    PyObject *d = PyDict_New();
    for (int i = 0; d && i < row->count; i++) {
        PyObject *v = SLOT(obj, plan->slots[i]);
        if (v == UNSET)
            continue;
        PyObject *out = NULL;
        if (v) { /* a deleted attribute: Python raises AttributeError */
            Py_INCREF(v);
            out = dump_node(FIELDS[row->first + i].node, v, ctx);
            Py_DECREF(v);
        }
        if (!out || PyDict_SetItem(d, plan->keys[i], out) < 0)
            Py_CLEAR(d);
        Py_XDECREF(out);
    }
    /* A strong reference for the merge: a key's __eq__ may replace additional_properties. */
    PyObject *extra = d ? Py_XNewRef(SLOT(obj, plan->extra)) : NULL;
    if (d && (!extra || !PyDict_CheckExact(extra) || (PyDict_GET_SIZE(extra) && PyDict_Update(d, extra) < 0)))
        Py_CLEAR(d);
    Py_XDECREF(extra);
    Py_LeaveRecursiveCall();
    leave(ctx);
    return d;
}

/* v.to_dict(): in C for the generated classes themselves, else the object's own method. */
static PyObject *dump_object(PyObject *v, Ctx *ctx) {
    int index = plan_of(Py_TYPE(v));
    if (index >= 0)
        return dump_model(index, v, ctx);
    return PyErr_Occurred() ? NULL : PyObject_CallMethodNoArgs(v, TO_DICT);
}

static int same_out(int item) {
    return AS_IS[NODES[item].kind];
}

static PyObject *dump_node(int index, PyObject *v, Ctx *ctx) {
    const Node *node = &NODES[index];
    if (same_out(index))
        return Py_NewRef(v);
    if (v == Py_None && node->nullable)
        return Py_NewRef(v);
    switch (node->kind) {
    case K_DATETIME:
        return dump_datetime(v);
    case K_DATE:
        return dump_date(v);
    case K_OPEN:
        return dump_open(v);
    case K_MODEL:
    case K_UNION:
    case K_TAGGED:
        return dump_object(v, ctx);
    case K_LIST: /* list(value) and dict(value) where the items go out as they are */
        if (same_out(node->ref))
            return PyList_CheckExact(v) ? PyList_GetSlice(v, 0, PY_SSIZE_T_MAX) : NULL;
        return each_of_list(dump_node, node->ref, v, ctx);
    case K_MAP:
        if (same_out(node->ref))
            return PyDict_CheckExact(v) ? PyDict_Copy(v) : NULL;
        return each_of_map(dump_node, node->ref, v, ctx, 0);
    }
    return NULL;
}

/* ---- The module. ---- */

/* None for "let Python do it"; only what is no Exception goes on up. */
static PyObject *hand_back(void) {
    if (PyErr_Occurred()) {
        if (!PyErr_ExceptionMatches(PyExc_Exception))
            return NULL;
        PyErr_Clear();
    }
    Py_RETURN_NONE;
}

static PyObject *speedups_parse(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "parse(cls, data) takes two arguments");
        return NULL;
    }
    int index = PyType_Check(args[0]) ? plan_of((PyTypeObject *)args[0]) : -1;
    if (index < 0)
        return hand_back();
    Ctx ctx = {NULL, 0, MAX_DEPTH, 0};
    PyObject *out = parse_model(index, args[1], &ctx);
    Py_XDECREF(ctx.errors);
    return out ? out : hand_back();
}

/* A RecursionError (a cycle, or an instance nested beyond WRITE_MAX_DEPTH) goes on up: handing
 * it back would make the Python code try C again one level down, for every level. */
static PyObject *speedups_dump(PyObject *module, PyObject *obj) {
    (void)module;
    int index = plan_of(Py_TYPE(obj));
    Ctx ctx = {NULL, 0, WRITE_MAX_DEPTH, 1};
    PyObject *out = index >= 0 ? dump_model(index, obj, &ctx) : NULL;
    if (!out && PyErr_Occurred() && PyErr_ExceptionMatches(PyExc_RecursionError))
        return NULL;
    return out ? out : hand_back();
}

/* long_digits(text) -> bool: _runtime.long_digits, without a copy of the text. Other types of
 * text get True: the standard library decides them. */
#define DIGIT_AT(i) (PyUnicode_READ(kind, data, (i)) - '0' <= 9)
/* signed_form(body: bytes) -> bytes: what the vendor signs, the bytes without the JSON whitespace
 * outside strings when the body starts (after whitespace) with '{' or '[', else the body. A string is
 * a quote, escapes and other bytes, and a closing quote; a quote that closes nowhere stands for
 * itself. The same bytes as the pure Python function, in one pass over the body.
 *
 * The body is read in blocks of 64 bytes, each described by three masks (its quotes, backslashes
 * and whitespace; SSE2 makes them sixteen bytes at a time, other machines byte by byte). In a block
 * with no backslash the bytes inside strings are the prefix XOR of its quotes, so no byte costs a
 * branch; a block with a backslash is walked byte by byte. A body with nothing to drop comes back
 * as it is. A body whose last string never closes (no JSON text) is made again by signed_form_rest,
 * where every closing quote comes from one pass from the end. */
#if defined(__SSE2__) && !defined(SPEEDUPS_NO_SIMD)
#include <emmintrin.h>
#define SIMD_MASKS 1
#endif

#define BLOCK 64

typedef struct { uint64_t quotes, backslashes, spaces; } Masks;

static Masks block_masks(const unsigned char *p) {
    Masks m = {0, 0, 0};
#ifdef SIMD_MASKS
    for (int k = 0; k < BLOCK; k += 16) {
        __m128i x = _mm_loadu_si128((const __m128i *)(p + k));
        __m128i space = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))),
                                     _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\r'))));
        m.quotes |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('"'))) << k;
        m.backslashes |= (uint64_t)(uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))) << k;
        m.spaces |= (uint64_t)(uint16_t)_mm_movemask_epi8(space) << k;
    }
#else
    for (int k = 0; k < BLOCK; k++) {
        unsigned char c = p[k];
        m.quotes |= (uint64_t)(c == '"') << k;
        m.backslashes |= (uint64_t)(c == '\\') << k;
        m.spaces |= (uint64_t)(c == ' ' || c == '\t' || c == '\n' || c == '\r') << k;
    }
#endif
    return m;
}

/* The index of the lowest bit set of x (x is not 0). */
static int trailing_zeros(uint64_t x) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctzll(x);
#else
    int k = 0;
    for (; !(x & 1); x >>= 1)
        k++;
    return k;
#endif
}

/* Bit k set when an odd number of the bits 0..k of x are set. */
static uint64_t prefix_xor(uint64_t x) {
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

/* Inside a string (with its opening quote), and a backslash in one escapes the next byte. */
typedef struct { int inside, escaped; } Reading;

/* The bytes of a block to drop: whitespace outside strings. */
static uint64_t block_drops(const unsigned char *p, int len, Reading *r) {
    Masks m = block_masks(p);
    if (!m.backslashes && !r->escaped) {
        uint64_t inside = prefix_xor(m.quotes) ^ (r->inside ? ~(uint64_t)0 : 0);
        r->inside = (int)((inside >> (len - 1)) & 1);
        return m.spaces & ~inside;
    }
    uint64_t drops = 0;
    for (int k = 0; k < len; k++) {
        unsigned char c = p[k];
        if (r->escaped)
            r->escaped = 0;
        else if (r->inside)
            r->escaped = c == '\\', r->inside = c != '"';
        else if (c == '"')
            r->inside = 1;
        else
            drops |= (uint64_t)((m.spaces >> k) & 1) << k;
    }
    return drops;
}

/* w[:size] and then the signed form of s[start:], read from outside any string where a quote
 * after start closes nowhere: linear whatever follows (close[p] is where the string whose
 * contents start at p closes, or -1). */
static PyObject *signed_form_rest(const unsigned char *s, Py_ssize_t n, Py_ssize_t start, char *w, Py_ssize_t size) {
    Py_ssize_t *close = PyMem_Malloc((size_t)(n + 2) * sizeof(Py_ssize_t));
    if (!close)
        return PyErr_NoMemory();
    close[n] = close[n + 1] = -1;
    for (Py_ssize_t p = n - 1; p > start; p--)
        close[p] = s[p] == '"' ? p : s[p] == '\\' ? close[p + 2] : close[p + 1];
    Py_ssize_t i = start;
    while (i < n) {
        unsigned char c = s[i];
        if (c == '"' && close[i + 1] >= 0) {
            Py_ssize_t next = close[i + 1] + 1;
            memcpy(w + size, s + i, (size_t)(next - i));
            size += next - i;
            i = next;
        } else {
            if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r'))
                w[size++] = (char)c;
            i++;
        }
    }
    PyMem_Free(close);
    return PyBytes_FromStringAndSize(w, size);
}

static PyObject *speedups_signed_form(PyObject *module, PyObject *body) {
    (void)module;
    if (!PyBytes_CheckExact(body)) {
        PyErr_SetString(PyExc_TypeError, "signed_form() takes bytes");
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)PyBytes_AS_STRING(body);
    Py_ssize_t n = PyBytes_GET_SIZE(body), first = 0;
    while (first < n && (s[first] == ' ' || s[first] == '\t' || s[first] == '\n' || s[first] == '\r'))
        first++;
    if (first == n || (s[first] != '{' && s[first] != '[')) /* no JSON: signed as it is */
        return Py_NewRef(body);
    char *w = NULL; /* made at the first byte dropped; until then the body is the result */
    Py_ssize_t size = 0;
    Reading r = {0, 0};
    Py_ssize_t last_outside_at = 0, last_outside_size = 0; /* the last block that began outside strings */
    unsigned char tail[BLOCK];
    for (Py_ssize_t i = 0; i < n; i += BLOCK) {
        int len = n - i < BLOCK ? (int)(n - i) : BLOCK;
        const unsigned char *p = s + i;
        if (len < BLOCK) { /* the last bytes, padded with bytes that mean nothing */
            memset(tail, 'x', BLOCK);
            memcpy(tail, p, (size_t)len);
            p = tail;
        }
        if (!r.inside)
            last_outside_at = i, last_outside_size = size;
        uint64_t drops = block_drops(p, len, &r);
        if (drops && !w) {
            w = PyMem_Malloc((size_t)n + BLOCK); /* room for a whole last block */
            if (!w)
                return PyErr_NoMemory();
            memcpy(w, s, (size_t)i); /* everything before, kept as it is */
        }
        if (!w) {
            size += len;
        } else if (!drops) {
            memcpy(w + size, p, (size_t)len);
            size += len;
        } else { /* the runs of bytes kept (indented text drops runs), sixteen bytes at a time
                  * from a copy of the block with room after it: w has room for a block more */
            unsigned char copy[BLOCK + 16];
            memcpy(copy, p, BLOCK);
            memset(copy + BLOCK, 0, 16);
            uint64_t keep = ~drops & (len == BLOCK ? ~(uint64_t)0 : ((uint64_t)1 << len) - 1);
            while (keep) {
                int start = trailing_zeros(keep);
                uint64_t rest = ~(keep >> start);
                int run = rest ? trailing_zeros(rest) : BLOCK - start;
                for (int o = 0; o < run; o += 16)
                    memcpy(w + size + o, copy + start + o, 16);
                size += run;
                keep &= run + start >= BLOCK ? 0 : ~(uint64_t)0 << (start + run);
            }
        }
    }
    PyObject *out;
    if (r.inside) { /* a quote closes nowhere: again from the last block that began outside strings */
        if (!w) {
            w = PyMem_Malloc((size_t)n + 1);
            if (!w)
                return PyErr_NoMemory();
            memcpy(w, s, (size_t)last_outside_at);
        }
        out = signed_form_rest(s, n, last_outside_at, w, last_outside_size);
    } else {
        out = w ? PyBytes_FromStringAndSize(w, size) : Py_NewRef(body);
    }
    PyMem_Free(w);
    return out;
}

static PyObject *speedups_long_digits(PyObject *module, PyObject *text) {
    (void)module;
    int kind = PyUnicode_1BYTE_KIND; /* bytes read as one-byte text */
    const void *data;
    Py_ssize_t n;
    if (PyBytes_Check(text)) {
        data = PyBytes_AS_STRING(text);
        n = PyBytes_GET_SIZE(text);
    } else if (PyByteArray_Check(text)) {
        data = PyByteArray_AS_STRING(text);
        n = PyByteArray_GET_SIZE(text);
    } else if (PyUnicode_Check(text)) {
        kind = PyUnicode_KIND(text);
        data = PyUnicode_DATA(text);
        n = PyUnicode_GET_LENGTH(text);
    } else {
        Py_RETURN_TRUE;
    }
    /* Any 19 consecutive places hold one whose index is 18 modulo 19: look only there, and
     * measure the run of digits around the ones that are digits. */
    for (Py_ssize_t k = 18; k < n; k += 19) {
        if (!DIGIT_AT(k))
            continue;
        Py_ssize_t first = k, last = k;
        while (first > 0 && DIGIT_AT(first - 1))
            first--;
        while (last + 1 < n && last - first < 18 && DIGIT_AT(last + 1))
            last++;
        if (last - first >= 18)
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}
#undef DIGIT_AT

/* How many times byte c stands in data: memchr, which is vectorised, from one to the next. */
static Py_ssize_t count_byte(const void *data, Py_ssize_t n, char c) {
    Py_ssize_t count = 0;
    const char *at = data, *end = (const char *)data + n;
    while (at < end && (at = memchr(at, c, (size_t)(end - at))) != NULL) {
        count++;
        at++;
    }
    return count;
}

/* deeper_than(text, limit) -> bool: _runtime.deeper_than, without a copy of the text: whether
 * JSON text nests objects and arrays deeper than limit, brackets in strings not counted (an
 * unterminated string runs to the end). Other types get False: the JSON parsers refuse them. */
static PyObject *speedups_deeper_than(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "deeper_than(text, limit) takes two arguments");
        return NULL;
    }
    long limit = PyLong_AsLong(args[1]);
    if (limit == -1 && PyErr_Occurred())
        return NULL;
    PyObject *text = args[0];
    Py_buffer view = {0};
    int kind = PyUnicode_1BYTE_KIND, viewed = 0;
    const void *data;
    Py_ssize_t n;
    if (PyUnicode_Check(text)) {
        kind = PyUnicode_KIND(text);
        data = PyUnicode_DATA(text);
        n = PyUnicode_GET_LENGTH(text);
    } else if (PyBytes_Check(text) || PyByteArray_Check(text) || PyMemoryView_Check(text)) {
        if (PyObject_GetBuffer(text, &view, PyBUF_SIMPLE) < 0)
            return NULL;
        viewed = 1;
        data = view.buf;
        n = view.len;
    } else {
        Py_RETURN_FALSE;
    }
    long depth = 0;
    int deeper = 0, in_string = 0;
    if (kind == PyUnicode_1BYTE_KIND && count_byte(data, n, '[') + count_byte(data, n, '{') <= limit)
        n = 0; /* fewer brackets in all than the limit (strings included): no need to look closer */
    for (Py_ssize_t i = 0; i < n && !deeper; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (in_string) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = 0;
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '[' || c == '{') {
            deeper = ++depth > limit;
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    if (viewed)
        PyBuffer_Release(&view);
    return PyBool_FromLong(deeper);
}

static Py_ssize_t slot_of(PyTypeObject *cls, const char *attr) {
    PyObject *descr = PyDict_GetItemString(cls->tp_dict, attr);
    if (!descr || !Py_IS_TYPE(descr, &PyMemberDescr_Type) ||
        ((PyMemberDescrObject *)descr)->d_member->type != T_OBJECT_EX) {
        PyErr_Format(PyExc_TypeError, "%s.%s is not a slot", cls->tp_name, attr);
        return -1;
    }
    return ((PyMemberDescrObject *)descr)->d_member->offset;
}

static PyObject *text(Text t) {
    PyObject *s = PyUnicode_DecodeUTF8(t.text, t.len, "surrogatepass");
    if (s)
        PyUnicode_InternInPlace(&s);
    return s;
}

/* A plan for CLASSES[index], whose class is `cls`; NULL with an exception set on failure. */
static Plan *make_plan(int index, PyObject *cls) {
    const ClassRow *row = &CLASSES[index];
    PyObject *wire_names = PyObject_GetAttrString(cls, "_WIRE_NAMES");
    if (!wire_names)
        return NULL;
    if (!PyFrozenSet_CheckExact(wire_names)) {
        Py_DECREF(wire_names);
        PyErr_Format(PyExc_TypeError, "%s._WIRE_NAMES is not a frozenset", row->name);
        return NULL;
    }
    Plan *plan = PyMem_Calloc(1, sizeof(Plan));
    if (!plan) {
        Py_DECREF(wire_names);
        PyErr_NoMemory();
        return NULL;
    }
    /* A plan that fails half made is left allocated: it is a bug of the generator's, reported once. */
    plan->cls = (PyTypeObject *)Py_NewRef(cls);
    plan->wire_names = wire_names;
    plan->keys = PyMem_Calloc(row->count + 1, sizeof(PyObject *));
    plan->slots = PyMem_Calloc(row->count + 1, sizeof(Py_ssize_t));
    if (!plan->keys || !plan->slots) {
        PyErr_NoMemory();
        return NULL;
    }
    for (int i = 0; i < row->count; i++) {
        const FieldRow *f = &FIELDS[row->first + i];
        if (!(plan->keys[i] = text(f->wire)) || (plan->slots[i] = slot_of(plan->cls, f->attr)) < 0)
            return NULL;
    }
    if ((plan->extra = slot_of(plan->cls, "additional_properties")) < 0)
        return NULL;
    for (int i = 0; i < 2 && row->guard[0].len; i++)
        if (!(plan->guard[i] = text(row->guard[i])))
            return NULL;
    return plan;
}

/* Whether `cls` is a class that the module of `name` (its __name__) defines. */
static int defined_in(PyObject *cls, PyObject *name) {
    if (!PyType_Check(cls) || !name)
        return 0;
    PyObject *home = PyObject_GetAttrString(cls, "__module__");
    int same = home && PyUnicode_Check(home) && PyUnicode_Check(name) && PyUnicode_Compare(home, name) == 0;
    Py_XDECREF(home);
    PyErr_Clear(); /* no __module__, or no str: not one of the module's classes */
    return same;
}

/* Bind CLASSES[index] to the class of that name that `namespace` defines, unless it is bound. */
static int bind_class(int index, PyObject *namespace) {
    PyObject *cls = PyDict_GetItemString(namespace, CLASSES[index].name); /* borrowed */
    if (!cls || (PLANS[index] && (PyObject *)PLANS[index]->cls == cls) ||
        !defined_in(cls, PyDict_GetItemString(namespace, "__name__")))
        return 0; /* not here, bound already, or a name the module imports (typing.Any...) */
    Plan *plan = make_plan(index, cls);
    PyObject *number = plan ? PyLong_FromLong(index) : NULL;
    int failed = !number || PyDict_SetItem(BY_TYPE, cls, number) < 0;
    Py_XDECREF(number);
    if (!failed)
        PLANS[index] = plan; /* after BY_TYPE knows it: plan_of checks both */
    return failed ? -1 : 0;
}

static int bind_enum(int index) {
    PyObject *values = PyList_New(0);
    for (int i = 0; values && i < ENUMS[index].count; i++) {
        PyObject *value = text(ENUM_VALUES[ENUMS[index].first + i]);
        if (!value || PyList_Append(values, value) < 0)
            Py_CLEAR(values);
        Py_XDECREF(value);
    }
    ENUM_SETS[index] = values ? PyFrozenSet_New(values) : NULL;
    Py_XDECREF(values);
    return ENUM_SETS[index] ? 0 : -1;
}

static PyObject *helper(PyObject *helpers, const char *name) {
    PyObject *value = PyDict_GetItemString(helpers, name);
    if (!value)
        PyErr_Format(PyExc_KeyError, "no helper %s", name);
    return Py_XNewRef(value);
}

/* start(fingerprint, helpers): True once the engine holds the runtime's helpers; False (and
 * nothing taken) when the fingerprint is not this file's, a build left beside other models. The
 * classes come later, each module's as it is imported (bind). Started again (the package imported
 * again), it begins with no class bound: the earlier classes then run in Python. */
static PyObject *speedups_start(PyObject *module, PyObject *args) {
    (void)module;
    const char *fingerprint;
    PyObject *helpers;
    if (!PyArg_ParseTuple(args, "sO!", &fingerprint, &PyDict_Type, &helpers))
        return NULL;
    if (strcmp(fingerprint, FINGERPRINT) != 0)
        Py_RETURN_FALSE;
    PyObject *unset = helper(helpers, "UNSET"), *parse_datetime = helper(helpers, "parse_datetime"),
             *parse_date = helper(helpers, "parse_date"), *dump_datetime = helper(helpers, "dump_datetime"),
             *dump_date = helper(helpers, "dump_date"), *unrecognized = helper(helpers, "Unrecognized");
    int ok = unset && parse_datetime && parse_date && dump_datetime && dump_date && unrecognized;
    if (ok && !PyType_Check(unrecognized)) {
        PyErr_SetString(PyExc_TypeError, "Unrecognized is not a class");
        ok = 0;
    }
    /* New tables: the classes bound so far belong to the runtime whose helpers are replaced here
     * (its UNSET, its parsers), and now run in Python. */
    const Plan **plans = ok ? PyMem_Calloc(N_CLASSES + 1, sizeof(Plan *)) : NULL;
    PyObject *by_type = plans ? PyDict_New() : NULL;
    if (ok && !plans)
        PyErr_NoMemory();
    ok = ok && plans && by_type;
    for (int i = 0; ok && i < N_ENUMS; i++)
        ok = ENUM_SETS[i] || bind_enum(i) == 0;
    if (!ok) { /* a bug of the generator's */
        PyMem_Free((void *)plans);
        Py_XDECREF(by_type);
        Py_XDECREF(unset);
        Py_XDECREF(parse_datetime);
        Py_XDECREF(parse_date);
        Py_XDECREF(dump_datetime);
        Py_XDECREF(dump_date);
        Py_XDECREF(unrecognized);
        return NULL;
    }
    /* The old helpers and tables are kept (see PLANS); the new ones take their place at once. */
    PLANS = plans, BY_TYPE = by_type;
    UNSET = unset, PARSE_DATETIME = parse_datetime, PARSE_DATE = parse_date;
    DUMP_DATETIME = dump_datetime, DUMP_DATE = dump_date, UNRECOGNIZED = unrecognized;
    Py_RETURN_TRUE;
}

/* bind(namespace): take the classes a module defines (a page module calls it as its last
 * statement); the names of other classes in it are bound already, or skipped. */
static PyObject *speedups_bind(PyObject *module, PyObject *namespace) {
    (void)module;
    if (!PyDict_Check(namespace)) {
        PyErr_SetString(PyExc_TypeError, "bind() takes a module's namespace");
        return NULL;
    }
    if (!PLANS) {
        PyErr_SetString(PyExc_RuntimeError, "bind() before start()");
        return NULL;
    }
    for (int i = 0; i < N_CLASSES; i++)
        if (bind_class(i, namespace) < 0)
            return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef METHODS[] = {
    {"start", speedups_start, METH_VARARGS, "start(fingerprint, helpers) -> bool: take the runtime's helpers."},
    {"bind", speedups_bind, METH_O, "bind(namespace): take the classes a module defines."},
    {"parse", (PyCFunction)(void (*)(void))speedups_parse, METH_FASTCALL,
     "parse(cls, data) -> cls instance, or None to let Python parse (and report) it."},
    {"dump", speedups_dump, METH_O, "dump(obj) -> dict, or None to let Python write it."},
    {"long_digits", speedups_long_digits, METH_O, "long_digits(text) -> bool: a run of 19 or more digits?"},
    {"signed_form", speedups_signed_form, METH_O, "signed_form(body) -> bytes: without the JSON whitespace outside strings."},
    {"deeper_than", (PyCFunction)(void (*)(void))speedups_deeper_than, METH_FASTCALL,
     "deeper_than(text, limit) -> bool: does JSON text nest deeper than limit?"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef MODULE = {
    PyModuleDef_HEAD_INIT,
    .m_name = "_speedups",
    .m_doc = "The C accelerator of " PACKAGE_NAME " (optional).",
    .m_size = -1,
    .m_methods = METHODS,
};

PyMODINIT_FUNC PyInit__speedups(void) {
    PyDateTime_IMPORT;
    if (!PyDateTimeAPI)
        return NULL;
    DATETIME_FROM = PyObject_GetAttrString((PyObject *)PyDateTimeAPI->DateTimeType, "fromisoformat");
    DATE_FROM = PyObject_GetAttrString((PyObject *)PyDateTimeAPI->DateType, "fromisoformat");
    ROOT = PyTuple_New(0);
    TO_DICT = PyUnicode_InternFromString("to_dict");
    VALUE = PyUnicode_InternFromString("value");
    if (!DATETIME_FROM || !DATE_FROM || !ROOT || !TO_DICT || !VALUE)
        return NULL;
    PyObject *module = PyModule_Create(&MODULE);
    if (module && PyModule_AddStringConstant(module, "FINGERPRINT", FINGERPRINT) < 0)
        Py_CLEAR(module);
    return module;
}
