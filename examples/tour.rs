//! A tour of every comprehension form: the Python original, the Rust
//! spelling, and the result. Run with `cargo run --example tour`.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use comprehensions::{acomp, comp};
use futures::stream::{self, StreamExt};

fn show(python: &str, rust: &str, result: impl std::fmt::Debug) {
    println!("{python}\n    {rust}\n    => {result:?}\n");
}

async fn fetch(i: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    i * 2
}

fn sync_forms() {
    let xs: Vec<i32> = vec![3, -1, 4, -1, 5, 9, -2, 6];
    let words = ["apple", "bob", "kayak", "rust"];
    println!("== comp!: synchronous comprehensions ==\n");
    show(
        "[x * 2 for x in xs if x > 0]",
        "comp![x * 2 for x in &xs if *x > 0]",
        comp![x * 2 for x in &xs if *x > 0],
    );
    // Sets and dicts are hash-based: sorted here only to print deterministically.
    let set = comp!({x.abs() % 3 for x in &xs});
    show(
        "{abs(x) % 3 for x in xs}",
        "comp!({x.abs() % 3 for x in &xs})",
        set.into_iter().collect::<BTreeSet<_>>(),
    );
    let dict = comp!({w: w.len() for w in words});
    show(
        "{w: len(w) for w in words}",
        "comp!({w: w.len() for w in words})",
        dict.into_iter().collect::<BTreeMap<_, _>>(),
    );
    let lazy = comp!((x * x for x in 1..));
    show(
        "(x * x for x in count(1))  # first 4",
        "comp!((x * x for x in 1..)).take(4)",
        lazy.take(4).collect::<Vec<_>>(),
    );
    show(
        "[(x, y) for x in range(3) for y in range(x)]",
        "comp![(x, y) for x in 0..3 for y in 0..x]",
        comp![(x, y) for x in 0..3 for y in 0..x],
    );
    show(
        "[k * v for k, v in pairs]",
        "comp![k * v for k, v in [(1, 2), (3, 4)]]",
        comp![k * v for k, v in [(1, 2), (3, 4)]],
    );
    show(
        "['even' if n % 2 == 0 else 'odd' for n in range(4)]",
        "comp![\"even\" if n % 2 == 0 else \"odd\" for n in 0..4]",
        comp!["even" if n % 2 == 0 else "odd" for n in 0..4],
    );
    let people = [("ann", 31), ("bob", 12)];
    show(
        "[(name, 'adult' if age >= 18 else 'minor') for name, age in people]",
        "comp![(name, \"adult\" if age >= 18 else \"minor\") for (name, age) in people]",
        comp![(name, "adult" if age >= 18 else "minor") for (name, age) in people],
    );
    show(
        "[i for i in range(10) if 2 <= i < 5]",
        "comp![i for i in 0..10 if 2 <= i < 5]",
        comp![i for i in 0..10 if 2 <= i < 5],
    );
    let line = " Red,green,,BLUE ";
    show(
        "[w for w in line.strip().lower().split(',') if w]",
        "comp![w.to_string() for w in line.trim().to_lowercase().split(',') if !w.is_empty()]",
        comp![w.to_string() for w in line.trim().to_lowercase().split(',') if !w.is_empty()],
    );
    let owned = vec![String::from("ab"), String::from("c")];
    show(
        "''.join(c for w in words for c in w)",
        "comp!((c for w in owned for c in w.chars())).collect::<String>()",
        comp!((c for w in owned for c in w.chars())).collect::<String>(),
    );
    show(
        "[y for x in xs if (y := x * x) > 10]",
        "comp![y for x in &xs if (y := x * x) > 10]",
        comp![y for x in &xs if (y := x * x) > 10],
    );
    show(
        "(no Python equivalent: if let)",
        "comp![n for s in [\"1\", \"x\", \"3\"] if let Ok(n) = s.parse::<i32>()]",
        comp![n for s in ["1", "x", "3"] if let Ok(n) = s.parse::<i32>()],
    );
    show(
        "[int(s) for s in ['1', '2']]  # raises on bad input",
        "comp![s.parse::<i32>()? for s in [\"1\", \"2\"]]",
        comp![s.parse::<i32>()? for s in ["1", "2"]],
    );
    show(
        "[int(s) for s in ['1', 'x']]",
        "comp![s.parse::<i32>()? for s in [\"1\", \"x\"]]",
        comp![s.parse::<i32>()? for s in ["1", "x"]],
    );
}

async fn async_forms() {
    println!("== acomp!: asynchronous comprehensions ==\n");
    let v = acomp![x async for x in stream::iter(1..=6) if x % 2 == 0];
    show(
        "[x async for x in aiter if x % 2 == 0]",
        "acomp![x async for x in stream::iter(1..=6) if x % 2 == 0]",
        v,
    );
    let v = acomp![await fetch(i) for i in 0..3];
    show(
        "[await fetch(i) for i in range(3)]",
        "acomp![await fetch(i) for i in 0..3]",
        v,
    );
    let streams = stream::iter(vec![stream::iter(vec![1, 2]), stream::iter(vec![3])]);
    let v = acomp![x async for s in streams async for x in s];
    show(
        "[x async for s in streams async for x in s]",
        "acomp![x async for s in streams async for x in s]",
        v,
    );
    let cache = acomp!({k: fetch(k).await for k in 1..=3});
    show(
        "{k: await fetch(k) for k in keys}",
        "acomp!({k: fetch(k).await for k in 1..=3})",
        cache.into_iter().collect::<BTreeMap<_, _>>(),
    );
    let lazy = acomp!((x * 10 async for x in stream::iter(1..=3)));
    show(
        "(x * 10 async for x in aiter)",
        "acomp!((x * 10 async for x in stream::iter(1..=3)))",
        lazy.collect::<Vec<_>>().await,
    );

    println!("== acomp!: concurrency, one option ==\n");
    let start = tokio::time::Instant::now();
    let v = acomp![fetch(i).await for i in 0..100];
    let sequential = start.elapsed();
    let start = tokio::time::Instant::now();
    let w = acomp![fetch(i).await for i in 0..100; concurrency = 100];
    let concurrent = start.elapsed();
    assert_eq!(v, w);
    println!("[await fetch(i) for i in range(100)]  # each fetch sleeps 100 ms");
    println!("    acomp![fetch(i).await for i in 0..100]");
    println!("    => {} items in {sequential:?}\n", v.len());
    println!("await asyncio.gather(*[fetch(i) for i in range(100)])");
    println!("    acomp![fetch(i).await for i in 0..100; concurrency = 100]");
    println!("    => {} items in {concurrent:?}", w.len());
}

fn main() {
    sync_forms();
    // A paused clock: the simulated 100 ms fetches take virtual time, so the
    // tour runs instantly and prints the durations they would take.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async_forms());
}
