//! Run time of `comp!` against hand-written loops, iterator chains and the
//! peer crates (`better_comprehension`, `cute`, `mapcomp`), on the same
//! input, each result checked equal to the hand loop's before it is timed.
//!
//! `cargo bench -p comp-bench --bench sync`; see `BENCHMARKS.md`.

use std::collections::{HashMap, HashSet};
use std::fmt::Debug;
use std::hint::black_box;
use std::num::TryFromIntError;
use std::time::Duration;

use better_comprehension::{hash_map, hash_set, iterator_ref, vector};
use comp_bench::{inputs, routine, Report, Role, Routines};
use comprehensions::comp;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};
use cute::c;
use mapcomp::{hashmapc, hashsetc, vecc};

/// One table: a criterion group, the report rows it fills, and each row's
/// routine, kept to time `comp` against it interleaved at the end.
struct Table<'a, 'c, 'd, T> {
    group: BenchmarkGroup<'c, WallTime>,
    report: &'a mut Report,
    routines: Routines<'d, T>,
}

impl<'a, 'c, 'd, T: PartialEq + Debug> Table<'a, 'c, 'd, T> {
    fn new(c: &'c mut Criterion, report: &'a mut Report, name: &str, form: &str, n: usize) -> Self {
        let name = format!("{name}_{}", size_label(n));
        report.table(&name, &format!("{form}, n = {}", thousands(n)));
        let mut group = c.benchmark_group(&name);
        if n >= 100_000 {
            group
                .sampling_mode(SamplingMode::Flat)
                .sample_size(10)
                .measurement_time(Duration::from_millis(800));
        }
        Table {
            group,
            report,
            routines: Routines::default(),
        }
    }

    /// Checks `f`'s result against `expected`, then times `f`.
    fn run(
        &mut self,
        id: &str,
        label: &str,
        role: Role,
        expected: &T,
        mut f: impl FnMut() -> T + 'd,
    ) {
        assert!(f() == *expected, "`{label}` differs from the hand loop");
        let mut f = routine(f);
        self.group.bench_function(id, |b| b.iter(&mut f));
        self.report.row(id, label, role, String::new());
        self.routines.push(id, role, f);
    }

    /// Times `comp` against every other row, interleaved.
    fn finish(self) {
        self.group.finish();
        self.routines.pair(self.report);
    }
}

fn size_label(n: usize) -> String {
    match n {
        n if n >= 1_000_000 => format!("{}m", n / 1_000_000),
        n if n >= 1_000 => format!("{}k", n / 1_000),
        n => n.to_string(),
    }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

fn list_map(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let mut t = Table::new(
        c,
        r,
        "list_map",
        "list map `[x * 3 + 1 for x in v]`",
        data.len(),
    );
    let expected = {
        let mut out = Vec::with_capacity(data.len());
        for x in data {
            out.push(x * 3 + 1);
        }
        out
    };
    t.run(
        "hand_loop",
        "hand loop, `with_capacity` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::with_capacity(v.len());
            for x in v {
                out.push(x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter().map(|x| x * 3 + 1).collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp![x * 3 + 1 for x in v]
    });
    t.run(
        "better_comprehension",
        "better_comprehension `vector!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            vector![x * 3 + 1 for x in v.iter()]
        },
    );
    t.run("cute", "cute `c!`", Role::Peer, &expected, || {
        let v = black_box(data);
        c![x * 3 + 1, for x in v]
    });
    t.run("mapcomp", "mapcomp `vecc!`", Role::Peer, &expected, || {
        let v = black_box(data);
        vecc![x * 3 + 1; for x in v]
    });
    t.finish();
}

fn list_filter(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "list filter+map `[x * 3 + 1 for x in v if x % 2 == 0]`";
    let mut t = Table::new(c, r, "list_filter", form, data.len());
    let expected = {
        let mut out = Vec::new();
        for x in data {
            if x % 2 == 0 {
                out.push(x * 3 + 1);
            }
        }
        out
    };
    t.run(
        "hand_loop",
        "hand loop, `Vec::new` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::new();
            for x in v {
                if x % 2 == 0 {
                    out.push(x * 3 + 1);
                }
            }
            out
        },
    );
    t.run(
        "hand_loop_cap",
        "hand loop, `with_capacity(len)` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::with_capacity(v.len());
            for x in v {
                if x % 2 == 0 {
                    out.push(x * 3 + 1);
                }
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().filter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .filter(|x| *x % 2 == 0)
                .map(|x| x * 3 + 1)
                .collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp![x * 3 + 1 for x in v if x % 2 == 0]
    });
    t.run(
        "better_comprehension",
        "better_comprehension `vector!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            vector![x * 3 + 1 for x in v.iter() if x % 2 == 0]
        },
    );
    t.run("cute", "cute `c!`", Role::Peer, &expected, || {
        let v = black_box(data);
        c![x * 3 + 1, for x in v, if x % 2 == 0]
    });
    t.run("mapcomp", "mapcomp `vecc!`", Role::Peer, &expected, || {
        let v = black_box(data);
        vecc![x * 3 + 1; for x in v; if x % 2 == 0]
    });
    // The expansion written by hand, and the expansion before issue 9 (the
    // first iterable evaluated inside the closure): the same loop, so any
    // difference between these rows and `comp!` is code placement (see
    // "How to read the tables"). Written as the macro writes them.
    #[allow(clippy::match_single_binding, clippy::redundant_closure_call)]
    t.run(
        "expansion",
        "`comp!`'s expansion by hand: `match into_iter(v) { it => (|| ..)() }`",
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            match IntoIterator::into_iter(v) {
                it => (|| {
                    let mut out = Vec::with_capacity(Iterator::size_hint(&it).0);
                    for x in it {
                        if x % 2 == 0 {
                            Vec::push(&mut out, x * 3 + 1);
                        }
                    }
                    out
                })(),
            }
        },
    );
    #[allow(clippy::redundant_closure_call)]
    t.run(
        "expansion_before",
        "the expansion before issue 9: `(|| { let it = into_iter(v); .. })()`",
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            (|| {
                let it = IntoIterator::into_iter(v);
                let mut out = Vec::with_capacity(Iterator::size_hint(&it).0);
                for x in it {
                    if x % 2 == 0 {
                        Vec::push(&mut out, x * 3 + 1);
                    }
                }
                out
            })()
        },
    );
    // What `comp!` would emit if it reserved the first iterable's length, as
    // the hand loop with `with_capacity` does (at most `len` extra slots).
    let label = "`Vec::with_capacity(size_hint(&iter).0)`, then the same loop";
    t.run(
        "candidate_reserve",
        label,
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            {
                let iter = IntoIterator::into_iter(v);
                let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0);
                for x in iter {
                    if x % 2 == 0 {
                        Vec::push(&mut out, x * 3 + 1);
                    }
                }
                out
            }
        },
    );
    t.finish();
}

/// A filtered list over a borrowed vector, `&v`: the loop the expansion
/// writes over `&FirstIter::new(iter)` (so that rustc's help for a write through
/// an item is the hand-written loop's, `&mut v`), against the same loops by
/// hand.
fn list_filter_borrowed(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "list filter+map over a borrowed `Vec`, `[x * 3 + 1 for x in &v if x % 2 == 0]`";
    let owned = black_box(data.to_vec());
    let mut t = Table::new(c, r, "list_filter_borrowed", form, data.len());
    // The hand loop is the reference the other rows are checked against.
    let hand_loop = || {
        let mut out = Vec::with_capacity(owned.len());
        for x in &owned {
            if x % 2 == 0 {
                out.push(x * 3 + 1);
            }
        }
        out
    };
    let expected = hand_loop();
    t.run(
        "hand_loop_cap",
        "hand loop over `&v`, `with_capacity(len)` + `push`",
        Role::Hand,
        &expected,
        hand_loop,
    );
    t.run(
        "iter_chain",
        "`v.iter().filter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            owned
                .iter()
                .filter(|x| *x % 2 == 0)
                .map(|x| x * 3 + 1)
                .collect::<Vec<u64>>()
        },
    );
    t.run(
        "comp",
        "`comp!`",
        Role::Comp,
        &expected,
        || comp![x * 3 + 1 for x in &owned if x % 2 == 0],
    );
    // The same comprehension over `owned.iter()`, whose first `for` runs
    // over `FirstCall::new(iter).iter()` (rustc's "use mutable method"),
    // and over `owned.as_slice()`, written neither way: its loop iterates
    // the iterator itself, as every first `for` did before the `FirstIter`
    // loop.
    t.run(
        "comp_iter",
        "`comp!` over `v.iter()` (a loop over `FirstCall`)",
        Role::Candidate,
        &expected,
        || comp![x * 3 + 1 for x in owned.iter() if x % 2 == 0],
    );
    t.run(
        "comp_slice",
        "`comp!` over `v.as_slice()` (a loop over the iterator itself)",
        Role::Candidate,
        &expected,
        || comp![x * 3 + 1 for x in owned.as_slice() if x % 2 == 0],
    );
    t.finish();
}

fn nested(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "nested, dependent inner iterable `[x + y for x in v for y in 0..x % 4]`";
    let mut t = Table::new(c, r, "nested", form, data.len());
    let expected = {
        let mut out = Vec::new();
        for x in data {
            for y in 0..x % 4 {
                out.push(x + y);
            }
        }
        out
    };
    t.run(
        "hand_loop",
        "hand loops, `Vec::new` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::new();
            for x in v {
                for y in 0..x % 4 {
                    out.push(x + y);
                }
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().flat_map(..).collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .flat_map(|x| (0..x % 4).map(move |y| x + y))
                .collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp![x + y for x in v for y in 0..x % 4]
    });
    t.run(
        "better_comprehension",
        "better_comprehension `vector!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            vector![x + y for x in v.iter() for y in 0..x % 4]
        },
    );
    t.run("cute", "cute `c!`", Role::Peer, &expected, || {
        let v = black_box(data);
        c![x + y, for y in 0..x % 4, for x in v]
    });
    t.run("mapcomp", "mapcomp `vecc!`", Role::Peer, &expected, || {
        let v = black_box(data);
        vecc![x + y; for x in v; for y in 0..x % 4]
    });
    t.finish();
}

fn dict(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let mut t = Table::new(
        c,
        r,
        "dict",
        "dict `{*x: x * 3 + 1 for x in v}`",
        data.len(),
    );
    let expected: HashMap<u64, u64> = {
        let mut out = HashMap::with_capacity(data.len());
        for x in data {
            out.insert(*x, x * 3 + 1);
        }
        out
    };
    t.run(
        "hand_loop",
        "hand loop, `with_capacity` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashMap::with_capacity(v.len());
            for x in v {
                out.insert(*x, x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "hand_loop_new",
        "hand loop, `HashMap::new` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashMap::new();
            for x in v {
                out.insert(*x, x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .map(|x| (*x, x * 3 + 1))
                .collect::<HashMap<u64, u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp!({*x: x * 3 + 1 for x in v})
    });
    t.run(
        "better_comprehension",
        "better_comprehension `hash_map!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hash_map! {*x => x * 3 + 1 for x in v.iter()}
        },
    );
    t.run("cute", "cute `c!`", Role::Peer, &expected, || {
        let v = black_box(data);
        c! {*x => x * 3 + 1, for x in v}
    });
    t.run(
        "mapcomp",
        "mapcomp `hashmapc!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hashmapc! {*x => x * 3 + 1; for x in v}
        },
    );
    t.finish();
}

fn set(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let mut t = Table::new(c, r, "set", "set `{x * 3 + 1 for x in v}`", data.len());
    let expected: HashSet<u64> = {
        let mut out = HashSet::with_capacity(data.len());
        for x in data {
            out.insert(x * 3 + 1);
        }
        out
    };
    t.run(
        "hand_loop",
        "hand loop, `with_capacity` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashSet::with_capacity(v.len());
            for x in v {
                out.insert(x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "hand_loop_new",
        "hand loop, `HashSet::new` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashSet::new();
            for x in v {
                out.insert(x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter().map(|x| x * 3 + 1).collect::<HashSet<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp!({x * 3 + 1 for x in v})
    });
    t.run(
        "better_comprehension",
        "better_comprehension `hash_set!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hash_set! {x * 3 + 1 for x in v.iter()}
        },
    );
    t.run(
        "mapcomp",
        "mapcomp `hashsetc!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hashsetc! {x * 3 + 1; for x in v}
        },
    );
    t.finish();
}

/// The number of distinct keys of the duplicate-heavy tables: 1 % of `n`.
fn one_percent(data: &[u64]) -> u64 {
    (data.len() as u64 / 100).max(1)
}

fn set_dup(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let m = one_percent(data);
    let form = "set with duplicates `{x % m for x in v}`, m = n / 100 (1 % distinct)";
    let mut t = Table::new(c, r, "set_dup", form, data.len());
    let expected: HashSet<u64> = data.iter().map(|x| x % m).collect();
    t.run(
        "hand_loop_new",
        "hand loop, `HashSet::new` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashSet::new();
            for x in v {
                out.insert(x % m);
            }
            out
        },
    );
    t.run(
        "hand_loop",
        "hand loop, `with_capacity(len)` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashSet::with_capacity(v.len());
            for x in v {
                out.insert(x % m);
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter().map(|x| x % m).collect::<HashSet<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp!({x % m for x in v})
    });
    t.run(
        "better_comprehension",
        "better_comprehension `hash_set!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hash_set! {x % m for x in v.iter()}
        },
    );
    t.run(
        "mapcomp",
        "mapcomp `hashsetc!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hashsetc! {x % m; for x in v}
        },
    );
    t.finish();
}

fn dict_dup(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let m = one_percent(data);
    let form = "dict with duplicate keys `{x % m: x * 3 + 1 for x in v}` (the last value wins), \
                m = n / 100 (1 % distinct)";
    let mut t = Table::new(c, r, "dict_dup", form, data.len());
    let expected: HashMap<u64, u64> = data.iter().map(|x| (x % m, x * 3 + 1)).collect();
    t.run(
        "hand_loop_new",
        "hand loop, `HashMap::new` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashMap::new();
            for x in v {
                out.insert(x % m, x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "hand_loop",
        "hand loop, `with_capacity(len)` + `insert`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = HashMap::with_capacity(v.len());
            for x in v {
                out.insert(x % m, x * 3 + 1);
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .map(|x| (x % m, x * 3 + 1))
                .collect::<HashMap<u64, u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp!({x % m: x * 3 + 1 for x in v})
    });
    t.run(
        "better_comprehension",
        "better_comprehension `hash_map!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hash_map! {x % m => x * 3 + 1 for x in v.iter()}
        },
    );
    t.run(
        "mapcomp",
        "mapcomp `hashmapc!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            hashmapc! {x % m => x * 3 + 1; for x in v}
        },
    );
    t.finish();
}

fn lazy_sum(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "lazy `(x * 3 + 1 for x in v)` consumed by `sum()`";
    let mut t = Table::new(c, r, "lazy_sum", form, data.len());
    let expected: u64 = data.iter().map(|x| x * 3 + 1).sum();
    t.run(
        "hand_loop",
        "hand loop, `+=`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut total = 0u64;
            for x in v {
                total += x * 3 + 1;
            }
            total
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().sum()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter().map(|x| x * 3 + 1).sum::<u64>()
        },
    );
    t.run("comp", "`comp!((..)).sum()`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp!((x * 3 + 1 for x in v)).sum::<u64>()
    });
    t.run(
        "better_comprehension",
        "better_comprehension `iterator_ref!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            iterator_ref![x * 3 + 1 for x in v].sum::<u64>()
        },
    );
    t.finish();
}

/// A nested lazy form whose inner level uses the outer variable: the
/// runtime's `bound_*` adapter, and the identity `map` over the element
/// that shows rustc its items (diagnostics; it must cost nothing).
fn lazy_nested_sum(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "lazy nested `(x * y for x in v if x % 2 == 0 for y in w)` consumed by `sum()`";
    let mut t = Table::new(c, r, "lazy_nested_sum", form, data.len());
    let w: &[u64] = &[1, 2, 3];
    let expected: u64 = data
        .iter()
        .filter(|x| *x % 2 == 0)
        .flat_map(|x| w.iter().map(move |y| x * y))
        .sum();
    t.run(
        "hand_loop",
        "hand loops, `if` + `+=`",
        Role::Hand,
        &expected,
        || {
            let (v, w) = (black_box(data), black_box(w));
            let mut total = 0u64;
            for x in v {
                if x % 2 == 0 {
                    for y in w {
                        total += x * y;
                    }
                }
            }
            total
        },
    );
    t.run(
        "iter_chain",
        "`iter().filter().flat_map(..).sum()`",
        Role::Hand,
        &expected,
        || {
            let (v, w) = (black_box(data), black_box(w));
            v.iter()
                .filter(|x| *x % 2 == 0)
                .flat_map(|x| w.iter().map(move |y| x * y))
                .sum::<u64>()
        },
    );
    t.run("comp", "`comp!((..)).sum()`", Role::Comp, &expected, || {
        let (v, w) = (black_box(data), black_box(w));
        comp!((x * y for x in v if x % 2 == 0 for y in w)).sum::<u64>()
    });
    t.finish();
}

fn lazy_filter_sum(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "lazy with a filter `(x * 3 + 1 for x in v if x % 2 == 0)` consumed by `sum()`";
    let mut t = Table::new(c, r, "lazy_filter_sum", form, data.len());
    let expected: u64 = data.iter().filter(|x| *x % 2 == 0).map(|x| x * 3 + 1).sum();
    t.run(
        "hand_loop",
        "hand loop, `if` + `+=`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut total = 0u64;
            for x in v {
                if x % 2 == 0 {
                    total += x * 3 + 1;
                }
            }
            total
        },
    );
    t.run(
        "iter_chain",
        "`iter().filter().map().sum()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .filter(|x| *x % 2 == 0)
                .map(|x| x * 3 + 1)
                .sum::<u64>()
        },
    );
    t.run("comp", "`comp!((..)).sum()`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp!((x * 3 + 1 for x in v if x % 2 == 0)).sum::<u64>()
    });
    t.run(
        "better_comprehension",
        "better_comprehension `iterator_ref!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            iterator_ref![x * 3 + 1 for x in v if x % 2 == 0].sum::<u64>()
        },
    );
    t.finish();
}

fn let_map(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "`let` clause `[y + (y >> 2) for x in v let y = x * 3 + 1]`";
    let mut t = Table::new(c, r, "let_map", form, data.len());
    let expected: Vec<u64> = data
        .iter()
        .map(|x| {
            let y = x * 3 + 1;
            y + (y >> 2)
        })
        .collect();
    t.run(
        "hand_loop",
        "hand loop, `with_capacity` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::with_capacity(v.len());
            for x in v {
                let y = x * 3 + 1;
                out.push(y + (y >> 2));
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().map(|x| { let y = ..; .. }).collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .map(|x| {
                    let y = x * 3 + 1;
                    y + (y >> 2)
                })
                .collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp![y + (y >> 2) for x in v let y = x * 3 + 1]
    });
    t.run(
        "better_comprehension",
        "better_comprehension `vector!`",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            vector![y + (y >> 2) for x in v.iter() let y = x * 3 + 1]
        },
    );
    t.finish();
}

fn walrus(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "walrus filter `[y for x in v if (y := x * 3 + 1) % 4 != 0]`";
    let mut t = Table::new(c, r, "walrus", form, data.len());
    let expected: Vec<u64> = data
        .iter()
        .map(|x| x * 3 + 1)
        .filter(|y| y % 4 != 0)
        .collect();
    t.run(
        "hand_loop",
        "hand loop, `Vec::new` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::new();
            for x in v {
                let y = x * 3 + 1;
                if y % 4 != 0 {
                    out.push(y);
                }
            }
            out
        },
    );
    t.run(
        "hand_loop_cap",
        "hand loop, `with_capacity(len)` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::with_capacity(v.len());
            for x in v {
                let y = x * 3 + 1;
                if y % 4 != 0 {
                    out.push(y);
                }
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().filter().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .map(|x| x * 3 + 1)
                .filter(|y| y % 4 != 0)
                .collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp![y for x in v if (y := x * 3 + 1) % 4 != 0]
    });
    // As in `list_filter`: the expansion by hand, and before issue 9.
    #[allow(clippy::match_single_binding, clippy::redundant_closure_call)]
    t.run(
        "expansion",
        "`comp!`'s expansion by hand: `match into_iter(v) { it => (|| ..)() }`",
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            match IntoIterator::into_iter(v) {
                it => (|| {
                    let mut out = Vec::with_capacity(Iterator::size_hint(&it).0);
                    for x in it {
                        let y = x * 3 + 1;
                        if y % 4 != 0 {
                            Vec::push(&mut out, y);
                        }
                    }
                    out
                })(),
            }
        },
    );
    #[allow(clippy::redundant_closure_call)]
    t.run(
        "expansion_before",
        "the expansion before issue 9: `(|| { let it = into_iter(v); .. })()`",
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            (|| {
                let it = IntoIterator::into_iter(v);
                let mut out = Vec::with_capacity(Iterator::size_hint(&it).0);
                for x in it {
                    let y = x * 3 + 1;
                    if y % 4 != 0 {
                        Vec::push(&mut out, y);
                    }
                }
                out
            })()
        },
    );
    let label = "`Vec::with_capacity(size_hint(&iter).0)`, then the same loop";
    t.run(
        "candidate_reserve",
        label,
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            {
                let iter = IntoIterator::into_iter(v);
                let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0);
                for x in iter {
                    let y = x * 3 + 1;
                    if y % 4 != 0 {
                        Vec::push(&mut out, y);
                    }
                }
                out
            }
        },
    );
    t.finish();
}

type Fallible = Result<Vec<u32>, TryFromIntError>;

fn try_list(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    let form = "`?` `[u32::try_from(x * 3 + 1)? for x in v]` (all `Ok`)";
    let mut t = Table::new(c, r, "try_list", form, data.len());
    let expected: Fallible = data.iter().map(|x| u32::try_from(x * 3 + 1)).collect();
    assert!(expected.is_ok(), "the input must be all `Ok`");
    t.run(
        "hand_loop",
        "hand loop with `?`, `with_capacity` + `push`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let run = || -> Fallible {
                let mut out = Vec::with_capacity(v.len());
                for x in v {
                    out.push(u32::try_from(x * 3 + 1)?);
                }
                Ok(out)
            };
            run()
        },
    );
    t.run(
        "iter_chain",
        "`iter().map().collect::<Result<..>>()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .map(|x| u32::try_from(x * 3 + 1))
                .collect::<Fallible>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp![u32::try_from(x * 3 + 1)? for x in v]
    });
    let label = "better_comprehension `vector!` (`?` to an enclosing closure)";
    t.run("better_comprehension", label, Role::Peer, &expected, || {
        let v = black_box(data);
        let run = || -> Fallible { Ok(vector![u32::try_from(x * 3 + 1)? for x in v.iter()]) };
        run()
    });
    t.run(
        "cute",
        "cute `c!` (`?` to an enclosing closure)",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            let run = || -> Fallible { Ok(c![u32::try_from(x * 3 + 1)?, for x in v]) };
            run()
        },
    );
    t.run(
        "mapcomp",
        "mapcomp `vecc!` (`?` to an enclosing closure)",
        Role::Peer,
        &expected,
        || {
            let v = black_box(data);
            let run = || -> Fallible { Ok(vecc![u32::try_from(x * 3 + 1)?; for x in v]) };
            run()
        },
    );
    // `comp!`'s loop with the collection created at its final capacity
    // instead of `Vec::new()` followed by `Vec::reserve(..)`.
    let label = "`Vec::with_capacity(size_hint(&iter).0)` instead of `Vec::new()` + `reserve`";
    t.run(
        "candidate_with_capacity",
        label,
        Role::Candidate,
        &expected,
        || {
            let v = black_box(data);
            (|| -> Fallible {
                let iter = IntoIterator::into_iter(v);
                let mut out = Vec::with_capacity(Iterator::size_hint(&iter).0);
                for x in iter {
                    Vec::push(
                        &mut out,
                        match u32::try_from(x * 3 + 1) {
                            Ok(value) => value,
                            Err(error) => return Err(error),
                        },
                    );
                }
                Ok(out)
            })()
        },
    );
    t.finish();
}

/// Python's chained comparison `lo <= x < hi`, whose operands are places:
/// the expansion compares them as written, `LO <= x && { x < HI }`. (The
/// hand loop is that `&&`, which clippy would spell `(LO..HI).contains(&x)`:
/// that is the iterator chain's row.)
#[allow(clippy::manual_range_contains)]
fn chained(c: &mut Criterion, r: &mut Report, data: &[u64]) {
    const LO: u64 = 1 << 28;
    const HI: u64 = 3 << 28;
    let form = "list filter by a chained comparison `[x * 2 for x in v if LO <= x < HI]`";
    let mut t = Table::new(c, r, "chained", form, data.len());
    let expected = {
        let mut out = Vec::new();
        for &x in data {
            if LO <= x && x < HI {
                out.push(x * 2);
            }
        }
        out
    };
    t.run(
        "hand_loop",
        "hand loop, `LO <= x && x < HI`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            let mut out = Vec::new();
            for &x in v {
                if LO <= x && x < HI {
                    out.push(x * 2);
                }
            }
            out
        },
    );
    t.run(
        "iter_chain",
        "`filter(|x| (LO..HI).contains(x)).map().collect()`",
        Role::Hand,
        &expected,
        || {
            let v = black_box(data);
            v.iter()
                .filter(|x| (LO..HI).contains(*x))
                .map(|x| x * 2)
                .collect::<Vec<u64>>()
        },
    );
    t.run("comp", "`comp!`", Role::Comp, &expected, || {
        let v = black_box(data);
        comp![x * 2 for &x in v if LO <= x < HI]
    });
    t.finish();
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(600))
        .sample_size(30)
        .nresamples(2_000)
        .configure_from_args();
    let mut report = Report::default();
    let forms: [fn(&mut Criterion, &mut Report, &[u64]); 13] = [
        list_map,
        list_filter,
        list_filter_borrowed,
        chained,
        nested,
        dict,
        set,
        lazy_sum,
        lazy_filter_sum,
        lazy_nested_sum,
        let_map,
        walrus,
        try_list,
    ];
    let small = inputs(1_000);
    let large = inputs(1_000_000);
    for form in forms {
        form(&mut c, &mut report, &small);
        form(&mut c, &mut report, &large);
    }
    // Sets and dicts on both key distributions at 10^5 (issue 13), and the
    // duplicate-heavy ones at 10^6 (10,000 distinct keys).
    let medium = inputs(100_000);
    let keyed: [fn(&mut Criterion, &mut Report, &[u64]); 4] = [dict, set, dict_dup, set_dup];
    for form in keyed {
        form(&mut c, &mut report, &medium);
    }
    for form in [dict_dup, set_dup] {
        form(&mut c, &mut report, &large);
    }
    c.final_summary();
    report.finish("sync");
}
