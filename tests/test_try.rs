//! docs/reference.md, "Errors as values (`?`)": all-or-nothing comprehensions.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::num::ParseIntError;
use std::rc::Rc;

use comprehensions::comp;

fn parse_err(s: &str) -> ParseIntError {
    s.parse::<i32>().unwrap_err()
}

/// `Ok(x)` below 3, `Err` naming `x` from 3 on.
fn check(x: i32) -> Result<i32, String> {
    if x < 3 {
        Ok(x)
    } else {
        Err(format!("bad {x}"))
    }
}

/// A value that counts its drops.
struct Tracked {
    value: i32,
    drops: Rc<Cell<usize>>,
}

impl Drop for Tracked {
    fn drop(&mut self) {
        self.drops.set(self.drops.get() + 1);
    }
}

#[derive(Default)]
struct Log(RefCell<Vec<String>>);

impl Log {
    fn tap<T>(&self, label: impl Into<String>, value: T) -> T {
        self.0.borrow_mut().push(label.into());
        value
    }
    fn take(&self) -> Vec<String> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

// ---- eager forms ----------------------------------------------------------------

#[test]
fn ok_case_needs_no_annotations() {
    let v = vec!["1", "2"];
    let r = comp![s.parse::<i32>()? for s in v];
    assert_eq!(r, Ok(vec![1, 2]));
}

#[test]
fn error_type_is_inferred_from_operands_sharing_it() {
    let pairs = [("1", "2"), ("3", "4")];
    let r = comp![a.parse::<i32>()? * 10 + b.parse::<i32>()? for (a, b) in pairs];
    assert_eq!(r, Ok(vec![12, 34]));
    let r = comp![check(x)? + check(x - 1)? for x in 1..3];
    assert_eq!(r, Ok(vec![1, 3]));
}

#[test]
fn err_case_returns_the_first_error_and_stops_the_work() {
    let log = Log::default();
    let pulled = Cell::new(0);
    let source = ["1", "x", "3", "y"]
        .into_iter()
        .inspect(|_| pulled.set(pulled.get() + 1));
    let r = comp![{ log.tap(format!("el {s}"), s).parse::<i32>()? } for s in source];
    assert_eq!(r, Err(parse_err("x")));
    // "x" was the last item evaluated: nothing ran after the error.
    assert_eq!(log.take(), vec!["el 1".to_string(), "el x".to_string()]);
    assert_eq!(pulled.get(), 2);
}

#[test]
fn err_in_an_inner_loop_stops_every_loop() {
    let log = Log::default();
    let r = comp![check(log.tap(format!("{x}{y}"), x + y))? for x in 0..5 for y in 0..3];
    assert_eq!(r, Err("bad 3".to_string()));
    assert_eq!(log.take(), vec!["00", "01", "02", "10", "11", "12"]);
}

#[test]
fn partial_results_are_dropped_on_error() {
    let drops = Rc::new(Cell::new(0));
    let made = Cell::new(0);
    let r = comp![{
        made.set(made.get() + 1);
        Tracked { value: check(x)?, drops: Rc::clone(&drops) }
    } for x in 0..10];
    assert!(matches!(r, Err(ref e) if e == "bad 3"));
    assert_eq!(made.get(), 4);
    // The three values built before the error were dropped with the partial Vec.
    assert_eq!(drops.get(), 3);
    assert_eq!(Rc::strong_count(&drops), 1);
}

#[test]
fn ok_results_are_kept_whole() {
    let drops = Rc::new(Cell::new(0));
    let r = comp![Tracked { value: check(x)?, drops: Rc::clone(&drops) } for x in 0..3];
    let v = r.unwrap_or_else(|_| panic!("expected Ok"));
    assert_eq!(comp![t.value for t in &v], vec![0, 1, 2]);
    assert_eq!(drops.get(), 0);
    drop(v);
    assert_eq!(drops.get(), 3);
}

#[test]
fn option_question_mark_gives_option_of_collection() {
    let m = HashMap::from([("a", 1), ("b", 2)]);
    let r = comp![m.get(k).copied()? * 10 for k in ["a", "b"]];
    assert_eq!(r, Some(vec![10, 20]));
    let calls = Cell::new(0);
    let r = comp![{ calls.set(calls.get() + 1); m.get(k)? } for k in ["a", "zz", "b"]];
    assert_eq!(r, None);
    assert_eq!(calls.get(), 2);
    let s = comp!({*m.get(k)? for k in ["a", "a"]});
    assert_eq!(s, Some(HashSet::from([1])));
}

#[test]
fn question_mark_in_a_condition() {
    let r = comp![s for s in ["1", "5", "2"] if s.parse::<i32>()? > 1];
    assert_eq!(r, Ok(vec!["5", "2"]));
    let r = comp![s for s in ["1", "5", "q", "9"] if s.parse::<i32>()? > 1];
    assert_eq!(r, Err(parse_err("q")));
}

#[test]
fn question_mark_in_a_let_clause() {
    let r = comp![n * 2 for s in ["1", "2"] let n = s.parse::<i32>()?];
    assert_eq!(r, Ok(vec![2, 4]));
    let r = comp![n * 2 for s in ["1", "", "2"] let n = s.parse::<i32>()?];
    assert_eq!(r, Err(parse_err("")));
}

fn positive(s: &str) -> Result<Option<i32>, ParseIntError> {
    Ok(Some(s.parse::<i32>()?).filter(|n| *n > 0))
}

#[test]
fn question_mark_in_an_if_let_clause() {
    let r = comp![n for s in ["1", "-2", "3"] if let Some(n) = positive(s)?];
    assert_eq!(r, Ok(vec![1, 3]));
    let r = comp![n for s in ["1", "-2", "z"] if let Some(n) = positive(s)?];
    assert_eq!(r, Err(parse_err("z")));
}

fn load(ok: bool) -> Result<Vec<i32>, String> {
    if ok {
        Ok(vec![1, 2])
    } else {
        Err("load failed".to_string())
    }
}

#[test]
fn question_mark_in_the_first_iterable() {
    assert_eq!(comp![x * 3 for x in load(true)?], Ok(vec![3, 6]));
    let el = Cell::new(0);
    let r = comp![{ el.set(el.get() + 1); x } for x in load(false)?];
    assert_eq!(r, Err("load failed".to_string()));
    assert_eq!(el.get(), 0);
}

#[test]
fn question_mark_in_an_inner_iterable() {
    let inner = |x: i32| {
        if x < 2 {
            Ok(0..x)
        } else {
            Err(format!("inner {x}"))
        }
    };
    assert_eq!(
        comp![(x, y) for x in 0..2 for y in inner(x)?],
        Ok(vec![(1, 0)])
    );
    let log = Log::default();
    let r = comp![log.tap(format!("{x}{y}"), (x, y)) for x in 0..4 for y in inner(x)?];
    assert_eq!(r, Err("inner 2".to_string()));
    assert_eq!(log.take(), vec!["10".to_string()]);
}

#[test]
fn question_mark_in_a_walrus() {
    let r = comp![y for s in ["4", "-1", "6"] if (y := s.parse::<i32>()?) > 0];
    assert_eq!(r, Ok(vec![4, 6]));
    let r = comp![y for s in ["4", "?", "6"] if (y := s.parse::<i32>()?) > 0];
    assert_eq!(r, Err(parse_err("?")));
}

#[test]
fn question_mark_in_dict_key_and_value() {
    let pairs = [("1", "10"), ("2", "20")];
    let d = comp!({k.parse::<i32>()?: v.parse::<i32>()? for (k, v) in pairs});
    assert_eq!(d, Ok(HashMap::from([(1, 10), (2, 20)])));
    let log = Log::default();
    let bad_key = comp!({log.tap(format!("k{k}"), k).parse::<i32>()?: log.tap(format!("v{v}"), v).parse::<i32>()? for (k, v) in [("1", "10"), ("x", "20")]});
    assert_eq!(bad_key, Err(parse_err("x")));
    // The failing key stopped the work before its value.
    assert_eq!(log.take(), vec!["k1", "v10", "kx"]);
    let bad_value =
        comp!({k.parse::<i32>()?: v.parse::<i32>()? for (k, v) in [("1", "10"), ("2", "y")]});
    assert_eq!(bad_value, Err(parse_err("y")));
    let with_walrus = comp!({k.parse::<i32>()?: (w := v.parse::<i32>()?) + w for (k, v) in pairs});
    assert_eq!(with_walrus, Ok(HashMap::from([(1, 20), (2, 40)])));
    let bad = comp!({k.parse::<i32>()?: (w := v.len()) + w for (k, v) in [("1", "a"), ("", "b")]});
    assert_eq!(bad, Err(parse_err("")));
}

#[test]
fn question_mark_in_a_set() {
    let s = comp!({check(x % 3)? for x in 0..9});
    assert_eq!(s, Ok(HashSet::from([0, 1, 2])));
    let s = comp!({check(x)? for x in 0..9 if x % 2 == 0});
    assert_eq!(s, Err("bad 4".to_string()));
}

#[test]
fn question_mark_in_a_conditional_element_and_block() {
    let r = comp![s.parse::<i32>()? if s.len() == 1 else -1 for s in ["1", "xx", "2"]];
    assert_eq!(r, Ok(vec![1, -1, 2]));
    let r = comp![{
        let n = check(x)?;
        n * 2
    } for x in 0..5];
    assert_eq!(r, Err("bad 3".to_string()));
}

#[test]
fn result_converts_at_the_outer_question_mark() {
    fn total(v: &[&str]) -> Result<i32, Box<dyn std::error::Error>> {
        let nums = comp![s.parse::<i32>()? for s in v]?;
        Ok(nums.iter().sum())
    }
    assert_eq!(total(&["1", "2", "3"]).unwrap(), 6);
    assert_eq!(
        total(&["1", "b"]).unwrap_err().to_string(),
        parse_err("b").to_string()
    );
}

// ---- nested closures and comprehensions are self-contained ------------------------

fn g(x: i32) -> Result<i32, ()> {
    if x == 1 {
        Err(())
    } else {
        Ok(x)
    }
}

#[test]
fn question_mark_in_a_nested_closure_is_not_the_comprehensions() {
    let v: Vec<Result<i32, ()>> = comp![(|| -> Result<i32, ()> { Ok(g(x)? * 10) })() for x in 0..3];
    assert_eq!(v, vec![Ok(0), Err(()), Ok(20)]);
    let lazy: Vec<Result<i32, ()>> =
        comp!(((|| -> Result<i32, ()> { Ok(g(x)? + 1) })() for x in 0..2)).collect();
    assert_eq!(lazy, vec![Ok(1), Err(())]);
}

#[test]
fn question_mark_in_an_inner_comprehension_is_the_inner_ones() {
    let rows = vec![vec!["1", "2"], vec!["3", "x"], vec![]];
    let v: Vec<Result<Vec<i32>, ParseIntError>> =
        comp![comp![s.parse::<i32>()? for s in row] for row in &rows];
    assert_eq!(v, vec![Ok(vec![1, 2]), Err(parse_err("x")), Ok(vec![])]);
    // Both levels fallible: the outer `?` unwraps the inner result.
    let all = comp![comp![s.parse::<i32>()? for s in row]? for row in &rows[..1]];
    assert_eq!(all, Ok(vec![vec![1, 2]]));
    let all = comp![comp![s.parse::<i32>()? for s in row]? for row in &rows];
    assert_eq!(all, Err(parse_err("x")));
}

#[test]
fn question_mark_in_a_nested_display_is_the_inner_ones() {
    let v: Vec<Result<Vec<i32>, String>> = comp![[check(y)? for y in 0..x] for x in 2..5];
    assert_eq!(
        v,
        vec![Ok(vec![0, 1]), Ok(vec![0, 1, 2]), Err("bad 3".to_string())]
    );
    let outer = comp![[check(y)? for y in 0..x]? for x in 2..5];
    assert_eq!(outer, Err("bad 3".to_string()));
}

// ---- lazy forms -------------------------------------------------------------------------

#[test]
fn lazy_yields_ok_items_then_the_error_then_ends() {
    let log = Log::default();
    let items: Vec<Result<i32, ParseIntError>> =
        comp!((log.tap(format!("el {s}"), s).parse::<i32>()? for s in ["1", "2", "x", "4", "y"]))
            .collect();
    assert_eq!(items, vec![Ok(1), Ok(2), Err(parse_err("x"))]);
    assert_eq!(log.take(), vec!["el 1", "el 2", "el x"]);
}

#[test]
fn lazy_count_and_next_after_the_end() {
    let mut it = comp!((check(x)? for x in 0..10));
    assert_eq!(it.by_ref().count(), 4);
    assert_eq!(it.next(), None);
    assert_eq!(it.next(), None);
    let mut it = comp!((check(x)? for x in 0..10));
    assert_eq!(it.next(), Some(Ok(0)));
    assert_eq!(it.nth(2), Some(Err("bad 3".to_string())));
    assert_eq!(it.next(), None);
}

#[test]
fn lazy_all_ok_yields_every_item() {
    let v: Vec<_> = comp!((check(x)? * 10 for x in 0..3)).collect();
    assert_eq!(v, vec![Ok(0), Ok(10), Ok(20)]);
    // `Result: FromIterator` turns it into the eager shape.
    let r: Result<Vec<i32>, String> = comp!((check(x)? for x in 0..5)).collect();
    assert_eq!(r, Err("bad 3".to_string()));
}

#[test]
fn lazy_first_iterable_failure_is_the_only_item() {
    let calls = Cell::new(0);
    let el = Cell::new(0);
    let loader = |ok| {
        calls.set(calls.get() + 1);
        load(ok)
    };
    let it = comp!(({ el.set(el.get() + 1); x } for x in loader(false)?));
    // Evaluated at creation.
    assert_eq!(calls.get(), 1);
    let items: Vec<Result<i32, String>> = it.collect();
    assert_eq!(items, vec![Err("load failed".to_string())]);
    assert_eq!(el.get(), 0);
    assert_eq!(calls.get(), 1);
    let ok: Vec<_> = comp!((x for x in loader(true)?)).collect();
    assert_eq!(ok, vec![Ok(1), Ok(2)]);
    let mut failed = comp!((x for x in loader(false)? if x > 0 for _y in 0..x));
    assert_eq!(failed.next(), Some(Err("load failed".to_string())));
    assert_eq!(failed.next(), None);
}

#[test]
fn lazy_option_question_mark_yields_options() {
    let m = HashMap::from([("a", 1), ("b", 2)]);
    let v: Vec<Option<i32>> = comp!((*m.get(k)? for k in ["a", "nope", "b"])).collect();
    assert_eq!(v, vec![Some(1), None]);
}

#[test]
fn lazy_error_in_an_outer_filter_with_nested_fors() {
    let log = &Log::default();
    let v: Vec<Result<(i32, i32), String>> =
        comp!((log.tap(format!("{x}{y}"), (x, y)) for x in 0..10 if check(x)? >= 0 for y in 0..2))
            .collect();
    assert_eq!(
        v,
        vec![
            Ok((0, 0)),
            Ok((0, 1)),
            Ok((1, 0)),
            Ok((1, 1)),
            Ok((2, 0)),
            Ok((2, 1)),
            Err("bad 3".to_string())
        ]
    );
    assert_eq!(log.take().len(), 6);
}

#[test]
fn lazy_error_in_an_inner_iterable_and_inner_filter() {
    let inner = |x: i32| {
        if x < 2 {
            Ok(0..2)
        } else {
            Err(format!("inner {x}"))
        }
    };
    let v: Vec<_> = comp!(((x, y) for x in 0..5 for y in inner(x)?)).collect();
    assert_eq!(
        v,
        vec![
            Ok((0, 0)),
            Ok((0, 1)),
            Ok((1, 0)),
            Ok((1, 1)),
            Err("inner 2".to_string())
        ]
    );
    let w: Vec<_> = comp!((x * 10 + y for x in 0..5 for y in 0..3 if check(x + y)? != 1)).collect();
    assert_eq!(w, vec![Ok(0), Ok(2), Ok(11), Err("bad 3".to_string())]);
}

#[test]
fn lazy_error_stops_pulling_the_source() {
    let pulled = Cell::new(0);
    let source = (0..100).inspect(|_| pulled.set(pulled.get() + 1));
    let v: Vec<_> = comp!((check(x)? for x in source)).collect();
    assert_eq!(v.len(), 4);
    assert_eq!(pulled.get(), 4);
}

fn checked_from(k: i32) -> impl Iterator<Item = Result<i32, String>> {
    comp!(move (check(x + k)? for x in 0..5))
}

#[test]
fn move_lazy_fallible_form_returned_from_a_function() {
    let v: Vec<_> = checked_from(1).collect();
    assert_eq!(v, vec![Ok(1), Ok(2), Err("bad 3".to_string())]);
}

#[test]
fn lazy_let_clause_with_question_mark_and_filter() {
    let v: Vec<_> = comp!((y for x in 0..5 let y = check(x)? if y > 0)).collect();
    assert_eq!(v, vec![Ok(1), Ok(2), Err("bad 3".to_string())]);
}

fn lens(v: &[String]) -> Result<Vec<usize>, String> {
    Ok(v.iter().map(String::len).collect())
}

/// Without `?`, a `move` lazy form's first iterable may borrow what its clauses then own.
fn plain_lens(v: Vec<String>) -> impl Iterator<Item = usize> {
    comp!(move (n + v.len() for n in lens(&v).unwrap()))
}

#[test]
fn move_lazy_first_iterable_borrows_what_the_clauses_own() {
    let v: Vec<usize> = plain_lens(vec!["ab".to_string(), "c".to_string()]).collect();
    assert_eq!(v, vec![4, 3]);
}

// ---- regressions: shapes that once failed to compile ----------------------------

// ---- the expected type -----------------------------------------------------------
// Where a comprehension with `?` is expected to have a type, that type's error
// type (or `Option`) is the comprehension's before any `?` is checked. Valid
// code compiles and runs as without it; a disagreeing `?` is a compile error
// on that `?` (tests/ui/try_expected_option_or_other.rs).

fn expected_result(v: &[&str]) -> Result<Vec<i32>, ParseIntError> {
    comp![s.parse::<i32>()? for s in v]
}

fn expected_option(v: &[&str]) -> Option<HashMap<String, i32>> {
    comp!({s.to_string(): s.parse::<i32>().ok()? for s in v})
}

fn expected_opaque(v: &[&str]) -> impl std::fmt::Debug {
    comp![s.parse::<i32>()? for s in v]
}

fn expected_generic<T: std::fmt::Debug>(t: T) -> String {
    format!("{t:?}")
}

#[derive(Debug, PartialEq)]
struct Parsed {
    values: Result<HashSet<i32>, ParseIntError>,
}

#[test]
fn an_expected_result_option_opaque_or_generic_type_compiles_as_before() {
    assert_eq!(expected_result(&["1", "2"]), Ok(vec![1, 2]));
    assert_eq!(expected_result(&["1", "x"]), Err(parse_err("x")));
    let map = expected_option(&["1", "2"]).unwrap();
    assert_eq!((map["1"], map["2"]), (1, 2));
    assert_eq!(expected_option(&["1", "y"]), None);
    assert_eq!(format!("{:?}", expected_opaque(&["3"])), "Ok([3])");
    assert_eq!(
        expected_generic(comp![check(x)? for x in 0..2]),
        "Ok([0, 1])"
    );
    let parsed = Parsed {
        values: comp!({s.parse::<i32>()? for s in ["4", "4"]}),
    };
    assert_eq!(parsed.values, Ok(HashSet::from([4])));
    let boxed: Box<dyn std::fmt::Debug> = Box::new(comp![check(x)? for x in 0..5]);
    assert_eq!(format!("{boxed:?}"), "Err(\"bad 3\")");
}

#[test]
fn an_annotation_with_inferred_parts_is_completed_by_the_operands() {
    let r: Result<Vec<_>, _> = comp![check(x)? * 10 for x in 0..3];
    assert_eq!(r, Ok(vec![0, 10, 20]));
    let o: Option<_> = comp![v.checked_sub(1)? for v in [3u8, 1]];
    assert_eq!(o, Some(vec![2, 0]));
}

mod regressions {
    use super::*;

    // Once a bug: `?` with a single `for` reserved `size_hint().0` up front,
    // so an infinite source panicked with `capacity overflow`.
    #[test]
    fn question_mark_stops_an_infinite_source() {
        let r = comp![check(x)? for x in 0..];
        assert_eq!(r, Err("bad 3".to_string()));
        let s = comp!({check(x)? for x in 0..});
        assert_eq!(s, Err("bad 3".to_string()));
        let d = comp!({x: check(x)? for x in 0..});
        assert_eq!(d, Err("bad 3".to_string()));
    }

    // Once a bug: with `move` and a `?` in the first iterable, the lazy form
    // evaluates the first iterable inside a `move` closure, which moves every
    // variable it mentions: `v`, borrowed there and used by the element, is
    // then a use of a moved value (E0382). Without `?` it compiles (see
    // `move_lazy_first_iterable_borrows_what_the_clauses_own`).
    fn fallible_lens(v: Vec<String>) -> impl Iterator<Item = Result<usize, String>> {
        comp!(move (n + v.len() for n in lens(&v)?))
    }

    #[test]
    fn move_lazy_fallible_first_iterable_borrows_what_the_clauses_own() {
        let v: Vec<_> = fallible_lens(vec!["ab".to_string(), "c".to_string()]).collect();
        assert_eq!(v, vec![Ok(4), Ok(3)]);
    }

    // Once a bug (found by a README-only tester): a qualified path, as the
    // `SameError` note suggests it (`.map_err(<E>::from)?`), was read as a
    // chained comparison, its `<` and `>` as `<` and `>` (E0423, or
    // "expected an expression" for `<Box<dyn Error>>::from`).
    #[test]
    fn a_qualified_path_is_not_a_comparison() {
        #[derive(Debug, PartialEq)]
        struct BadNumber(ParseIntError);
        impl From<ParseIntError> for BadNumber {
            fn from(e: ParseIntError) -> Self {
                BadNumber(e)
            }
        }
        let r = comp![s.parse::<u32>().map_err(<BadNumber>::from)? for s in ["1", "x"]];
        assert_eq!(r, Err(BadNumber(parse_err("x"))));
        let boxed =
            comp![s.parse::<f64>().map_err(<Box<dyn std::error::Error>>::from)? for s in ["1.5"]];
        assert_eq!(boxed.unwrap(), vec![1.5]);
        let clamped = comp![x for x in 0..5 if <i32>::max(x, 2) < <i32 as From<u8>>::from(4)];
        assert_eq!(clamped, vec![0, 1, 2, 3]);
        let chained = comp![x for x in 0..10 if <i32>::from(1u8) < x < <i32>::from(4u8)];
        assert_eq!(chained, vec![2, 3]);
    }

    // Once a bug (found by a README-only tester): a `?` on a `parse()` whose
    // target type only the context gives (the expected collection, a typed
    // `let` clause) was "type annotations needed" (E0284), where the
    // hand-written `out.push(x.parse()?)` or `let n: i64 = s.parse()?;`
    // infers it.
    fn ids(s: &str) -> Result<Vec<u32>, ParseIntError> {
        comp![x.parse()? for x in s.split(',')]
    }

    #[test]
    fn a_parse_target_given_by_the_context() {
        assert_eq!(ids("3,1"), Ok(vec![3, 1]));
        assert_eq!(ids("3,x"), Err(parse_err("x")));
        let set: Result<HashSet<u8>, ParseIntError> = comp!({x.parse()? for x in ["1", "1"]});
        assert_eq!(set, Ok(HashSet::from([1])));
        let doubled = comp![n * 2 for s in ["4", "5"] let n: i64 = s.parse()?];
        assert_eq!(doubled, Ok(vec![8, 10]));
        let small: Option<Vec<u16>> = comp![x.parse().ok()? for x in ["8", "6"]];
        assert_eq!(small, Some(vec![8, 6]));
    }

    // Once a bug: a `?` inside a macro call's arguments in the element (`format!`,
    // `vec!`) is not rewritten: it applies to the expansion's closure (E0277).
    #[test]
    fn question_mark_inside_a_macro_call_in_the_element() {
        let r = comp![format!("<{}>", check(x)?) for x in 0..2];
        assert_eq!(r, Ok(vec!["<0>".to_string(), "<1>".to_string()]));
        let r = comp![vec![check(x)?] for x in 0..5];
        assert_eq!(r, Err("bad 3".to_string()));
    }
}

// A `?` whose operand borrows a temporary of the element, or a first
// iterable with a `?` whose value the lazy form borrows: the temporaries
// live to the end of the caller's statement, as a hand-written `?`'s do.
fn second_field_lengths(rows: &[&str]) -> Option<Vec<usize>> {
    comp![s.to_lowercase().split('=').nth(1)?.len() for s in rows]
}

fn loaded(text: &str) -> Result<String, String> {
    if text.is_empty() {
        Err("empty".to_string())
    } else {
        Ok(text.to_uppercase())
    }
}

#[test]
fn temporaries_under_a_question_mark_live_to_the_end_of_the_statement() {
    assert_eq!(second_field_lengths(&["A=xy", "b=Z"]), Some(vec![2, 1]));
    assert_eq!(second_field_lengths(&["A=xy", "b"]), None);
    let chars: Result<String, String> = comp!((c for c in loaded("ab")?.chars())).collect();
    assert_eq!(chars, Ok("AB".to_string()));
    let failed: Vec<Result<char, String>> = comp!((c for c in loaded("")?.chars())).collect();
    assert_eq!(failed, [Err("empty".to_string())]);
    // The lazy `acomp!`, whose first iterable is evaluated at the first poll.
    use futures::StreamExt;
    let streamed: Vec<Result<char, String>> = futures::executor::block_on(
        comprehensions::acomp!((c for c in loaded("ab")?.chars())).collect(),
    );
    assert_eq!(streamed, [Ok('A'), Ok('B')]);
}
