//! mistake: Python's `next(it)` on an iterator of `parse` results, then the item compared against an integer as if it were the number
//! offending: first > 1000
//! category: try
fn main() {
    let latencies = vec!["120", "950", "1300"];
    if let Some(first) = latencies.iter().map(|s| s.parse::<u64>()).next() {
        if first > 1000 {
            println!("slow: {first:?}");
        }
    }
}
