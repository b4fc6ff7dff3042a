//! mistake: Python's `next(gen)` on a generator with `?` (its items are `Result`s), then the item compared against an integer as if it were the number
//! offending: first > 1000
//! category: try
use comprehensions::comp;

fn main() {
    let latencies = vec!["120", "950", "1300"];
    if let Some(first) = comp!((s.parse::<u64>()? for s in &latencies)).next() {
        if first > 1000 {
            println!("slow: {first:?}");
        }
    }
}
