//! mistake: summed a lazy comprehension with `?` into a `u32`, but its items are `Result<u32, _>`
//! offending: sum::<u32>()
//! category: try
use comprehensions::comp;

fn main() {
    let tip_fields = vec!["150", "200", "75"];
    let total_tips = comp!((t.parse::<u32>()? for t in &tip_fields)).sum::<u32>();
    println!("tips tonight: {total_tips} cents");
}
