//! mistake: summing a lazy comprehension whose `?` makes its items `Result`s
//! offending: sum::<i32>
//! category: try
use comprehensions::comp;

fn main() {
    let cells = ["4", "5", "x"];
    let total = comp!((c.parse::<i32>()? for c in cells)).sum::<i32>();
    println!("{total}");
}
