//! Hygiene: internal names, shadowed items, `#![no_implicit_prelude]`, spans,
//! and expansions that compile under strict lints (any warning fails the build).
#![deny(warnings, unused, clippy::all)]

use std::collections::{HashMap, HashSet};

use comprehensions::comp;

fn check(x: i32) -> Result<i32, String> {
    if x < 3 {
        Ok(x)
    } else {
        Err(format!("bad {x}"))
    }
}

// ---- every sync form under `deny(warnings, unused, clippy::all)` ----------------

#[test]
fn every_sync_form_compiles_without_warnings() {
    let xs = vec![1, 2, 3, 4];
    let pairs = vec![("a", 1), ("b", 2)];
    let k = 10;

    assert_eq!(comp![x * 2 for x in &xs], vec![2, 4, 6, 8]);
    assert_eq!(comp!([x + 1 for x in 0..2]), vec![1, 2]);
    assert_eq!(comp!(x + 1 for x in 0..2), vec![1, 2]);
    assert_eq!(comp!({x % 2 for x in &xs}), HashSet::from([0, 1]));
    assert_eq!(
        comp!({*k: *v for (k, v) in &pairs}),
        HashMap::from([("a", 1), ("b", 2)])
    );
    assert_eq!(
        comp!((x * k for x in 0..2)).collect::<Vec<_>>(),
        vec![0, 10]
    );
    assert_eq!(
        comp!(move (x * k for x in 0..2)).collect::<Vec<_>>(),
        vec![0, 10]
    );
    assert_eq!(comp!(move [x * k for x in 0..2]), vec![0, 10]);

    // Clauses.
    assert_eq!(
        comp![(x, y) for x in 0..3 if x > 0 for y in 0..x],
        vec![(1, 0), (2, 0), (2, 1)]
    );
    assert_eq!(
        comp![n for o in [Some(1), None] if let Some(n) = o],
        vec![1]
    );
    assert_eq!(comp![s for x in 0..2 let s = x * x], vec![0, 1]);
    assert_eq!(
        comp![a + b for a, b in pairs.iter().map(|p| (p.1, 1))],
        vec![2, 3]
    );
    assert_eq!(comp![x for &x in &xs if x > 3], vec![4]);
    assert_eq!(comp!((x for x in 0..3 if x != 1 for _y in 0..1)).count(), 2);

    // Elements.
    assert_eq!(
        comp!["a" if x == 0 else "b" if x == 1 else "c" for x in 0..3],
        vec!["a", "b", "c"]
    );
    assert_eq!(
        comp![comp![x * y for y in 0..2] for x in 0..2],
        vec![vec![0, 0], vec![0, 1]]
    );
    assert_eq!(comp![{ let d = x * 2; d + 1 } for x in 0..2], vec![1, 3]);
    let fs = comp![move |y: i32| y + x for x in 0..2];
    assert_eq!(fs[1](1), 2);
    assert_eq!(
        comp![[x * y for y in 0..2] for x in 0..2],
        vec![vec![0, 0], vec![0, 1]]
    );
    assert_eq!(
        comp![Iterator::sum::<i32>(y for y in 0..x) for x in 0..3],
        vec![0, 0, 1]
    );

    // Walrus in every position (its parentheses are required syntax).
    assert_eq!(comp![(y := x * 2) for x in 0..3], vec![0, 2, 4]);
    assert_eq!(comp![(y := x * 2) for x in 0..3 if x > 0], vec![2, 4]);
    assert_eq!(comp![y for x in 0..3 if (y := x * 2) > 0], vec![2, 4]);
    assert_eq!(comp![z for x in 0..2 let z = (y := x + 1)], vec![1, 2]);
    assert_eq!(
        comp![n for x in 0..2 if let Some(n) = (o := Some(x))],
        vec![0, 1]
    );
    assert_eq!(comp!({(y := x % 2) for x in 0..4}), HashSet::from([0, 1]));
    assert_eq!(
        comp!({(k := x % 2): (v := x) for x in 0..4}),
        HashMap::from([(0, 2), (1, 3)])
    );
    assert_eq!(
        comp!(((y := x + 1) for x in 0..2)).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert_eq!(comp![(a := (b := x) + 1) for x in 0..2], vec![1, 2]);

    // `?` in every eager form and the lazy one.
    assert_eq!(comp![check(x)? for x in 0..3], Ok(vec![0, 1, 2]));
    assert_eq!(
        comp![x for x in 0..5 if check(x)? > 0],
        Err("bad 3".to_string())
    );
    assert_eq!(comp!({check(x)? for x in 0..2}), Ok(HashSet::from([0, 1])));
    assert_eq!(
        comp!({check(x)?: x for x in 0..2}),
        Ok(HashMap::from([(0, 0), (1, 1)]))
    );
    assert_eq!(comp!((check(x)? for x in 0..5)).count(), 4);
    assert_eq!(
        comp!((check(x)? for x in 0..5 if x > 1 for _y in 0..1)).count(),
        2
    );
    assert_eq!(
        comp![y for x in 0..2 if (y := check(x)?) >= 0],
        Ok(vec![0, 1])
    );
    assert_eq!(
        comp![x for x in check(4).map(|n| 0..n)?],
        Err("bad 4".to_string())
    );
    assert_eq!(comp!((x for x in check(4).map(|n| 0..n)?)).count(), 1);
    let opt = comp![[1, 2].get(i).copied()? for i in 0..2];
    assert_eq!(opt, Some(vec![1, 2]));
}

// ---- user variables named like internals ---------------------------------------------

#[test]
#[allow(non_snake_case)]
fn user_variables_named_like_internals() {
    let __comp_out = 1;
    let __comp_iter = 2;
    let __comp_try = 3;
    let __comp_item = 4;
    let __comp_value = 5;
    let __comp_residual = 6;
    let __comp_key = 7;
    let __comp_walrus = 8;
    let __comp_stream_0 = 9;
    let out = 10;
    let result = 20;
    let iter = 30;
    let item = 40;
    let value = 50;
    let all = __comp_out
        + __comp_iter
        + __comp_try
        + __comp_item
        + __comp_value
        + __comp_residual
        + __comp_key;
    let all = all + __comp_walrus + __comp_stream_0 + out + result + iter + item + value;
    assert_eq!(all, 195);

    let sum = |x: i32| {
        x + __comp_out
            + __comp_iter
            + __comp_try
            + __comp_item
            + __comp_value
            + __comp_residual
            + __comp_key
            + __comp_walrus
            - __comp_stream_0
            + out
            + result
            + iter
            + item
            + value
    };
    let expect: Vec<i32> = (0..3).map(sum).collect();

    let v = comp![x + __comp_out + __comp_iter + __comp_try + __comp_item + __comp_value + __comp_residual + __comp_key + __comp_walrus - __comp_stream_0 + out + result + iter + item + value for x in 0..3 if x + __comp_out + out > __comp_iter + result - 20];
    assert_eq!(v, expect);
    let s = comp!({x + __comp_out + out for x in 0..2 if __comp_residual + value > 0});
    assert_eq!(s, HashSet::from([11, 12]));
    let d = comp!({__comp_key + x: __comp_value + item for x in 0..2 if iter > 0});
    assert_eq!(d, HashMap::from([(7, 45), (8, 45)]));
    let l: Vec<i32> =
        comp!((x + __comp_iter + iter for x in 0..2 if __comp_item + item > 0)).collect();
    assert_eq!(l, vec![32, 33]);
    let r = comp![check(x)? + __comp_try + __comp_residual + __comp_value + result for x in 0..3 if check(x)? + value >= 0];
    assert_eq!(r, Ok(vec![34, 35, 36]));
    let lr: Vec<Result<i32, String>> =
        comp!((check(x)? + __comp_residual + __comp_value for x in 0..4)).collect();
    assert_eq!(lr, vec![Ok(11), Ok(12), Ok(13), Err("bad 3".to_string())]);
}

#[test]
#[allow(non_snake_case)]
fn user_bindings_named_like_internals() {
    assert_eq!(comp![__comp_out * 2 for __comp_out in 0..3], vec![0, 2, 4]);
    assert_eq!(
        comp![__comp_iter + __comp_item for __comp_iter in 0..2 for __comp_item in 0..2],
        vec![0, 1, 1, 2]
    );
    assert_eq!(comp![out for x in 0..2 let out = x + 1], vec![1, 2]);
    assert_eq!(
        comp![value for x in 0..2 if let Some(value) = Some(x * 3)],
        vec![0, 3]
    );
    assert_eq!(
        comp![__comp_value for x in 0..3 if (__comp_value := check(x)?) > 0],
        Ok(vec![1, 2])
    );
    assert_eq!(
        comp![__comp_residual for x in 0..4 if (__comp_residual := check(x)?) > 0],
        Err("bad 3".to_string())
    );
    assert_eq!(
        comp![__comp_try for __comp_try in 0..2 if check(__comp_try)? >= 0],
        Ok(vec![0, 1])
    );
    assert_eq!(
        comp!({__comp_key: result for x in 0..2 let __comp_key = x let result = (item := x * 2) + item}),
        HashMap::from([(0, 0), (1, 4)])
    );
    let lazy: Vec<i32> =
        comp!((__comp_iter + iter for __comp_iter in 0..2 for iter in 0..1)).collect();
    assert_eq!(lazy, vec![0, 1]);
    let lazy_try: Vec<Result<i32, String>> =
        comp!((__comp_residual for x in 0..5 if (__comp_residual := check(x)?) > 1)).collect();
    assert_eq!(lazy_try, vec![Ok(2), Err("bad 3".to_string())]);
}

struct Scaler {
    k: i32,
    offsets: Vec<i32>,
}

impl Scaler {
    fn eager(&self) -> Vec<i32> {
        comp![self.k * x + o for x in 0..2 if x < self.k for &o in &self.offsets]
    }
    fn lazy(&self) -> impl Iterator<Item = i32> + '_ {
        comp!(move (self.k * x + o for x in 0..2 for &o in &self.offsets if o != self.k))
    }
    fn generic<T: Clone + PartialEq>(items: &[T], skip: &T) -> Vec<T> {
        comp![t.clone() for t in items if t != skip]
    }
}

#[test]
fn self_and_generics_inside_comprehensions() {
    let s = Scaler {
        k: 10,
        offsets: vec![1, 2],
    };
    assert_eq!(s.eager(), vec![1, 2, 11, 12]);
    assert_eq!(s.lazy().collect::<Vec<_>>(), vec![1, 2, 11, 12]);
    assert_eq!(Scaler::generic(&["a", "b", "a"], &"a"), vec!["b"]);
}

// ---- user items shadowing what an expansion might name -------------------------------

#[allow(dead_code, non_camel_case_types, clippy::upper_case_acronyms)]
mod shadow {
    use ::comprehensions::comp;

    pub struct Vec;
    pub struct HashMap;
    pub struct HashSet;
    pub enum Option {
        Some,
        None,
    }
    pub use self::Option::{None, Some};
    pub struct Ok;
    pub struct Err;
    pub enum Result {}
    pub trait Iterator {}
    pub trait IntoIterator {}
    pub trait Extend {}
    pub trait FromIterator {}
    pub struct ControlFlow;
    pub struct Box;
    pub struct String;
    pub mod core {}
    pub mod std {}
    pub mod alloc {}
    pub mod comp {}
    pub mod comp_runtime {}
    pub fn drop() {}
    pub fn into_iter() {}
    #[allow(unused_macros)] // shadows the prelude `vec!`; the expansion must not use it
    macro_rules! vec {
        ($($t:tt)*) => {
            compile_error!("the user's `vec!` was used")
        };
    }

    fn check(x: i32) -> ::std::result::Result<i32, &'static str> {
        if x < 2 {
            ::std::result::Result::Ok(x)
        } else {
            ::std::result::Result::Err("bad")
        }
    }

    type StdVec<T> = ::std::vec::Vec<T>;

    #[test]
    fn every_form_with_shadowed_names() {
        let pairs = [(1, 'a'), (2, 'b')];
        let l = comp![x * 2 for x in 0..3];
        ::std::assert_eq!(l, ::std::vec![0, 2, 4]);
        let b = comp![(x, y) for x in 0..2 if x > 0 for y in 0..2];
        ::std::assert_eq!(b, ::std::vec![(1, 0), (1, 1)]);
        let s = comp!({x % 2 for x in 0..5});
        ::std::assert_eq!(s.len(), 2);
        let d = comp!({v: k for k, v in pairs});
        ::std::assert_eq!(d[&'b'], 2);
        let lazy: StdVec<i32> =
            ::std::iter::Iterator::collect(comp!((x + 1 for x in 0..3 if x != 1)));
        ::std::assert_eq!(lazy, ::std::vec![1, 3]);
        let nested: StdVec<i32> =
            ::std::iter::Iterator::collect(comp!((x * y for x in 1..3 for y in 0..2)));
        ::std::assert_eq!(nested, ::std::vec![0, 1, 0, 2]);
        let w = comp![y for x in 0..3 if (y := x * 3) > 0];
        ::std::assert_eq!(w, ::std::vec![3, 6]);
        let il = comp![n for o in [::std::option::Option::Some(1), ::std::option::Option::None] if let ::std::option::Option::Some(n) = o];
        ::std::assert_eq!(il, ::std::vec![1]);
        // Nested displays and generator arguments, with a local `mod comp` in scope.
        let nd = comp![[x * y for y in 0..2] for x in 0..2];
        ::std::assert_eq!(nd, ::std::vec![::std::vec![0, 0], ::std::vec![0, 1]]);
        let ga = comp![::std::iter::Iterator::sum::<i32>(y for y in 0..x) for x in 0..3];
        ::std::assert_eq!(ga, ::std::vec![0, 0, 1]);
    }

    #[test]
    fn try_forms_with_shadowed_names() {
        let ok = comp![check(x)? for x in 0..2];
        ::std::assert_eq!(ok, ::std::result::Result::Ok(::std::vec![0, 1]));
        let err = comp![check(x)? for x in 0..5 if x >= 0];
        ::std::assert_eq!(err, ::std::result::Result::Err("bad"));
        let set = comp!({check(x)? for x in 0..2});
        ::std::assert_eq!(set.map(|s| s.len()), ::std::result::Result::Ok(2));
        let dict = comp!({x: check(x)? for x in 0..3});
        ::std::assert!(dict.is_err());
        let lazy: StdVec<::std::result::Result<i32, &str>> =
            ::std::iter::Iterator::collect(comp!((check(x)? for x in 0..4)));
        ::std::assert_eq!(
            lazy,
            ::std::vec![
                ::std::result::Result::Ok(0),
                ::std::result::Result::Ok(1),
                ::std::result::Result::Err("bad")
            ]
        );
        let first: StdVec<::std::result::Result<i32, &str>> =
            ::std::iter::Iterator::collect(comp!((x for x in check(5).map(|n| 0..n)?)));
        ::std::assert_eq!(first, ::std::vec![::std::result::Result::Err("bad")]);
        let opt = comp![[7, 8].get(i).copied()? for i in 0..3];
        ::std::assert_eq!(opt, ::std::option::Option::None);
        // The shadowing items are really in scope here.
        ::std::assert!(::std::matches!(Some, Option::Some));
        ::std::assert!(::std::matches!(None, Option::None));
    }
}

// ---- `#![no_implicit_prelude]` ------------------------------------------------------------

mod np {
    #![no_implicit_prelude]

    use ::comprehensions::comp;
    use ::std::option::Option::{self, None, Some};
    use ::std::result::Result::{self, Err, Ok};
    use ::std::vec::Vec;

    fn check(x: i32) -> Result<i32, &'static str> {
        if x < 2 {
            Ok(x)
        } else {
            Err("bad")
        }
    }

    fn collect<I: ::std::iter::Iterator>(it: I) -> Vec<I::Item> {
        ::std::iter::Iterator::collect(it)
    }

    pub fn every_form() {
        let xs = ::std::vec![1, 2, 3];
        ::std::assert_eq!(comp![x * 2 for x in &xs], ::std::vec![2, 4, 6]);
        ::std::assert_eq!(comp!([x for x in 0..2]), ::std::vec![0, 1]);
        ::std::assert_eq!(comp!(x for x in 0..2 if x > 0), ::std::vec![1]);
        ::std::assert_eq!(comp!({x % 2 for x in 0..5}).len(), 2);
        ::std::assert_eq!(comp!({x: x * x for x in 0..3})[&2], 4);
        ::std::assert_eq!(
            collect(comp!((x for x in 0..3 if x != 1))),
            ::std::vec![0, 2]
        );
        ::std::assert_eq!(
            collect(comp!(((x, y) for x in 0..2 for y in 0..x))),
            ::std::vec![(1, 0)]
        );
        let k = 3;
        ::std::assert_eq!(
            collect(comp!(move (x * k for x in 0..2))),
            ::std::vec![0, 3]
        );
        ::std::assert_eq!(
            comp![s for x in 0..3 let s = x * x if s > 0],
            ::std::vec![1, 4]
        );
        ::std::assert_eq!(
            comp![n for o in [Some(1), None] if let Some(n) = o],
            ::std::vec![1]
        );
        ::std::assert_eq!(
            comp!["lo" if x < 1 else "hi" for x in 0..2],
            ::std::vec!["lo", "hi"]
        );
        ::std::assert_eq!(
            comp![y for x in 0..3 if (y := x + 1) > 1],
            ::std::vec![2, 3]
        );
        ::std::assert_eq!(comp![a + b for a, b in [(1, 2)]], ::std::vec![3]);
        ::std::assert_eq!(
            comp![comp![y for y in 0..x] for x in 0..2],
            ::std::vec![::std::vec![], ::std::vec![0]]
        );
        let nd = comp![[y for y in 0..x] for x in 0..2];
        ::std::assert_eq!(nd, ::std::vec![::std::vec![], ::std::vec![0]]);
        ::std::assert_eq!(
            comp![{y for y in 0..x}.len() for x in 0..3],
            ::std::vec![0, 1, 2]
        );
        let ga = comp![::std::iter::Iterator::sum::<i32>(y for y in 0..x) for x in 0..3];
        ::std::assert_eq!(ga, ::std::vec![0, 0, 1]);
    }

    pub fn every_try_form() {
        ::std::assert_eq!(comp![check(x)? for x in 0..2], Ok(::std::vec![0, 1]));
        ::std::assert_eq!(comp![check(x)? for x in 0..3], Err("bad"));
        ::std::assert_eq!(comp![x for x in 0..3 if check(x)? >= 0], Err("bad"));
        ::std::assert_eq!(comp!({check(x)? for x in 0..2}).map(|s| s.len()), Ok(2));
        ::std::assert!(comp!({x: check(x)? for x in 0..3}).is_err());
        ::std::assert_eq!(
            comp![y for x in 0..2 if (y := check(x)?) >= 0],
            Ok(::std::vec![0, 1])
        );
        ::std::assert_eq!(
            collect(comp!((check(x)? for x in 0..4))),
            ::std::vec![Ok(0), Ok(1), Err("bad")]
        );
        ::std::assert_eq!(
            collect(comp!((check(x)? for x in 0..4 for _y in 0..1))),
            ::std::vec![Ok(0), Ok(1), Err("bad")]
        );
        let first: Vec<Result<i32, &str>> = collect(comp!((x for x in check(2).map(|n| 0..n)?)));
        ::std::assert_eq!(first, ::std::vec![Err("bad")]);
        let opt: Option<Vec<i32>> = comp![[1].get(i).copied()? for i in 0..2];
        ::std::assert_eq!(opt, None);
    }
}

#[test]
fn no_implicit_prelude_every_form() {
    np::every_form();
}

#[test]
fn no_implicit_prelude_every_try_form() {
    np::every_try_form();
}

// ---- spans: `line!()` inside the element is the element's own line --------------------------

#[test]
fn line_inside_an_element_is_the_elements_line() {
    let base = line!();
    let v = comp![
        (x, line!())
        for x in 0..2
    ];
    assert_eq!(v, vec![(0, base + 2), (1, base + 2)]);
    let base = line!();
    let lazy: Vec<u32> = comp!((
        line!()
        for _x in 0..1
    ))
    .collect();
    assert_eq!(lazy, vec![base + 2]);
    let base = line!();
    let d = comp!({
        x:
        line!()
        for x in 0..1
    });
    assert_eq!(d[&0], base + 3);
}

#[test]
fn line_inside_rewritten_parts_keeps_its_line() {
    let base = line!();
    let walrus = comp![
        y
        for x in 0..1
        if (y := line!() + x) > 0
    ];
    assert_eq!(walrus, vec![base + 4]);
    let base = line!();
    let tried = comp![
        check(0)? + line!() as i32
        for _x in 0..1
    ];
    assert_eq!(tried, Ok(vec![base as i32 + 2]));
    let base = line!();
    let cond = comp![
        line!() if x > 0 else
        line!()
        for x in 0..2
    ];
    assert_eq!(cond, vec![base + 3, base + 2]);
}

// ---- regressions: shapes that once failed to compile ----------------------------

mod regressions {
    use ::comprehensions::comp;

    // Once a bug: the expansion calls inherent methods with `.` syntax
    // (`__comp_out.push(..)`, `.insert`, `.reserve`, `__comp_try.branch/fail/wrap`,
    // now `__comp_try.agree`);
    // a user trait in scope with a by-value method of the same name is picked
    // first by method resolution, so the expansion breaks (E0282/E0308).
    #[allow(dead_code)]
    trait Blanket: Sized {
        fn push<T>(self, _: T) -> Self {
            self
        }
        fn insert<T>(self, _: T) -> Self {
            self
        }
        fn branch<T>(self, _: T) -> Self {
            self
        }
        fn agree<T>(self, _: T) -> Self {
            self
        }
    }
    impl<X> Blanket for X {}

    fn check(x: i32) -> Result<i32, String> {
        if x < 3 {
            Ok(x)
        } else {
            Err(format!("bad {x}"))
        }
    }

    #[test]
    fn user_trait_methods_do_not_capture_the_expansions_calls() {
        assert_eq!(comp![x for x in 0..3 if x > 0], vec![1, 2]);
        assert_eq!(comp!({x for x in 0..3 if x > 0}).len(), 2);
        assert_eq!(comp![check(x)? for x in 0..5], Err("bad 3".to_string()));
    }

    // Once a bug: `(0..)` needs its parentheses before a clause, and the expansion
    // then fails `deny(unused_parens)`.
    #[test]
    fn parenthesised_open_range_does_not_warn() {
        let v: Vec<u64> = comp!((x for x in (0u64..) if x > 1)).take(2).collect();
        assert_eq!(v, vec![2, 3]);
    }
}
