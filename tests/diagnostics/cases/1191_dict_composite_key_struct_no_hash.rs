//! mistake: a dict comprehension keyed by `(page, day)` where the `Day` struct derives `PartialEq` but not `Eq`/`Hash` (a Python tuple of objects hashes by identity)
//! offending: (v.page.clone(), v.day)
//! category: type
use comprehensions::comp;

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
    let visits = comp!({(v.page.clone(), v.day): v.count for v in &log});
    println!("{visits:?}");
}
