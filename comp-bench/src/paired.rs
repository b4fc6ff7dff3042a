//! Ratios measured by interleaving: on this 2-core VM, two benchmarks run
//! one after the other drift apart by 5-15 % (frequency, neighbours), more
//! than the 3-5 % the targets allow. Timing the two sides in alternating
//! rounds (ABBA) and taking the median of the per-round ratios cancels
//! that drift.

use std::hint::black_box;
use std::time::Instant;

use crate::report::{Report, Role};

/// Wall time of one round of each side.
const ROUND_SECS: f64 = 0.002;
/// Wall time of all the rounds of one ratio, within the bounds below.
const BUDGET_SECS: f64 = 0.4;
const MIN_ROUNDS: usize = 11;
const MAX_ROUNDS: usize = 61;
/// Rounds run first and thrown away (warm caches, settled allocator).
const WARM_ROUNDS: usize = 2;

fn seconds_per_call<R>(f: &mut impl FnMut() -> R, calls: u64) -> f64 {
    let start = Instant::now();
    for _ in 0..calls {
        black_box(f());
    }
    start.elapsed().as_secs_f64() / calls as f64
}

/// The median, over interleaved rounds, of the time of `num` divided by the
/// time of `den` (below 1: `num` is faster).
pub fn interleaved_ratio<A, B>(mut num: impl FnMut() -> A, mut den: impl FnMut() -> B) -> f64 {
    let once = seconds_per_call(&mut num, 1).max(seconds_per_call(&mut den, 1));
    let calls = (ROUND_SECS / once.max(1e-9)).clamp(1.0, 1e6) as u64;
    let round = 2.0 * calls as f64 * once;
    let rounds = ((BUDGET_SECS / round) as usize).clamp(MIN_ROUNDS, MAX_ROUNDS);
    let mut ratios = Vec::with_capacity(rounds);
    for r in 0..rounds + WARM_ROUNDS {
        let (a, b) = if r % 2 == 0 {
            let a = seconds_per_call(&mut num, calls);
            (a, seconds_per_call(&mut den, calls))
        } else {
            let b = seconds_per_call(&mut den, calls);
            (seconds_per_call(&mut num, calls), b)
        };
        if r >= WARM_ROUNDS {
            ratios.push(a / b);
        }
    }
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}

/// A benchmarked routine, boxed: criterion and [`Routines::pair`] both call
/// it through the same `dyn FnMut` (hidden from the optimiser by
/// `black_box`), so both time the same machine code, compiled once, not
/// inlined differently into each caller.
pub type Routine<'d, T> = Box<dyn FnMut() -> T + 'd>;

/// Boxes `f` as a [`Routine`].
pub fn routine<'d, T>(f: impl FnMut() -> T + 'd) -> Routine<'d, T> {
    black_box(Box::new(f))
}

/// The routines of one table, kept to time the `comp` row against each of
/// the others, interleaved, once criterion is done with them.
pub struct Routines<'d, T> {
    list: Vec<Entry<'d, T>>,
}

struct Entry<'d, T> {
    id: String,
    role: Role,
    run: Routine<'d, T>,
}

impl<T> Default for Routines<'_, T> {
    fn default() -> Self {
        Routines { list: Vec::new() }
    }
}

impl<'d, T> Routines<'d, T> {
    /// Keeps the routine of row `id`.
    pub fn push(&mut self, id: &str, role: Role, run: Routine<'d, T>) {
        self.list.push(Entry {
            id: id.to_owned(),
            role,
            run,
        });
    }

    /// Times the [`Role::Comp`] routine against each other one and records
    /// the ratios in the current table of `report`.
    pub fn pair(mut self, report: &mut Report) {
        if !report.current_group().is_some_and(selected) {
            return;
        }
        let Some(at) = self.list.iter().position(|r| r.role == Role::Comp) else {
            return;
        };
        let mut comp = self.list.remove(at).run;
        for mut other in self.list {
            let ratio = interleaved_ratio(&mut comp, &mut other.run);
            report.paired(&other.id, ratio);
        }
    }
}

/// Whether criterion's filter (the first argument that is not an option,
/// as in `cargo bench --bench sync -- set_dup`) selects the group `group`:
/// no filter selects every group. A group that criterion skips is not timed
/// interleaved either.
pub fn selected(group: &str) -> bool {
    // Criterion's options that take a value: their value is not the filter.
    const VALUED: [&str; 9] = [
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--load-baseline",
        "--color",
        "--format",
        "--profile-time",
        "--output-format",
        "--plotting-backend",
    ];
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filter = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with('-') && (*i == 0 || !VALUED.contains(&args[i - 1].as_str())))
        .map(|(_, a)| a.as_str());
    // Criterion reads the filter as a regex: its alternatives and anchors
    // are understood here, the rest is matched as a substring.
    filter.is_none_or(|f| {
        f.split('|').any(|alt| {
            let alt = alt.trim_start_matches('^').trim_end_matches('$');
            group.contains(alt) || alt.starts_with(group)
        })
    })
}
