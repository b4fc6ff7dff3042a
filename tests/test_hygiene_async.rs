//! Hygiene of `acomp!`: every async form under `#![no_implicit_prelude]`,
//! next to user items named like everything an expansion might name, and
//! with user variables named like its internals.
#![deny(warnings)]

use futures::executor::block_on;

#[allow(
    dead_code,
    unused_imports,
    non_camel_case_types,
    clippy::upper_case_acronyms
)]
mod shadow {
    #![no_implicit_prelude]

    use ::comprehensions::acomp;
    use ::futures::stream;

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
    pub trait Stream {}
    pub trait StreamExt {}
    pub trait Future {}
    pub trait IntoIterator {}
    pub trait Iterator {}
    pub struct Pin;
    pub struct ControlFlow;
    pub struct Concurrent;
    pub struct Generator;
    pub fn pin() {}
    pub fn next() {}
    pub fn into_stream() {}
    pub mod core {}
    pub mod std {}
    pub mod futures {}

    async fn double(x: i32) -> i32 {
        x * 2
    }

    async fn check(x: i32) -> ::std::result::Result<i32, &'static str> {
        if x < 3 {
            ::std::result::Result::Ok(x)
        } else {
            ::std::result::Result::Err("bad")
        }
    }

    pub async fn every_form() -> (
        ::std::vec::Vec<i32>,
        usize,
        usize,
        ::std::vec::Vec<i32>,
        ::std::vec::Vec<i32>,
    ) {
        let list = acomp![double(x).await async for x in stream::iter(0..3) if x != 1];
        let set = acomp!({x % 2 async for x in stream::iter(0..5)});
        let dict = acomp!({x: double(x).await for x in 0..4});
        let lazy = acomp!((x + 1 async for x in stream::iter(0..3)));
        let lazy: ::std::vec::Vec<i32> = ::futures::StreamExt::collect(lazy).await;
        let gathered = acomp![double(x).await for x in 0..4; concurrency = 2];
        (list, set.len(), dict.len(), lazy, gathered)
    }

    pub async fn every_try_form() -> (
        ::std::result::Result<::std::vec::Vec<i32>, &'static str>,
        ::std::result::Result<::std::vec::Vec<i32>, &'static str>,
        ::std::vec::Vec<::std::result::Result<i32, &'static str>>,
    ) {
        let eager = acomp![await check(x)? for x in 0..5];
        let gathered = acomp![check(x).await? for x in 0..3; concurrency = 2];
        let lazy = acomp!((check(x).await? async for x in stream::iter(0..5)));
        let lazy = ::futures::StreamExt::collect(lazy).await;
        (eager, gathered, lazy)
    }
}

#[test]
fn async_forms_resolve_without_the_prelude_next_to_shadowing_items() {
    let (list, set, dict, lazy, gathered) = block_on(shadow::every_form());
    assert_eq!(list, [0, 4]);
    assert_eq!((set, dict), (2, 4));
    assert_eq!(lazy, [1, 2, 3]);
    assert_eq!(gathered, [0, 2, 4, 6]);
    let (eager, gathered, lazy) = block_on(shadow::every_try_form());
    assert_eq!(eager, Err("bad"));
    assert_eq!(gathered, Ok(vec![0, 1, 2]));
    assert_eq!(lazy, [Ok(0), Ok(1), Ok(2), Err("bad")]);
}

#[test]
fn user_variables_named_like_internals() {
    let __comp_out = 1;
    let __comp_yield = 2;
    let __comp_gen = 3;
    let __comp_stream_0 = 4;
    let __comp_item = 5;
    let __comp_source = 6;
    let __comp_limit = 7;
    let __comp_steps = 8;
    let __comp_bound = 9;
    let __comp_try = 10;
    let internals = [
        __comp_out,
        __comp_yield,
        __comp_gen,
        __comp_stream_0,
        __comp_item,
        __comp_source,
        __comp_limit,
        __comp_steps,
        __comp_bound,
        __comp_try,
    ];
    let sum: i32 = internals.iter().sum();
    let v = block_on(async {
        comprehensions::acomp![x + __comp_out + __comp_item + __comp_bound async for x in futures::stream::iter(0..2)]
    });
    assert_eq!(v, [15, 16]);
    let w = block_on(async {
        comprehensions::acomp![async { x * __comp_limit }.await + __comp_steps for x in 0..3; concurrency = __comp_source as usize]
    });
    assert_eq!(w, [8, 15, 22]);
    assert_eq!(sum, 55);
}

/// The collection an eager `acomp!` fills is `list`, `set` or `dict` and a
/// generator's yielder `items` (rustc names them in borrow errors): a user's
/// variables of those names are neither seen nor shadowed.
#[test]
fn user_variables_named_like_the_shown_locals() {
    use std::collections::{HashMap, HashSet};
    let (list, set, dict, items) = (vec![1, 2], 10, 100, 1000);
    let l = block_on(async { comprehensions::acomp![x + list[0] + items for x in &list] });
    assert_eq!(l, [1002, 1003]);
    let s = block_on(async {
        comprehensions::acomp!({x + set async for x in futures::stream::iter(0..2)})
    });
    assert_eq!(s, HashSet::from([10, 11]));
    let d = block_on(async {
        comprehensions::acomp!({x: dict + list.len() async for x in futures::stream::iter(0..2)})
    });
    assert_eq!(d, HashMap::from([(0, 102), (1, 102)]));
    let g = block_on(async {
        comprehensions::acomp![async { x * items }.await + list[1] for x in 0..3; concurrency = 2]
    });
    assert_eq!(g, [2, 1002, 2002]);
    let lazy: Vec<usize> = block_on(async {
        use futures::StreamExt;
        comprehensions::acomp!((x + items + set async for x in futures::stream::iter(0..2)))
            .collect()
            .await
    });
    assert_eq!(lazy, [1010, 1011]);
    assert_eq!((list, set, dict, items), (vec![1, 2], 10, 100, 1000));
}
