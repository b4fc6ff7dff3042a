//! mistake: a map keyed by `(page, day)` where `Day` is not `Eq`/`Hash`, filled in a loop
//! offending: insert
//! category: type
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Day {
    y: u16,
    m: u8,
    d: u8,
}

struct Visit {
    page: String,
    day: Day,
    count: u32,
}

fn main() {
    let log = vec![Visit { page: "/".into(), day: Day { y: 2024, m: 5, d: 1 }, count: 3 }];
    let mut visits = HashMap::new();
    for v in &log {
        visits.insert((v.page.clone(), v.day), v.count);
    }
    println!("{visits:?}");
}
