//! mistake: an iterator of `parse` results, but the loop adds each item to a `u32` total as if it were the parsed number
//! offending: total += n
//! category: try
fn main() {
    let fields = vec!["4", "15", "x"];
    let mut total: u32 = 0;
    for n in fields.iter().map(|s| s.parse::<u32>()) {
        total += n;
    }
    println!("{total}");
}
