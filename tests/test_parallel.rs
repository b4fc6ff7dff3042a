//! `comp![..; parallel]` (feature `rayon`) against docs/reference.md,
//! "Parallel": the first iterable split across rayon's threads, the later
//! clauses run per item as written, lists in source order, the last
//! duplicate key of a dict winning in source order, and `?` stopping the
//! other threads early.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Mutex;

use comprehensions::comp;
use rayon::iter::ParallelIterator;

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

#[test]
fn lists_keep_source_order() {
    let xs: Vec<u64> = (1..20_000).collect();
    let expected: Vec<u32> = xs.iter().map(|&x| collatz_len(x)).collect();
    assert_eq!(comp![collatz_len(*x) for x in &xs; parallel], expected);
    // Filtered (not indexed), from a range, and the bare form.
    let odd: Vec<u64> = (0..20_000u64)
        .filter(|x| x % 2 == 1)
        .map(|x| x * 3)
        .collect();
    assert_eq!(
        comp![x * 3 for x in 0..20_000u64 if x % 2 == 1; parallel],
        odd
    );
    assert_eq!(
        comp!([x * 3 for x in 0..20_000u64 if x % 2 == 1]; parallel),
        odd
    );
    // Owned items: `Vec<String>` by value.
    let words = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    assert_eq!(
        comp![w + "!" for w in words; parallel],
        ["a!", "bb!", "ccc!"]
    );
}

#[test]
fn the_work_runs_on_several_threads() {
    let threads = Mutex::new(HashSet::new());
    let v = comp![{
        threads.lock().unwrap().insert(std::thread::current().id());
        std::thread::sleep(std::time::Duration::from_millis(2));
        x
    } for x in 0..200; parallel];
    assert_eq!(v, (0..200).collect::<Vec<_>>());
    let expected = rayon::current_num_threads().min(2);
    assert!(threads.lock().unwrap().len() >= expected);
}

#[test]
fn sets_and_dicts_and_the_last_duplicate_key_wins() {
    let s: HashSet<u64> = comp!({x % 7 for x in 0..100_000u64; parallel});
    assert_eq!(s, (0..7).collect());
    // Every key appears many times; the last one in source order wins.
    let d: HashMap<u64, u64> = comp!({x % 10: x for x in 0..100_000u64; parallel});
    assert_eq!(d.len(), 10);
    for (k, v) in &d {
        assert_eq!(*v, 99_990 + k);
    }
    // Entries built from a walrus in the value keep "key before value".
    let d = comp!({w: (n := w.len()) * n for w in ["a", "bb", "a"]; parallel});
    assert_eq!(d, HashMap::from([("a", 1), ("bb", 4)]));
}

#[test]
fn nested_fors_run_sequentially_inside_each_item() {
    let v = comp![(x, y) for x in 0..40 for y in 0..x if (x + y) % 7 == 1; parallel];
    let expected: Vec<(i32, i32)> = (0..40)
        .flat_map(|x| (0..x).map(move |y| (x, y)))
        .filter(|(x, y)| (x + y) % 7 == 1)
        .collect();
    assert_eq!(v, expected);
    let text = "a,b\nc\nd,e,f";
    let cells = comp![cell for line in text.lines().collect::<Vec<_>>() for cell in line.split(','); parallel];
    assert_eq!(cells, ["a", "b", "c", "d", "e", "f"]);
}

#[test]
fn walrus_if_let_let_and_the_conditional_element() {
    let v = comp![y for x in 0..10 if (y := x * x) > 10; parallel];
    assert_eq!(v, [16, 25, 36, 49, 64, 81]);
    let v = comp![n * 10 for s in ["1", "x", "3"] if let Ok(n) = s.parse::<i32>() let n = n + 1; parallel];
    assert_eq!(v, [20, 40]);
    let v = comp!["even" if n % 2 == 0 else "odd" for n in 0..4; parallel];
    assert_eq!(v, ["even", "odd", "even", "odd"]);
}

/// Items past the failing one are not all started: the first error stops
/// the other threads early (rayon's `Result` collection).
#[test]
fn the_first_error_stops_the_other_threads_early() {
    let started = AtomicUsize::new(0);
    let n = 1_000_000;
    let r: Result<Vec<u64>, String> = comp![{
        started.fetch_add(1, SeqCst);
        if x == 10 { Err(format!("item {x}")) } else { Ok(x) }
    }? for x in 0..n; parallel];
    assert_eq!(r, Err(String::from("item 10")));
    assert!(
        started.load(SeqCst) < n as usize,
        "started {} of {n}",
        started.load(SeqCst)
    );
    // Success, with `?` in a clause and on an `Option`.
    let ok = comp![x? + 1 for x in [Some(1), Some(2)]; parallel];
    assert_eq!(ok, Some(vec![2, 3]));
    let none = comp![x? + 1 for x in [Some(1), None]; parallel];
    assert_eq!(none, None);
    let nested = comp!({k: v.parse::<i32>()? for k in ["a", "b"] for v in ["1", "2"]; parallel});
    assert_eq!(nested, Ok(HashMap::from([("a", 2), ("b", 2)])));
    let failed = comp![v.parse::<i32>()? for k in ["a", "b"] for v in [k, "2"]; parallel];
    assert!(failed.is_err());
    // A `?` in the first iterable.
    let load = |ok: bool| if ok { Ok(vec![1, 2]) } else { Err("no source") };
    assert_eq!(comp![x * 2 for x in load(true)?; parallel], Ok(vec![2, 4]));
    assert_eq!(
        comp![x * 2 for x in load(false)?; parallel],
        Err("no source")
    );
}

#[test]
fn the_lazy_form_is_a_parallel_iterator() {
    let xs: Vec<u64> = (0..1000).collect();
    let total: u64 = comp!((x * 2 for x in &xs if x % 2 == 0; parallel)).sum();
    assert_eq!(total, (0..1000).filter(|x| x % 2 == 0).map(|x| x * 2).sum());
    let nested: Vec<(i32, i32)> = comp!(((x, y) for x in 0..3 for y in 0..x; parallel)).collect();
    assert_eq!(nested, [(1, 0), (2, 0), (2, 1)]);
    // With `?`: `Result` items, collected into one `Result`.
    let all: Result<Vec<i32>, _> =
        comp!((s.parse::<i32>()? for s in ["1", "2"]; parallel)).collect();
    assert_eq!(all, Ok(vec![1, 2]));
    let bad: Result<Vec<i32>, _> =
        comp!((s.parse::<i32>()? for s in ["1", "x"]; parallel)).collect();
    assert!(bad.is_err());
    // A failure of the first iterable is its only item.
    let load = |ok: bool| if ok { Ok(vec![1, 2]) } else { Err("no source") };
    let items: Vec<Result<i32, &str>> = comp!((x * 2 for x in load(false)?; parallel)).collect();
    assert_eq!(items, [Err("no source")]);
    let items: Vec<Result<i32, &str>> = comp!((x * 2 for x in load(true)?; parallel)).collect();
    assert_eq!(items, [Ok(2), Ok(4)]);
}

#[test]
fn move_captures_by_value() {
    fn scaled(xs: Vec<u64>, k: u64) -> impl ParallelIterator<Item = u64> {
        comp!(move (x * k for x in xs; parallel))
    }
    let v: Vec<u64> = scaled(vec![1, 2, 3], 10).collect();
    assert_eq!(v, [10, 20, 30]);
}

/// In async code: the comprehension blocks the task until rayon is done,
/// as a hand-written `par_iter().collect()` does.
#[test]
fn inside_async_code() {
    let v = futures::executor::block_on(async {
        let xs = async { vec![3u64, 6, 7] }.await;
        comp![collatz_len(x) for x in xs; parallel]
    });
    assert_eq!(v, [7, 8, 16]);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .unwrap();
    let v = rt.block_on(async {
        tokio::task::spawn(async { comp![x * x for x in 0..5; parallel] })
            .await
            .unwrap()
    });
    assert_eq!(v, [0, 1, 4, 9, 16]);
}

/// Expansions resolve under `#![no_implicit_prelude]`, and user items named
/// like rayon's methods or ours do not take them over.
mod np {
    #![no_implicit_prelude]

    use ::comprehensions::comp;
    use ::std::collections::HashMap;
    use ::std::result::Result::{self, Err, Ok};
    use ::std::vec::Vec;

    // In scope only: it would take over a method call of the expansion.
    #[allow(dead_code)]
    trait Shadow {
        fn map(self) -> i32;
        fn collect(self) -> i32;
        fn into_par_iter(self) -> i32;
    }

    impl<T> Shadow for T {
        fn map(self) -> i32 {
            1
        }
        fn collect(self) -> i32 {
            2
        }
        fn into_par_iter(self) -> i32 {
            3
        }
    }

    fn check(x: i32) -> Result<i32, &'static str> {
        if x < 3 {
            Ok(x)
        } else {
            Err("bad")
        }
    }

    #[test]
    fn parallel_without_the_prelude() {
        let v: Vec<i32> = comp![x * 2 for x in 0..4 if x != 1; parallel];
        ::std::assert_eq!(v, [0, 4, 6]);
        let d: HashMap<i32, i32> = comp!({x: y for x in 0..3 for y in 0..x; parallel});
        ::std::assert_eq!(d.len(), 2);
        ::std::assert_eq!(
            comp![check(x)? for x in 0..3; parallel],
            Ok(::std::vec![0, 1, 2])
        );
        ::std::assert_eq!(comp![check(x)? for x in 0..5; parallel], Err("bad"));
    }
}

// The type a `parallel` comprehension with `?` is expected to have fixes its
// error type first (docs/reference.md, "The expected type decides first");
// valid code runs as without it.
fn parsed(words: &[&str]) -> Result<HashMap<String, u32>, std::num::ParseIntError> {
    comp!({w.to_string(): w.parse::<u32>()? for w in words; parallel})
}

#[test]
fn an_expected_type_compiles_as_before() {
    let ok = parsed(&["1", "22"]).unwrap();
    assert_eq!((ok["1"], ok["22"]), (1, 22));
    assert!(parsed(&["1", "x"]).is_err());
    let firsts: Option<Vec<char>> = comp![w.chars().next()? for w in ["ab", "cd"]; parallel];
    assert_eq!(firsts, Some(vec!['a', 'c']));
}
