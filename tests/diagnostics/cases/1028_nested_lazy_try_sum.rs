//! mistake: a nested generator with `?` yields `Result`s, then summed as plain `i32`
//! offending: sum::<i32>
//! category: try
use comprehensions::comp;

fn main() {
    let rows = vec!["1 2 3", "4 x 6"];
    let totals = comp![(x.parse::<i32>()? for x in row.split(' ')).sum::<i32>() for row in &rows];
    println!("{totals:?}");
}
