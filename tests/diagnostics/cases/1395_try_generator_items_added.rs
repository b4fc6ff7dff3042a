//! mistake: a generator with `?` yields `Result`s, but the loop adds each item to a `u32` total as if it were the parsed number
//! offending: total += n
//! category: try
use comprehensions::comp;

fn main() {
    let fields = vec!["4", "15", "x"];
    let mut total: u32 = 0;
    for n in comp!((s.parse::<u32>()? for s in &fields)) {
        total += n;
    }
    println!("{total}");
}
