//! mistake: an iterator of fallible parses is summed as plain `i32`
//! offending: sum::<i32>
//! category: try
fn main() {
    let rows = vec!["1 2 3", "4 x 6"];
    let totals: Vec<i32> = rows
        .iter()
        .map(|row| row.split(' ').map(|x| x.parse::<i32>()).sum::<i32>())
        .collect();
    println!("{totals:?}");
}
