//! mistake: `.max().unwrap_or(0)` on a lazy `?` generator: its items are Results, not integers
//! offending: unwrap_or(0)
//! category: try
use comprehensions::comp;

fn main() {
    let latencies = ["120", "87", "301"];
    let worst: u32 = comp!((s.parse::<u32>()? for s in latencies)).max().unwrap_or(0);
    println!("{worst}");
}
